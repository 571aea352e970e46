package io.github.craftmark.provenance.ledger.jdbc;

import io.github.craftmark.provenance.ledger.ScanLedger;
import io.github.craftmark.provenance.ledger.ScanLedgerContractTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs the ledger contract against the embedded default: an H2 file database in a temp dir. */
class JdbcScanLedgerH2ContractTest extends ScanLedgerContractTest {
  @TempDir
  Path dataDir;

  @Override
  protected ScanLedger newLedger() {
    return H2Ledgers.inDirectory(dataDir);
  }
}
