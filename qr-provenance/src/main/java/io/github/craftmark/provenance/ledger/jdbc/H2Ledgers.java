package io.github.craftmark.provenance.ledger.jdbc;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.ledger.jdbc.Dialect;
import io.github.craftmark.provenance.ledger.LedgerException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded default scan ledger: an H2 file database in the application's data directory, with
 * no server to run.
 *
 * <pre>{@code
 * try (JdbcScanLedger ledger = H2Ledgers.inDirectory(Path.of("/var/lib/my-shop"))) {
 *   ...
 * }
 * }</pre>
 *
 * <p>The database is the file {@value #FILE_NAME}{@code .mv.db} in that directory. One process
 * opens it at a time (H2 locks the file; a second process gets a {@link LedgerException} saying the
 * file is in use); within that process any number of threads share the ledger, through a small
 * connection pool that {@link JdbcScanLedger#close()} closes. Commits are written to the file at
 * once ({@code WRITE_DELAY=0}), so a claim that returned survives a crash of the process; a claim
 * waits up to 10 s for a concurrent claim of the same serial ({@code LOCK_TIMEOUT=10000}). For
 * several processes or machines, use {@link JdbcScanLedger#postgres(javax.sql.DataSource)}.
 */
public final class H2Ledgers {
  /** The database's file name in the directory, without H2's {@code .mv.db} ending. */
  public static final String FILE_NAME = "craftmark-ledger";

  /** How many connections the embedded ledger keeps open at most. */
  static final int MAX_CONNECTIONS = 16;

  private H2Ledgers() {}

  /**
   * Opens, or creates, the embedded ledger in a directory.
   *
   * @param dataDir the application's data directory; created with its parents if missing
   * @return the ledger; close it to close the database
   * @throws InvalidValueException when {@code dataDir} is null or its path contains {@code ;}
   * @throws LedgerException when the directory cannot be created, the file is in use by another
   *     process or cannot be opened, or the schema cannot be migrated
   */
  public static JdbcScanLedger inDirectory(Path dataDir) {
    if (dataDir == null) {
      throw new InvalidValueException("dataDir", "must not be null", null);
    }
    Path dir = dataDir.toAbsolutePath().normalize();
    // H2 reads settings after a ';' in its URL, so such a path would change them.
    if (dir.toString().indexOf(';') >= 0) {
      throw new InvalidValueException("dataDir", "must not contain ;", dataDir.toString());
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      String why = e instanceof FileSystemException fse && fse.getReason() != null
          ? fse.getReason()
          : e.getClass().getSimpleName();
      throw new LedgerException(
          "scan ledger: cannot create the ledger directory " + dir + ": " + why, e);
    }
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url(dir));
    JdbcConnectionPool pool = JdbcConnectionPool.create(h2);
    pool.setMaxConnections(MAX_CONNECTIONS);
    return JdbcScanLedger.open(pool, Dialect.H2, pool::dispose);
  }

  /** The JDBC URL of the ledger in {@code dir}, an absolute, normalised path without {@code ;}. */
  static String url(Path dir) {
    return "jdbc:h2:file:" + dir.resolve(FILE_NAME) + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
  }
}
