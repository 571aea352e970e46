package io.github.craftmark.provenance.ledger.jdbc;

import io.github.craftmark.provenance.ledger.ScanLedger;
import io.github.craftmark.provenance.ledger.ScanLedgerContractTest;
import io.github.craftmark.provenance.ledger.jdbc.TestDatabases.PostgresSchema;
import org.junit.jupiter.api.AfterAll;

/**
 * Runs the ledger contract against a real PostgreSQL server: the one named by {@value
 * TestDatabases#POSTGRES_URL_ENV}, in a schema of this class's own, dropped at the end. Each test
 * is skipped, saying how to start a server, when the variable is not set; in CI that fails.
 */
class JdbcScanLedgerPostgresContractTest extends ScanLedgerContractTest {
  private static PostgresSchema schema;
  private static TestPool pool;

  @AfterAll
  static void dropSchema() throws Exception {
    if (pool != null) {
      pool.close();
    }
    if (schema != null) {
      schema.close();
    }
  }

  @Override
  protected ScanLedger newLedger() {
    synchronized (JdbcScanLedgerPostgresContractTest.class) {
      if (pool == null) {
        schema = TestDatabases.postgresSchema();
        pool = new TestPool(schema.dataSource(), 16);
      }
    }
    return JdbcScanLedger.postgres(pool);
  }
}
