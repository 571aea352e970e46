package io.github.craftmark.provenance.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.ledger.jdbc.Dialect;
import io.github.craftmark.provenance.ledger.ClaimOutcome;
import io.github.craftmark.provenance.ledger.DeviceFingerprint;
import io.github.craftmark.provenance.ledger.LedgerException;
import io.github.craftmark.provenance.ledger.LedgerSalt;
import io.github.craftmark.provenance.ledger.RetentionPolicy;
import io.github.craftmark.provenance.ledger.ScanLedger;
import io.github.craftmark.provenance.ledger.ScanPlace;
import io.github.craftmark.provenance.ledger.ScanRecord;
import io.github.craftmark.provenance.ledger.ScanStats;
import io.github.craftmark.provenance.tag.TagSerial;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the JDBC ledger adds to the contract: failures of the database become {@link
 * LedgerException}s without data, ledgers in several processes share one database safely, and a
 * caller's connections are left as they were.
 */
class JdbcScanLedgerTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Instant T0 = Instant.parse("2025-07-15T03:04:05.678Z");
  private static final ScanPlace HA_NOI = ScanPlace.province("01");

  @TempDir
  Path dir;

  private final List<AutoCloseable> cleanup = new ArrayList<>();

  @AfterEach
  void cleanUp() throws Exception {
    for (int i = cleanup.size() - 1; i >= 0; i--) {
      cleanup.get(i).close();
    }
  }

  /** A new data source of this test's database on each call, as another process would have. */
  private DataSource newDataSource(Dialect dialect) {
    if (dialect == Dialect.H2) {
      return TestDatabases.h2(dir);
    }
    if (schema == null) {
      schema = TestDatabases.postgresSchema();
      cleanup.add(schema);
    }
    return schema.dataSource();
  }

  private TestDatabases.PostgresSchema schema;

  /** A pooled data source of its own, as a process in production would have. */
  private DataSource pooled(Dialect dialect) {
    TestPool pool = new TestPool(newDataSource(dialect), 4);
    cleanup.add(pool);
    return pool;
  }

  private JdbcScanLedger open(Dialect dialect, DataSource ds) {
    JdbcScanLedger ledger =
        dialect == Dialect.H2 ? JdbcScanLedger.h2(ds) : JdbcScanLedger.postgres(ds);
    cleanup.add(ledger);
    return ledger;
  }

  private static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String name(Dialect dialect) {
    return dialect == Dialect.H2 ? "H2" : "PostgreSQL";
  }

  // --- the database is down ---

  @Test
  void postgres_whenServerUnreachable_failsToOpenWithoutUrlOrPassword() {
    PGSimpleDataSource unreachable = new PGSimpleDataSource();
    unreachable.setURL(
        "jdbc:postgresql://127.0.0.1:1/craftmark_test?user=craftmark&password=s3cret-pass"
            + "&connectTimeout=5");

    assertThatThrownBy(() -> JdbcScanLedger.postgres(unreachable))
        .isInstanceOf(LedgerException.class)
        .hasMessage(
            "scan ledger: preparing the ledger schema failed on PostgreSQL: cannot reach the"
                + " database (SQLState 08001)")
        .hasCauseInstanceOf(SQLException.class);
  }

  @Test
  void h2_whenServerUnreachable_failsToOpen() {
    JdbcDataSource unreachable = new JdbcDataSource();
    unreachable.setURL("jdbc:h2:tcp://127.0.0.1:1/ledger");
    unreachable.setUser("craftmark");
    unreachable.setPassword("s3cret-pass");

    assertThatThrownBy(() -> JdbcScanLedger.h2(unreachable))
        .isInstanceOf(LedgerException.class)
        .hasMessage(
            "scan ledger: preparing the ledger schema failed on H2: cannot reach the database"
                + " (SQLState 90067)");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void everyOperation_whenConnectionsFail_throwsLedgerExceptionNamingIt(Dialect dialect) {
    FaultyDataSource faulty = new FaultyDataSource(newDataSource(dialect));
    ScanLedger ledger = open(dialect, faulty);
    TagSerial serial = TagSerial.random(RANDOM);
    faulty.takeDown();

    Map<String, Consumer<ScanLedger>> operations = new java.util.LinkedHashMap<>();
    operations.put("reading the ledger salt", ScanLedger::salt);
    operations.put("recording a scan", l -> l.record(ScanRecord.genuine(serial, T0, HA_NOI)));
    operations.put("reading a serial's history", l -> l.history(serial, 10));
    operations.put("counting a serial's scans", l -> l.stats(serial, T0.minusSeconds(60), T0));
    operations.put("claiming a serial", l -> l.claim(serial, T0, HA_NOI, Optional.empty()));
    operations.put("recording a failed claim", l -> l.recordFailedClaim(serial, T0));
    operations.put(
        "reading failed claims", l -> l.failedClaims(serial, T0.minusSeconds(60), T0, 5));
    operations.put(
        "pruning the ledger",
        l -> l.prune(RetentionPolicy.aggregateAfter(Duration.ofDays(30)), T0));
    operations.forEach((action, operation) -> assertThatThrownBy(() -> operation.accept(ledger))
        .as(action)
        .isInstanceOf(LedgerException.class)
        .hasMessage("scan ledger: "
            + action
            + " failed on "
            + name(dialect)
            + ": cannot reach the database (SQLState 08001)")
        .hasCauseInstanceOf(SQLException.class));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void record_whenTableDropped_throwsLedgerExceptionWithoutTheScansData(Dialect dialect)
      throws Exception {
    DataSource ds = newDataSource(dialect);
    ScanLedger ledger = open(dialect, ds);
    TagSerial serial = TagSerial.random(RANDOM);
    execute(ds, "DROP TABLE craftmark_scan");

    assertThatThrownBy(() -> ledger.record(ScanRecord.genuine(serial, T0, HA_NOI)))
        .isInstanceOf(LedgerException.class)
        .hasMessage("scan ledger: recording a scan failed on "
            + name(dialect)
            + ": a ledger table or column is missing or different; was the schema changed?"
            + " (SQLState "
            + (dialect == Dialect.H2 ? "42S02" : "42P01")
            + ")")
        .message()
        .doesNotContain(serial.toString())
        .doesNotContain(HexFormat.of().formatHex(serial.toBytes()));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void claim_whenClaimsTableDropped_throwsLedgerException(Dialect dialect) throws Exception {
    DataSource ds = newDataSource(dialect);
    ScanLedger ledger = open(dialect, ds);
    execute(ds, "DROP TABLE craftmark_claim");

    assertThatThrownBy(() -> ledger.claim(TagSerial.random(RANDOM), T0, HA_NOI, Optional.empty()))
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith(
            "scan ledger: claiming a serial failed on " + name(dialect) + ": a ledger table");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void record_whenAConstraintRefusesTheRow_throwsLedgerException(Dialect dialect) throws Exception {
    DataSource ds = newDataSource(dialect);
    ScanLedger ledger = open(dialect, ds);
    execute(
        ds, "ALTER TABLE craftmark_scan ADD CONSTRAINT test_no_scans CHECK (scanned_at_ms < 0)");

    assertThatThrownBy(
            () -> ledger.record(ScanRecord.genuine(TagSerial.random(RANDOM), T0, HA_NOI)))
        .isInstanceOf(LedgerException.class)
        .hasMessage("scan ledger: recording a scan failed on "
            + name(dialect)
            + ": a constraint refused the write (SQLState "
            + (dialect == Dialect.H2 ? "23513" : "23514")
            + ")");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void open_whenSchemaWasChangedByHand_failsNamingTheMigration(Dialect dialect) throws Exception {
    DataSource ds = newDataSource(dialect);
    open(dialect, ds);
    execute(ds, "UPDATE craftmark_schema_version SET checksum = 'edited' WHERE version = 1");

    assertThatThrownBy(() -> open(dialect, ds))
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith(
            "scan ledger: ledger migration V1__ledger was changed after it was applied: checksum"
                + " edited in craftmark_schema_version, ");
  }

  // --- closing ---

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void close_leavesTheCallersDataSourceOpen_andLaterCallsFail(Dialect dialect) throws Exception {
    DataSource ds = newDataSource(dialect);
    JdbcScanLedger ledger = open(dialect, ds);
    TagSerial serial = TagSerial.random(RANDOM);
    ledger.record(ScanRecord.genuine(serial, T0, HA_NOI));

    ledger.close();
    ledger.close();

    assertThatThrownBy(() -> ledger.history(serial, 1))
        .isInstanceOf(LedgerException.class)
        .hasMessage("scan ledger: reading a serial's history failed: the ledger is closed");
    try (JdbcScanLedger reopened = open(dialect, ds)) {
      assertThat(reopened.history(serial, 10).scans()).hasSize(1);
    }
  }

  // --- several processes on one database ---

  /**
   * Four ledgers, each with a data source of its own as four processes would have, claim the same
   * 20 serials from 16 threads: exactly one claim per serial wins in the whole database.
   */
  @ParameterizedTest
  @EnumSource(Dialect.class)
  void claim_fromLedgersInSeveralProcesses_exactlyOneWinsPerSerial(Dialect dialect)
      throws Exception {
    List<JdbcScanLedger> ledgers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      TestPool pool = new TestPool(newDataSource(dialect), 4);
      cleanup.add(pool);
      ledgers.add(open(dialect, pool));
    }
    List<TagSerial> serials = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      serials.add(TagSerial.random(RANDOM));
    }
    Map<TagSerial, List<ClaimOutcome>> outcomes = new ConcurrentHashMap<>();
    serials.forEach(s -> outcomes.put(s, new CopyOnWriteArrayList<>()));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        ScanLedger ledger = ledgers.get(t % ledgers.size());
        int thread = t;
        done.add(threads.submit(() -> {
          start.await();
          for (TagSerial serial : serials) {
            outcomes
                .get(serial)
                .add(ledger.claim(serial, T0.plusMillis(thread), HA_NOI, Optional.empty()));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    for (TagSerial serial : serials) {
      List<ClaimOutcome> claims = outcomes.get(serial);
      List<Instant> winners = claims.stream()
          .filter(ClaimOutcome.Claimed.class::isInstance)
          .map(c -> ((ClaimOutcome.Claimed) c).at())
          .toList();
      assertThat(winners).hasSize(1);
      assertThat(claims)
          .hasSize(16)
          .filteredOn(ClaimOutcome.AlreadyClaimed.class::isInstance)
          .hasSize(15)
          .allSatisfy(
              c -> assertThat(c).isEqualTo(new ClaimOutcome.AlreadyClaimed(winners.get(0), false)));
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void salt_firstAskedBySeveralProcessesAtOnce_isOneSalt(Dialect dialect) throws Exception {
    List<JdbcScanLedger> ledgers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ledgers.add(open(dialect, newDataSource(dialect)));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(ledgers.size());
    List<Future<LedgerSalt>> salts = new ArrayList<>();
    try {
      for (JdbcScanLedger ledger : ledgers) {
        salts.add(threads.submit(() -> {
          start.await();
          return ledger.salt();
        }));
      }
      start.countDown();
      LedgerSalt first = salts.get(0).get(60, TimeUnit.SECONDS);
      for (Future<LedgerSalt> salt : salts) {
        assertThat(salt.get(60, TimeUnit.SECONDS)).isEqualTo(first);
      }
      assertThat(first.revealBytes()).hasSize(LedgerSalt.DEFAULT_LENGTH);
    } finally {
      threads.shutdownNow();
    }
  }

  // --- pruning and reading while others write ---

  /**
   * Two processes prune 1,200 old scans (more than one batch each) at the same moment: every scan
   * is removed once and counted once in its day's aggregate.
   */
  @ParameterizedTest
  @EnumSource(Dialect.class)
  void prune_fromTwoProcessesAtOnce_foldsEveryScanExactlyOnce(Dialect dialect) throws Exception {
    ScanLedger writer = open(dialect, pooled(dialect));
    List<TagSerial> serials = List.of(TagSerial.random(RANDOM), TagSerial.random(RANDOM));
    Instant oldDay = Instant.parse("2025-01-10T00:00:00Z");
    for (int i = 0; i < 1200; i++) {
      writer.record(ScanRecord.genuine(
          serials.get(i % 2),
          oldDay.plusSeconds(i * 60L),
          ScanPlace.province(String.format("%02d", 1 + i % 3))));
    }
    Instant from = oldDay.minusMillis(1);
    RetentionPolicy policy = RetentionPolicy.aggregateAfter(Duration.ofDays(30));
    List<ScanLedger> pruners =
        List.of(open(dialect, pooled(dialect)), open(dialect, pooled(dialect)));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    long removed = 0;
    try {
      List<Future<Long>> done = new ArrayList<>();
      for (ScanLedger pruner : pruners) {
        done.add(threads.submit(() -> {
          start.await();
          return pruner.prune(policy, T0);
        }));
      }
      start.countDown();
      for (Future<Long> f : done) {
        removed += f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(removed).isEqualTo(1200);
    for (TagSerial serial : serials) {
      assertThat(writer.history(serial, 10).scans()).isEmpty();
      assertThat(writer.stats(serial, from, T0).scans()).isEqualTo(600);
      assertThat(writer.stats(serial, from, T0).distinctPlaces()).isEqualTo(3);
    }
  }

  /**
   * While scans of a serial are recorded, each from a new place and a new device, every {@code
   * stats} call sees as many places and devices as scans: all figures come from one snapshot.
   */
  @ParameterizedTest
  @EnumSource(Dialect.class)
  void stats_whileScansAreRecorded_readsOneConsistentState(Dialect dialect) throws Exception {
    ScanLedger writer = open(dialect, pooled(dialect));
    ScanLedger reader = open(dialect, pooled(dialect));
    TagSerial serial = TagSerial.random(RANDOM);
    LedgerSalt salt = LedgerSalt.of(new byte[16]);
    String cells = "0123456789bcdefghjkmnpqrstuvwxyz";
    int total = 400;
    ExecutorService threads = Executors.newSingleThreadExecutor();
    try {
      Future<?> writing = threads.submit(() -> {
        for (int i = 0; i < total; i++) {
          String cell = "w" + cells.charAt(i / 32 % 32) + cells.charAt(i % 32);
          writer.record(ScanRecord.genuine(serial, T0.plusMillis(i), ScanPlace.geohash(cell))
              .withDevice(DeviceFingerprint.compute(salt, "device-" + i)));
        }
        return null;
      });
      int reads = 0;
      long seen = 0;
      while (!writing.isDone() || seen < total) {
        ScanStats stats = reader.stats(serial, T0.minusMillis(1), T0.plusSeconds(1));
        assertThat(stats.distinctPlaces()).isEqualTo(stats.scans());
        assertThat(stats.distinctDevices()).isEqualTo(stats.scans());
        seen = stats.scans();
        reads++;
      }
      writing.get(120, TimeUnit.SECONDS);
      assertThat(seen).isEqualTo(total);
      assertThat(reads).isGreaterThan(1);
    } finally {
      threads.shutdownNow();
    }
  }

  // --- the caller's connections ---

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void connectionsWithoutAutoCommit_stillCommitEveryWrite_andKeepTheirSetting(Dialect dialect)
      throws Exception {
    // Two: opening an H2 ledger holds the migration lock on one connection and migrates on another.
    TestPool pool = new TestPool(newDataSource(dialect), 2);
    cleanup.add(pool);
    FaultyDataSource noAutoCommit = new FaultyDataSource(pool);
    noAutoCommit.turnAutoCommitOff();
    ScanLedger ledger = open(dialect, noAutoCommit);
    TagSerial serial = TagSerial.random(RANDOM);

    ledger.record(ScanRecord.genuine(serial, T0, HA_NOI));
    ledger.claim(serial, T0, HA_NOI, Optional.empty());
    ledger.stats(serial, T0.minusSeconds(1), T0);

    try (ScanLedger other = open(dialect, newDataSource(dialect))) {
      assertThat(other.history(serial, 10).scans()).hasSize(1);
      assertThat(other.claim(serial, T0.plusSeconds(1), HA_NOI, Optional.empty()))
          .isEqualTo(new ClaimOutcome.AlreadyClaimed(T0, false));
    }
    try (Connection c = pool.getConnection()) {
      assertThat(c.getAutoCommit()).isFalse();
      assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }
    assertThat(pool.opened()).isLessThanOrEqualTo(2);
  }

  // --- instants ---

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void windows_reachingBeyondTheMillisecondRange_clampAndCountEverything(Dialect dialect) {
    ScanLedger ledger = open(dialect, newDataSource(dialect));
    TagSerial serial = TagSerial.random(RANDOM);
    ledger.record(
        ScanRecord.genuine(serial, Instant.EPOCH.minusSeconds(86_400L * 365 * 3000), HA_NOI));
    ledger.record(ScanRecord.genuine(serial, T0, HA_NOI));

    assertThat(ledger.stats(serial, Instant.MIN, Instant.MAX).scans()).isEqualTo(2);
    assertThat(ledger.failedClaims(serial, Instant.MIN, Instant.MAX, 1)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void record_whenInstantBeyondTheMillisecondRange_isRejected(Dialect dialect) {
    ScanLedger ledger = open(dialect, newDataSource(dialect));

    assertThatThrownBy(
            () -> ledger.record(ScanRecord.genuine(TagSerial.random(RANDOM), Instant.MAX, HA_NOI)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "at must be within the epoch-millisecond range: +1000000000-12-31T23:59:59.999Z");
  }

  // --- factories and text ---

  @Test
  void factories_whenDataSourceNull_areRejected() {
    assertThatThrownBy(() -> JdbcScanLedger.h2(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("dataSource must not be null: null");
    assertThatThrownBy(() -> JdbcScanLedger.postgres(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("dataSource must not be null: null");
  }

  @Test
  void toString_namesTheDialectOnly() {
    JdbcDataSource ds = TestDatabases.h2(dir);
    ds.setPassword("s3cret-pass");

    assertThat(open(Dialect.H2, ds)).hasToString("JdbcScanLedger[H2]");
  }
}
