package io.github.craftmark.provenance.ledger.jdbc;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases the JDBC ledger tests run on: an H2 file database in a temp directory, and a fresh
 * schema of the PostgreSQL server named by {@value #POSTGRES_URL_ENV}.
 */
public final class TestDatabases {
  /** The environment variable with the JDBC URL of the PostgreSQL test server. */
  public static final String POSTGRES_URL_ENV = "CRAFTMARK_TEST_POSTGRES_URL";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicBoolean SKIP_SAID = new AtomicBoolean();

  private TestDatabases() {}

  /**
   * Returns a data source of an H2 file database in {@code dir}, without pooling.
   *
   * @param dir an empty or earlier used directory
   * @return the data source
   */
  public static JdbcDataSource h2(Path dir) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve("ledger") + ";LOCK_TIMEOUT=10000");
    return ds;
  }

  /**
   * Returns the PostgreSQL test server's URL: skips the test when none is configured, fails it when
   * that happens in CI.
   *
   * @return the JDBC URL
   */
  public static String postgresUrl() {
    String url = System.getenv(POSTGRES_URL_ENV);
    if (url == null || url.isBlank()) {
      String how = POSTGRES_URL_ENV
          + " is not set, so the PostgreSQL ledger tests cannot run. Start a throw-away server"
          + " (Debian's postgresql package)"
          + " with: export "
          + POSTGRES_URL_ENV
          + "=\"$(.ci/postgres-start)\"";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI must run the PostgreSQL ledger tests: " + how);
      }
      if (SKIP_SAID.compareAndSet(false, true)) {
        // Surefire's console does not show why a test was skipped; say it once.
        System.err.println("Skipping the PostgreSQL ledger tests: " + how);
      }
      Assumptions.abort(how);
    }
    return url;
  }

  /**
   * Creates a fresh schema on the PostgreSQL test server (or skips the test, see {@link
   * #postgresUrl()}).
   *
   * @return the schema; close it to drop it
   */
  public static PostgresSchema postgresSchema() {
    return new PostgresSchema(postgresUrl());
  }

  /** A schema of its own on the PostgreSQL test server, dropped with everything in it on close. */
  public static final class PostgresSchema implements AutoCloseable {
    private final String url;
    private final String name;

    private PostgresSchema(String url) {
      this.url = url;
      this.name = "craftmark_test_" + HexFormat.of().formatHex(randomBytes());
      execute(plain(), "CREATE SCHEMA " + name);
    }

    private static byte[] randomBytes() {
      byte[] bytes = new byte[6];
      RANDOM.nextBytes(bytes);
      return bytes;
    }

    /**
     * Returns a new, unpooled data source whose connections use this schema.
     *
     * @return the data source
     */
    public PGSimpleDataSource dataSource() {
      PGSimpleDataSource ds = plain();
      ds.setCurrentSchema(name);
      return ds;
    }

    /**
     * Returns the schema's name.
     *
     * @return e.g. {@code "craftmark_test_0a1b2c3d4e5f"}
     */
    public String name() {
      return name;
    }

    private PGSimpleDataSource plain() {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(url);
      return ds;
    }

    @Override
    public void close() {
      execute(plain(), "DROP SCHEMA " + name + " CASCADE");
    }

    private static void execute(DataSource ds, String sql) {
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        s.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot run on the PostgreSQL test server: " + sql, e);
      }
    }
  }
}
