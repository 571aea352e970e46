package io.github.craftmark.provenance.ledger.jdbc;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.ledger.jdbc.Dialect;
import io.github.craftmark.provenance.internal.ledger.jdbc.JdbcLedgerStore;
import io.github.craftmark.provenance.ledger.BuyerTokenHash;
import io.github.craftmark.provenance.ledger.ClaimOutcome;
import io.github.craftmark.provenance.ledger.LedgerException;
import io.github.craftmark.provenance.ledger.LedgerSalt;
import io.github.craftmark.provenance.ledger.RetentionPolicy;
import io.github.craftmark.provenance.ledger.ScanHistory;
import io.github.craftmark.provenance.ledger.ScanLedger;
import io.github.craftmark.provenance.ledger.ScanPlace;
import io.github.craftmark.provenance.ledger.ScanRecord;
import io.github.craftmark.provenance.ledger.ScanStats;
import io.github.craftmark.provenance.tag.TagSerial;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * A scan ledger in a relational database reached through a {@link DataSource}: PostgreSQL for
 * verification services on several machines, H2 for one embedded process.
 *
 * <pre>{@code
 * // A service behind one PostgreSQL database (any pooled DataSource, e.g. HikariCP):
 * ScanLedger ledger = JdbcScanLedger.postgres(dataSource);
 * // One process with an embedded file database:
 * ScanLedger ledger = H2Ledgers.inDirectory(dataDir);
 * }</pre>
 *
 * <p>Opening the ledger creates its tables, or migrates them to this library's version, and waits
 * while another process does the same; it fails with {@link LedgerException} when the database
 * cannot be reached or its ledger schema was changed by hand or by a newer CraftMark. The tables
 * are named {@code craftmark_…} and live in the connection's current schema (PostgreSQL's {@code
 * search_path}), so one database can hold several ledgers in several schemas.
 *
 * <p>Every method borrows one connection, runs one short transaction and gives the connection back
 * before returning, so give the ledger a pooled {@code DataSource} in production. A store failure
 * throws {@link LedgerException} with a message naming the operation and the SQLState, never the
 * driver's message (which may hold SQL text or data); the driver's exception is its cause. The
 * first claim of a serial wins through the claims table's primary key, so claims stay atomic across
 * any number of threads and JVMs sharing the database.
 *
 * <p>The database keeps instants to the millisecond. {@link #close()} leaves the caller's {@code
 * DataSource} open.
 */
public final class JdbcScanLedger implements ScanLedger {
  private final JdbcLedgerStore store;
  private final Runnable onClose;
  private final AtomicBoolean closed = new AtomicBoolean();

  private JdbcScanLedger(JdbcLedgerStore store, Runnable onClose) {
    this.store = store;
    this.onClose = onClose;
  }

  /**
   * Opens the ledger in an H2 database, creating or migrating its tables.
   *
   * <p>While it opens, the ledger holds two connections at once (H2 commits at every DDL
   * statement, so the migration lock and the migration need one each): a pool must allow two.
   * For the usual embedded file database, {@link H2Ledgers#inDirectory(java.nio.file.Path)} sets
   * everything up.
   *
   * @param dataSource connections to an H2 2.x database in its default mode
   * @return the ledger
   * @throws LedgerException when the database cannot be reached or the schema cannot be migrated
   * @throws InvalidValueException when {@code dataSource} is null
   */
  public static JdbcScanLedger h2(DataSource dataSource) {
    return open(dataSource, Dialect.H2, () -> {});
  }

  /**
   * Opens the ledger in a PostgreSQL database (version 12 or newer), creating or migrating its
   * tables in the connections' current schema.
   *
   * @param dataSource connections to the database, whose user may create tables there
   * @return the ledger
   * @throws LedgerException when the database cannot be reached or the schema cannot be migrated
   * @throws InvalidValueException when {@code dataSource} is null
   */
  public static JdbcScanLedger postgres(DataSource dataSource) {
    return open(dataSource, Dialect.POSTGRESQL, () -> {});
  }

  /**
   * Opens a ledger and runs {@code onClose} when it is closed, or at once if opening fails.
   */
  static JdbcScanLedger open(DataSource dataSource, Dialect dialect, Runnable onClose) {
    if (dataSource == null) {
      throw new InvalidValueException("dataSource", "must not be null", null);
    }
    JdbcLedgerStore store = new JdbcLedgerStore(dataSource, dialect, new SecureRandom());
    try {
      store.migrate();
    } catch (RuntimeException e) {
      onClose.run();
      throw e;
    }
    return new JdbcScanLedger(store, onClose);
  }

  @Override
  public LedgerSalt salt() {
    ensureOpen("reading the ledger salt");
    return store.salt();
  }

  @Override
  public void record(ScanRecord scan) {
    ensureOpen("recording a scan");
    store.record(scan);
  }

  @Override
  public ScanHistory history(TagSerial serial, int limit) {
    ensureOpen("reading a serial's history");
    return store.history(serial, limit);
  }

  @Override
  public ScanStats stats(TagSerial serial, Instant from, Instant to) {
    ensureOpen("counting a serial's scans");
    return store.stats(serial, from, to);
  }

  @Override
  public ClaimOutcome claim(
      TagSerial serial, Instant at, ScanPlace place, Optional<BuyerTokenHash> buyer) {
    ensureOpen("claiming a serial");
    return store.claim(serial, at, place, buyer);
  }

  @Override
  public void recordFailedClaim(TagSerial serial, Instant at) {
    ensureOpen("recording a failed claim");
    store.recordFailedClaim(serial, at);
  }

  @Override
  public List<Instant> failedClaims(TagSerial serial, Instant from, Instant to, int limit) {
    ensureOpen("reading failed claims");
    return store.failedClaims(serial, from, to, limit);
  }

  @Override
  public long prune(RetentionPolicy policy, Instant now) {
    ensureOpen("pruning the ledger");
    return store.prune(policy, now);
  }

  /**
   * Closes what the ledger opened itself (the embedded database of {@link H2Ledgers}); a caller's
   * {@code DataSource} stays open. Later calls of other methods throw {@link LedgerException}.
   * Closing again does nothing.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      onClose.run();
    }
  }

  private void ensureOpen(String action) {
    if (closed.get()) {
      throw new LedgerException("scan ledger: " + action + " failed: the ledger is closed");
    }
  }

  /** Returns e.g. {@code "JdbcScanLedger[PostgreSQL]"}: never a URL or user name. */
  @Override
  public String toString() {
    return "JdbcScanLedger[" + store.dialect().displayName() + "]";
  }
}
