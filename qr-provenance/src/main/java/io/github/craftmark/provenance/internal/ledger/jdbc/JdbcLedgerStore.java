package io.github.craftmark.provenance.internal.ledger.jdbc;

import io.github.craftmark.core.CraftMarkException;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.ledger.LedgerChecks;
import io.github.craftmark.provenance.ledger.BuyerTokenHash;
import io.github.craftmark.provenance.ledger.ClaimOutcome;
import io.github.craftmark.provenance.ledger.ClaimRecord;
import io.github.craftmark.provenance.ledger.DeviceFingerprint;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The scan ledger's operations in plain JDBC over a {@link DataSource}, in the H2 or PostgreSQL
 * dialect.
 *
 * <p>Each operation borrows one connection, runs one short transaction (or one auto-committed
 * statement) with prepared statements, and closes the connection before it returns. Connections
 * whose auto-commit or isolation it changes get them back, since they may come from a pool. Every
 * {@link SQLException} becomes a {@link LedgerException} naming the operation and the SQLState,
 * never the driver's message.
 *
 * <p>Instants are kept as milliseconds since the epoch and aggregate days as UTC days since the
 * epoch, both {@code BIGINT}: exact, and the same in both dialects whatever the session time zone.
 */
public final class JdbcLedgerStore {
  /** The most scans one prune transaction folds and removes. */
  static final int PRUNE_BATCH = 500;

  /** How often an operation is tried when a concurrent transaction made it roll back. */
  private static final int MAX_ATTEMPTS = 5;

  /**
   * How often a claim or the salt is read again when the insert lost to a row not yet visible,
   * which happens only while the winner's transaction commits.
   */
  private static final int MAX_LOST_INSERT_READS = 50;

  private static final long DAY_MILLIS = 86_400_000L;
  private static final String SALT_SETTING = "salt";
  private static final String UNKNOWN = ScanPlace.unknown().key();

  private final DataSource dataSource;
  private final Dialect dialect;
  private final SecureRandom random;
  private volatile LedgerSalt salt;

  /**
   * Creates a store; it touches the database only when used.
   *
   * @param dataSource where the ledger lives
   * @param dialect its SQL dialect
   * @param random the source of a new ledger's salt
   */
  public JdbcLedgerStore(DataSource dataSource, Dialect dialect, SecureRandom random) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.random = random;
  }

  /**
   * Returns the dialect.
   *
   * @return the dialect
   */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Brings the schema to this library's version.
   *
   * @throws LedgerException when the database fails or the schema cannot be migrated
   */
  public void migrate() {
    String action = "preparing the ledger schema";
    try {
      MigrationRunner.of(dataSource, dialect).migrate();
    } catch (MigrationException e) {
      throw new LedgerException("scan ledger: " + e.getMessage(), e);
    } catch (SQLException e) {
      throw LedgerFailures.of(action, dialect, e);
    } catch (RuntimeException e) {
      throw LedgerFailures.of(action, dialect, e);
    }
  }

  /**
   * See {@link ScanLedger#salt()}.
   *
   * @return the salt
   */
  public LedgerSalt salt() {
    LedgerSalt known = salt;
    if (known != null) {
      return known;
    }
    LedgerSalt stored = run("reading the ledger salt", c -> {
      for (int read = 0; read < MAX_LOST_INSERT_READS; read++) {
        Optional<byte[]> bytes = readSetting(c, SALT_SETTING);
        if (bytes.isPresent()) {
          try {
            return LedgerSalt.of(bytes.get());
          } catch (InvalidValueException e) {
            throw LedgerFailures.malformedRow("reading the ledger salt", dialect, e);
          } finally {
            Arrays.fill(bytes.get(), (byte) 0);
          }
        }
        byte[] fresh = LedgerSalt.random(random).revealBytes();
        try {
          insertIfAbsent(c, SALT_SETTING, fresh);
        } finally {
          Arrays.fill(fresh, (byte) 0);
        }
        Thread.onSpinWait();
      }
      throw new LedgerException("scan ledger: reading the ledger salt failed on "
          + dialect.displayName()
          + ": the stored salt did not become visible");
    });
    salt = stored;
    return stored;
  }

  private Optional<byte[]> readSetting(Connection c, String name) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT setting FROM craftmark_ledger_setting WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getBytes(1)) : Optional.empty();
      }
    }
  }

  private void insertIfAbsent(Connection c, String name, byte[] value) throws SQLException {
    String insert = "INSERT INTO craftmark_ledger_setting (name, setting) VALUES (?, ?)";
    try (PreparedStatement s = c.prepareStatement(
        dialect == Dialect.POSTGRESQL ? insert + " ON CONFLICT DO NOTHING" : insert)) {
      s.setString(1, name);
      s.setBytes(2, value);
      s.executeUpdate();
    } catch (SQLException e) {
      if (!isDuplicateKey(e)) {
        throw e;
      }
    }
  }

  /**
   * See {@link ScanLedger#record(ScanRecord)}.
   *
   * @param scan the scan
   */
  public void record(ScanRecord scan) {
    LedgerChecks.notNull("scan", scan);
    long at = exactMillis("at", scan.at());
    run("recording a scan", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO craftmark_scan (serial, scanned_at_ms, place, device, outcome)"
              + " VALUES (?, ?, ?, ?, ?)")) {
        s.setBytes(1, scan.serial().toBytes());
        s.setLong(2, at);
        s.setString(3, scan.place().key());
        if (scan.device().isPresent()) {
          s.setBytes(4, scan.device().get().toBytes());
        } else {
          s.setNull(4, Types.VARBINARY);
        }
        s.setString(5, scan.outcome());
        s.executeUpdate();
      }
      return null;
    });
  }

  /**
   * See {@link ScanLedger#history(TagSerial, int)}.
   *
   * @param serial the serial
   * @param limit 1..{@value ScanLedger#MAX_HISTORY}
   * @return the newest scans
   */
  public ScanHistory history(TagSerial serial, int limit) {
    LedgerChecks.serial(serial);
    LedgerChecks.limit(limit, ScanLedger.MAX_HISTORY);
    String action = "reading a serial's history";
    return run(action, c -> {
      List<ScanRecord> scans = new ArrayList<>();
      try (PreparedStatement s =
          c.prepareStatement("SELECT scanned_at_ms, place, device, outcome FROM craftmark_scan"
              + " WHERE serial = ? ORDER BY scanned_at_ms DESC, id DESC LIMIT ?")) {
        s.setBytes(1, serial.toBytes());
        s.setInt(2, limit + 1);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            scans.add(scan(action, serial, r));
          }
        }
      }
      boolean more = scans.size() > limit;
      return new ScanHistory(serial, more ? scans.subList(0, limit) : scans, more);
    });
  }

  /**
   * See {@link ScanLedger#stats(TagSerial, Instant, Instant)}.
   *
   * @param serial the serial
   * @param from the exclusive start
   * @param to the inclusive end
   * @return the statistics
   */
  public ScanStats stats(TagSerial serial, Instant from, Instant to) {
    LedgerChecks.serial(serial);
    LedgerChecks.window(from, to);
    long fromMs = floorMillis(from);
    long toMs = floorMillis(to);
    // Days whose UTC start s has from < s <= to.
    long firstDay = Math.floorDiv(fromMs, DAY_MILLIS) + 1;
    long lastDay = Math.floorDiv(toMs, DAY_MILLIS);
    byte[] key = serial.toBytes();
    String action = "counting a serial's scans";
    return run(
        action,
        c -> inTransaction(c, Connection.TRANSACTION_REPEATABLE_READ, () -> {
          long scans;
          int devices;
          try (PreparedStatement s =
              c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT device) FROM craftmark_scan"
                  + " WHERE serial = ? AND scanned_at_ms > ? AND scanned_at_ms <= ?")) {
            s.setBytes(1, key);
            s.setLong(2, fromMs);
            s.setLong(3, toMs);
            try (ResultSet r = s.executeQuery()) {
              r.next();
              scans = r.getLong(1);
              devices = r.getInt(2);
            }
          }
          try (PreparedStatement s =
              c.prepareStatement("SELECT COALESCE(SUM(scans), 0) FROM craftmark_scan_day"
                  + " WHERE serial = ? AND scan_day >= ? AND scan_day <= ?")) {
            s.setBytes(1, key);
            s.setLong(2, firstDay);
            s.setLong(3, lastDay);
            try (ResultSet r = s.executeQuery()) {
              r.next();
              scans += r.getLong(1);
            }
          }
          int places;
          try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM ("
              + "SELECT place FROM craftmark_scan WHERE serial = ?"
              + " AND scanned_at_ms > ? AND scanned_at_ms <= ? AND place <> ?"
              + " UNION SELECT place FROM craftmark_scan_day WHERE serial = ?"
              + " AND scan_day >= ? AND scan_day <= ? AND place <> ?) p")) {
            s.setBytes(1, key);
            s.setLong(2, fromMs);
            s.setLong(3, toMs);
            s.setString(4, UNKNOWN);
            s.setBytes(5, key);
            s.setLong(6, firstDay);
            s.setLong(7, lastDay);
            s.setString(8, UNKNOWN);
            try (ResultSet r = s.executeQuery()) {
              r.next();
              places = r.getInt(1);
            }
          }
          List<ScanRecord> latest = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement("SELECT scanned_at_ms, place, device, outcome FROM craftmark_scan"
                  + " WHERE serial = ? AND scanned_at_ms <= ? AND place <> ?"
                  + " ORDER BY scanned_at_ms DESC, id DESC LIMIT ?")) {
            s.setBytes(1, key);
            s.setLong(2, toMs);
            s.setString(3, UNKNOWN);
            s.setInt(4, ScanStats.MAX_LATEST_PLACED);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                latest.add(scan(action, serial, r));
              }
            }
          }
          Optional<ClaimRecord> claim = Optional.empty();
          try (PreparedStatement s =
              c.prepareStatement("SELECT claimed_at_ms, place, buyer FROM craftmark_claim"
                  + " WHERE serial = ? AND claimed_at_ms <= ?")) {
            s.setBytes(1, key);
            s.setLong(2, toMs);
            try (ResultSet r = s.executeQuery()) {
              if (r.next()) {
                claim = Optional.of(claimRecord(action, r));
              }
            }
          }
          return new ScanStats(serial, from, to, scans, places, devices, latest, claim);
        }));
  }

  /**
   * See {@link ScanLedger#claim(TagSerial, Instant, ScanPlace, Optional)}.
   *
   * @param serial the serial
   * @param at when
   * @param place where
   * @param buyer the buyer hash, if any
   * @return {@link ClaimOutcome.Claimed} or {@link ClaimOutcome.AlreadyClaimed}
   */
  public ClaimOutcome claim(
      TagSerial serial, Instant at, ScanPlace place, Optional<BuyerTokenHash> buyer) {
    LedgerChecks.serial(serial);
    Instant claimedAt = LedgerChecks.millis("at", at);
    LedgerChecks.notNull("place", place);
    LedgerChecks.notNull("buyer", buyer);
    long atMs = exactMillis("at", claimedAt);
    byte[] key = serial.toBytes();
    String action = "claiming a serial";
    return run(action, c -> {
      for (int read = 0; read < MAX_LOST_INSERT_READS; read++) {
        if (insertClaim(c, key, atMs, place, buyer)) {
          return new ClaimOutcome.Claimed(claimedAt, buyer.isPresent());
        }
        // The insert lost: the winner's row is committed (PostgreSQL waits for it) or, rarely
        // on H2, still committing, when it is read again.
        try (PreparedStatement s = c.prepareStatement(
            "SELECT claimed_at_ms, buyer FROM craftmark_claim WHERE serial = ?")) {
          s.setBytes(1, key);
          try (ResultSet r = s.executeQuery()) {
            if (r.next()) {
              Instant first = Instant.ofEpochMilli(r.getLong(1));
              byte[] winner = r.getBytes(2);
              boolean sameBuyer = winner != null
                  && buyer.isPresent()
                  && buyer.get().matches(buyerHash(action, winner));
              return new ClaimOutcome.AlreadyClaimed(first, sameBuyer);
            }
          }
        }
        Thread.onSpinWait();
      }
      throw new LedgerException("scan ledger: "
          + action
          + " failed on "
          + dialect.displayName()
          + ": the winning claim did not become visible");
    });
  }

  /** Inserts the claim unless the serial has one; tells whether this insert won. */
  private boolean insertClaim(
      Connection c, byte[] key, long atMs, ScanPlace place, Optional<BuyerTokenHash> buyer)
      throws SQLException {
    String insert =
        "INSERT INTO craftmark_claim (serial, claimed_at_ms, place, buyer) VALUES (?, ?, ?, ?)";
    try (PreparedStatement s = c.prepareStatement(
        dialect == Dialect.POSTGRESQL ? insert + " ON CONFLICT (serial) DO NOTHING" : insert)) {
      s.setBytes(1, key);
      s.setLong(2, atMs);
      s.setString(3, place.key());
      if (buyer.isPresent()) {
        s.setBytes(4, buyer.get().toBytes());
      } else {
        s.setNull(4, Types.VARBINARY);
      }
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      if (isDuplicateKey(e)) {
        return false;
      }
      throw e;
    }
  }

  /**
   * See {@link ScanLedger#recordFailedClaim(TagSerial, Instant)}.
   *
   * @param serial the serial
   * @param at when
   */
  public void recordFailedClaim(TagSerial serial, Instant at) {
    LedgerChecks.serial(serial);
    long atMs = exactMillis("at", LedgerChecks.millis("at", at));
    run("recording a failed claim", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO craftmark_claim_failure (serial, failed_at_ms) VALUES (?, ?)")) {
        s.setBytes(1, serial.toBytes());
        s.setLong(2, atMs);
        s.executeUpdate();
      }
      return null;
    });
  }

  /**
   * See {@link ScanLedger#failedClaims(TagSerial, Instant, Instant, int)}.
   *
   * @param serial the serial
   * @param from the exclusive start
   * @param to the inclusive end
   * @param limit 1..{@value ScanLedger#MAX_FAILED_CLAIMS}
   * @return the instants, newest first
   */
  public List<Instant> failedClaims(TagSerial serial, Instant from, Instant to, int limit) {
    LedgerChecks.serial(serial);
    LedgerChecks.window(from, to);
    LedgerChecks.limit(limit, ScanLedger.MAX_FAILED_CLAIMS);
    return run("reading failed claims", c -> {
      List<Instant> times = new ArrayList<>();
      try (PreparedStatement s =
          c.prepareStatement("SELECT failed_at_ms FROM craftmark_claim_failure"
              + " WHERE serial = ? AND failed_at_ms > ? AND failed_at_ms <= ?"
              + " ORDER BY failed_at_ms DESC, id DESC LIMIT ?")) {
        s.setBytes(1, serial.toBytes());
        s.setLong(2, floorMillis(from));
        s.setLong(3, floorMillis(to));
        s.setInt(4, limit);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            times.add(Instant.ofEpochMilli(r.getLong(1)));
          }
        }
      }
      return List.copyOf(times);
    });
  }

  /**
   * See {@link ScanLedger#prune(RetentionPolicy, Instant)}.
   *
   * @param policy the policy
   * @param now the current time
   * @return the number of individual scans removed
   */
  public long prune(RetentionPolicy policy, Instant now) {
    LedgerChecks.notNull("policy", policy);
    LedgerChecks.notNull("now", now);
    long cutoff = floorMillis(policy.scanCutoff(now));
    Optional<Long> aggregateCutoffDay =
        policy.aggregateCutoff(now).map(at -> Math.floorDiv(floorMillis(at), DAY_MILLIS));
    String action = "pruning the ledger";
    long removed = 0;
    while (true) {
      int batch = run(
          action,
          c -> inTransaction(
              c,
              Connection.TRANSACTION_READ_COMMITTED,
              () -> policy.aggregate() ? foldBatch(c, cutoff) : deleteBatch(c, cutoff)));
      removed += batch;
      if (batch == 0) {
        break;
      }
    }
    run(action, c -> {
      if (aggregateCutoffDay.isPresent()) {
        try (PreparedStatement s =
            c.prepareStatement("DELETE FROM craftmark_scan_day WHERE scan_day < ?")) {
          s.setLong(1, aggregateCutoffDay.get());
          s.executeUpdate();
        }
      }
      try (PreparedStatement s =
          c.prepareStatement("DELETE FROM craftmark_claim_failure WHERE failed_at_ms < ?")) {
        s.setLong(1, cutoff);
        s.executeUpdate();
      }
      return null;
    });
    return removed;
  }

  private static final String OLDEST_SCANS =
      "SELECT id FROM craftmark_scan WHERE scanned_at_ms < ? ORDER BY scanned_at_ms LIMIT "
          + PRUNE_BATCH;

  private int deleteBatch(Connection c, long cutoff) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("DELETE FROM craftmark_scan WHERE id IN (" + OLDEST_SCANS + ")")) {
      s.setLong(1, cutoff);
      return s.executeUpdate();
    }
  }

  /**
   * Deletes a batch of old scans and adds exactly the rows this transaction deleted to their
   * aggregates, so that a concurrent prune, which deletes other rows or none, never counts a scan
   * twice.
   */
  private int foldBatch(Connection c, long cutoff) throws SQLException {
    String delete = "DELETE FROM craftmark_scan WHERE id IN (" + OLDEST_SCANS + ")";
    String deleteReturning = dialect == Dialect.POSTGRESQL
        ? delete + " RETURNING serial, scanned_at_ms, place"
        : "SELECT serial, scanned_at_ms, place FROM OLD TABLE (" + delete + ")";
    // Sorted, so that concurrent prunes lock aggregate rows in the same order and cannot deadlock.
    TreeMap<AggregateKey, Long> counts = new TreeMap<>(AggregateKey.ORDER);
    int deleted = 0;
    try (PreparedStatement s = c.prepareStatement(deleteReturning)) {
      s.setLong(1, cutoff);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          deleted++;
          AggregateKey key = new AggregateKey(
              r.getBytes(1), Math.floorDiv(r.getLong(2), DAY_MILLIS), r.getString(3));
          counts.merge(key, 1L, Long::sum);
        }
      }
    }
    if (counts.isEmpty()) {
      return deleted;
    }
    String upsert = dialect == Dialect.POSTGRESQL
        ? "INSERT INTO craftmark_scan_day (serial, scan_day, place, scans) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (serial, scan_day, place)"
            + " DO UPDATE SET scans = craftmark_scan_day.scans + EXCLUDED.scans"
        : "MERGE INTO craftmark_scan_day t USING (VALUES (CAST(? AS VARBINARY(16)),"
            + " CAST(? AS BIGINT), CAST(? AS VARCHAR(7)), CAST(? AS BIGINT)))"
            + " s (serial, scan_day, place, scans)"
            + " ON t.serial = s.serial AND t.scan_day = s.scan_day AND t.place = s.place"
            + " WHEN MATCHED THEN UPDATE SET scans = t.scans + s.scans"
            + " WHEN NOT MATCHED THEN INSERT (serial, scan_day, place, scans)"
            + " VALUES (s.serial, s.scan_day, s.place, s.scans)";
    try (PreparedStatement s = c.prepareStatement(upsert)) {
      for (var entry : counts.entrySet()) {
        s.setBytes(1, entry.getKey().serial());
        s.setLong(2, entry.getKey().day());
        s.setString(3, entry.getKey().place());
        s.setLong(4, entry.getValue());
        s.addBatch();
      }
      s.executeBatch();
    }
    return deleted;
  }

  private record AggregateKey(byte[] serial, long day, String place) {
    static final Comparator<AggregateKey> ORDER = Comparator.comparing(
            AggregateKey::serial, Arrays::compareUnsigned)
        .thenComparingLong(AggregateKey::day)
        .thenComparing(AggregateKey::place);
  }

  private ScanRecord scan(String action, TagSerial serial, ResultSet r) throws SQLException {
    long at = r.getLong(1);
    String place = r.getString(2);
    byte[] device = r.getBytes(3);
    String outcome = r.getString(4);
    try {
      return new ScanRecord(
          serial,
          Instant.ofEpochMilli(at),
          ScanPlace.fromKey(place),
          device == null ? Optional.empty() : Optional.of(DeviceFingerprint.of(device)),
          outcome);
    } catch (InvalidValueException e) {
      throw LedgerFailures.malformedRow(action, dialect, e);
    }
  }

  private ClaimRecord claimRecord(String action, ResultSet r) throws SQLException {
    long at = r.getLong(1);
    String place = r.getString(2);
    byte[] buyer = r.getBytes(3);
    try {
      return new ClaimRecord(Instant.ofEpochMilli(at), ScanPlace.fromKey(place), buyer != null);
    } catch (InvalidValueException e) {
      throw LedgerFailures.malformedRow(action, dialect, e);
    }
  }

  private BuyerTokenHash buyerHash(String action, byte[] bytes) {
    try {
      return BuyerTokenHash.of(bytes);
    } catch (InvalidValueException e) {
      throw LedgerFailures.malformedRow(action, dialect, e);
    }
  }

  /** The milliseconds of a stored instant; fails for one outside the epoch-millisecond range. */
  private static long exactMillis(String field, Instant at) {
    try {
      return at.toEpochMilli();
    } catch (ArithmeticException e) {
      throw new InvalidValueException(field, "must be within the epoch-millisecond range", at);
    }
  }

  /**
   * The milliseconds of a window bound, rounded down: every stored instant is a whole millisecond,
   * so {@code at > from} and {@code at <= to} give the same answers; bounds beyond the range clamp.
   */
  private static long floorMillis(Instant bound) {
    if (bound.isBefore(MIN_MILLIS)) {
      return Long.MIN_VALUE;
    }
    if (bound.isAfter(MAX_MILLIS)) {
      return Long.MAX_VALUE;
    }
    return bound.truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
  }

  private static final Instant MIN_MILLIS = Instant.ofEpochMilli(Long.MIN_VALUE);
  private static final Instant MAX_MILLIS = Instant.ofEpochMilli(Long.MAX_VALUE);

  private static boolean isDuplicateKey(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /** Whether the database rolled the work back because of a concurrent transaction. */
  private static boolean isTransient(SQLException e) {
    String state = e.getSQLState();
    return "40001".equals(state) || "40P01".equals(state) || "90131".equals(state);
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  @FunctionalInterface
  private interface TransactionBody<T> {
    T run() throws SQLException;
  }

  /** Runs {@code work} on a connection of its own, trying again after a transient conflict. */
  private <T> T run(String action, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        // A pool may hand out connections without auto-commit; single statements rely on it.
        boolean autoCommit = c.getAutoCommit();
        if (!autoCommit) {
          c.setAutoCommit(true);
        }
        try {
          return work.run(c);
        } finally {
          if (!autoCommit) {
            c.setAutoCommit(false);
          }
        }
      } catch (SQLException e) {
        if (attempt < MAX_ATTEMPTS && isTransient(e)) {
          continue;
        }
        throw LedgerFailures.of(action, dialect, e);
      } catch (CraftMarkException e) {
        throw e;
      } catch (RuntimeException e) {
        throw LedgerFailures.of(action, dialect, e);
      }
    }
  }

  /**
   * Runs {@code body} in one transaction at {@code isolation}, then gives the connection back its
   * auto-commit and isolation.
   */
  private static <T> T inTransaction(Connection c, int isolation, TransactionBody<T> body)
      throws SQLException {
    int previousIsolation = c.getTransactionIsolation();
    boolean previousAutoCommit = c.getAutoCommit();
    if (previousIsolation != isolation) {
      c.setTransactionIsolation(isolation);
    }
    c.setAutoCommit(false);
    try {
      T result = body.run();
      c.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      c.setAutoCommit(previousAutoCommit);
      if (previousIsolation != isolation) {
        c.setTransactionIsolation(previousIsolation);
      }
    }
  }
}
