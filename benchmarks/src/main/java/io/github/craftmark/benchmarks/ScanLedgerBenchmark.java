package io.github.craftmark.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.craftmark.provenance.ledger.BuyerTokenHash;
import io.github.craftmark.provenance.ledger.ClaimOutcome;
import io.github.craftmark.provenance.ledger.DeviceFingerprint;
import io.github.craftmark.provenance.ledger.LedgerSalt;
import io.github.craftmark.provenance.ledger.ScanPlace;
import io.github.craftmark.provenance.ledger.ScanRecord;
import io.github.craftmark.provenance.ledger.jdbc.H2Ledgers;
import io.github.craftmark.provenance.ledger.jdbc.JdbcScanLedger;
import io.github.craftmark.provenance.tag.TagSerial;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Recording scans and claiming serials in the scan ledger, beside the building block they rest on:
 * a plain single-row INSERT on the same database, in the same run.
 *
 * <ul>
 *   <li>Building block: one prepared, auto-committed INSERT into a table of the same shape as the
 *       ledger's scan table (same columns, same two indexes), binding the same values, borrowing
 *       and returning one connection per insert as the ledger does.
 *   <li>{@link JdbcScanLedger#record(ScanRecord)} of a genuine scan with a province and a device
 *       fingerprint.
 *   <li>{@link JdbcScanLedger#claim} of a fresh serial each call: the first claim wins.
 *   <li>{@link JdbcScanLedger#claim} of a serial claimed in setup: the path a copied tag takes (the
 *       insert loses to the primary key, then the winner is read).
 * </ul>
 *
 * <p>Stores ({@code store} parameter), each fresh for every trial:
 *
 * <ul>
 *   <li>{@code h2}: the embedded default, {@link H2Ledgers#inDirectory(Path)} in a new temporary
 *       directory; the raw insert goes to the same database file through a pool of its own made
 *       like the ledger's (H2's {@link JdbcConnectionPool}, same URL settings).
 *   <li>{@code postgres}: {@link JdbcScanLedger#postgres(DataSource)} in a new schema of the server
 *       named by the system property {@value #POSTGRES_URL_PROPERTY} or else the environment
 *       variable {@value #POSTGRES_URL_ENV} (e.g. {@code export
 *       CRAFTMARK_TEST_POSTGRES_URL="$(.ci/postgres-start)"}); without either the trial fails at
 *       setup saying so. The ledger and the raw insert share one HikariCP pool of {@value
 *       #POSTGRES_POOL_SIZE} connections to that schema, as a verification service would run: a
 *       new connection per operation (the driver's plain data source) costs milliseconds and
 *       would hide what the ledger itself costs.
 * </ul>
 *
 * <p>Read the results as ratios of the ledger to the raw insert on the same store (target: at
 * least 0.5). Absolute figures depend on the database's durability settings; the throw-away server
 * of {@code .ci/postgres-start} runs with {@code fsync} off.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScanLedgerBenchmark {
  /** The system property with the JDBC URL of the PostgreSQL server, read first. */
  public static final String POSTGRES_URL_PROPERTY = "craftmark.postgres.url";

  /** The environment variable with the JDBC URL of the PostgreSQL server, read second. */
  public static final String POSTGRES_URL_ENV = "CRAFTMARK_TEST_POSTGRES_URL";

  /** The PostgreSQL side's pool size: more than the benchmark's one thread ever holds at once. */
  static final int POSTGRES_POOL_SIZE = 4;

  private static final String RAW_TABLE = "bench_raw_scan";
  private static final String RAW_INSERT = "INSERT INTO " + RAW_TABLE
      + " (serial, scanned_at_ms, place, device, outcome) VALUES (?, ?, ?, ?, ?)";

  /** Distinct serials the scans go round, so that index inserts do not all hit one key. */
  private static final int SCANNED_SERIALS = 256;

  private static final Instant SCANNED_AT = Instant.parse("2026-11-02T03:04:05.678Z");

  /** The database the trial runs on. */
  @Param({"h2", "postgres"})
  public String store;

  private Database database;
  private JdbcScanLedger ledger;
  private DataSource raw;

  private ScanRecord[] scans;
  private byte[][] rawSerials;
  private byte[][] rawDevices;
  private long rawAtMs;
  private String rawPlace;
  private int next;

  private ScanPlace claimPlace;
  private Optional<BuyerTokenHash> buyer;
  private long freshSerialPrefix;
  private long freshSerialCount;
  private TagSerial claimedSerial;

  /**
   * Creates a fresh database for the trial, opens the ledger in it, creates the raw table and
   * prepares the scans and claims.
   */
  @Setup(Level.Trial)
  public void setUp() {
    database = switch (store) {
      case "h2" -> new H2Database();
      case "postgres" -> new PostgresDatabase(postgresUrl());
      default -> throw new IllegalArgumentException("store must be h2 or postgres: " + store);
    };
    ledger = database.openLedger();
    raw = database.rawDataSource();
    execute(raw, "CREATE TABLE " + RAW_TABLE + " (" + database.rawColumns() + ")");
    execute(
        raw,
        "CREATE INDEX " + RAW_TABLE + "_serial_time ON " + RAW_TABLE
            + " (serial, scanned_at_ms, id)");
    execute(raw, "CREATE INDEX " + RAW_TABLE + "_time ON " + RAW_TABLE + " (scanned_at_ms)");

    SecureRandom random = new SecureRandom();
    LedgerSalt salt = ledger.salt();
    ScanPlace place = ScanPlace.province("01");
    scans = new ScanRecord[SCANNED_SERIALS];
    rawSerials = new byte[SCANNED_SERIALS][];
    rawDevices = new byte[SCANNED_SERIALS][];
    for (int i = 0; i < SCANNED_SERIALS; i++) {
      DeviceFingerprint device = DeviceFingerprint.compute(salt, "EXAMPLE-install-" + i);
      scans[i] = ScanRecord.genuine(TagSerial.random(random), SCANNED_AT, place).withDevice(device);
      rawSerials[i] = scans[i].serial().toBytes();
      rawDevices[i] = device.toBytes();
    }
    rawAtMs = SCANNED_AT.toEpochMilli();
    rawPlace = place.key();

    claimPlace = ScanPlace.geohash("w7er8u0");
    buyer = Optional.of(BuyerTokenHash.compute(salt, "EXAMPLE-order-0042"));
    freshSerialPrefix = random.nextLong() & 0xffff;
    claimedSerial = TagSerial.random(random);
    ClaimOutcome first = ledger.claim(claimedSerial, SCANNED_AT, claimPlace, buyer);
    ClaimOutcome again = ledger.claim(claimedSerial, SCANNED_AT, claimPlace, buyer);
    if (!(first instanceof ClaimOutcome.Claimed)
        || !(again instanceof ClaimOutcome.AlreadyClaimed)) {
      throw new IllegalStateException(
          "the ledger does not claim as expected: " + first + ", " + again);
    }
  }

  /** Drops the raw table, closes the ledger and removes the trial's database. */
  @TearDown(Level.Trial)
  public void tearDown() {
    try {
      if (raw != null) {
        execute(raw, "DROP TABLE " + RAW_TABLE);
      }
    } finally {
      if (ledger != null) {
        ledger.close();
      }
      if (database != null) {
        database.close();
      }
    }
  }

  /** Building block: one prepared, auto-committed single-row INSERT of a scan-shaped row. */
  @Benchmark
  public int rawInsert() throws SQLException {
    int i = next++ & (SCANNED_SERIALS - 1);
    try (Connection c = raw.getConnection();
        PreparedStatement s = c.prepareStatement(RAW_INSERT)) {
      s.setBytes(1, rawSerials[i]);
      s.setLong(2, rawAtMs);
      s.setString(3, rawPlace);
      s.setBytes(4, rawDevices[i]);
      s.setString(5, ScanRecord.GENUINE);
      return s.executeUpdate();
    }
  }

  /** CraftMark: record a genuine scan with a province and a device fingerprint. */
  @Benchmark
  public void recordScan() {
    ledger.record(scans[next++ & (SCANNED_SERIALS - 1)]);
  }

  /** CraftMark: claim a serial never claimed before; the claim wins. */
  @Benchmark
  public ClaimOutcome claimFresh() {
    byte[] serial = ByteBuffer.allocate(TagSerial.DEFAULT_LENGTH)
        .putShort((short) freshSerialPrefix)
        .putLong(freshSerialCount++)
        .array();
    return ledger.claim(TagSerial.of(serial), SCANNED_AT, claimPlace, buyer);
  }

  /** CraftMark: claim a serial already claimed, as a copy would; the claim learns the winner. */
  @Benchmark
  public ClaimOutcome claimAlreadyClaimed() {
    return ledger.claim(claimedSerial, SCANNED_AT, claimPlace, buyer);
  }

  private static String postgresUrl() {
    String url = System.getProperty(POSTGRES_URL_PROPERTY);
    if (url == null || url.isBlank()) {
      url = System.getenv(POSTGRES_URL_ENV);
    }
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("store=postgres needs a PostgreSQL server: set the system"
          + " property "
          + POSTGRES_URL_PROPERTY
          + " or the environment variable "
          + POSTGRES_URL_ENV
          + " to its JDBC URL, e.g. export "
          + POSTGRES_URL_ENV
          + "=\"$(.ci/postgres-start)\", or run only -p store=h2");
    }
    return url;
  }

  private static void execute(DataSource dataSource, String sql) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run: " + sql, e);
    }
  }

  /** One trial's database: made fresh in the constructor, removed by {@link #close()}. */
  private interface Database extends AutoCloseable {
    JdbcScanLedger openLedger();

    DataSource rawDataSource();

    /** The ledger's scan table's columns in this dialect (see META-INF/craftmark/ledger). */
    String rawColumns();

    @Override
    void close();
  }

  /** An H2 file database in a new temporary directory, as {@link H2Ledgers} makes it. */
  private static final class H2Database implements Database {
    private final Path dir;
    private JdbcConnectionPool pool;

    H2Database() {
      try {
        dir = Files.createTempDirectory("craftmark-ledger-bench");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public JdbcScanLedger openLedger() {
      return H2Ledgers.inDirectory(dir);
    }

    @Override
    public DataSource rawDataSource() {
      // The same URL settings as H2Ledgers, so both pools share one open database in this JVM.
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve(H2Ledgers.FILE_NAME)
          + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000");
      pool = JdbcConnectionPool.create(h2);
      pool.setMaxConnections(16);
      return pool;
    }

    @Override
    public String rawColumns() {
      return "id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, serial VARBINARY(16) NOT NULL,"
          + " scanned_at_ms BIGINT NOT NULL, place VARCHAR(7) NOT NULL, device VARBINARY(16),"
          + " outcome VARCHAR(40) NOT NULL";
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.dispose();
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A new schema of a PostgreSQL server, reached through a connection pool, dropped with
   * everything in it on close.
   */
  private static final class PostgresDatabase implements Database {
    private final String url;
    private final String schema;
    private final HikariDataSource pool;

    PostgresDatabase(String url) {
      this.url = url;
      byte[] suffix = new byte[6];
      new SecureRandom().nextBytes(suffix);
      this.schema = "craftmark_bench_" + HexFormat.of().formatHex(suffix);
      execute(plain(), "CREATE SCHEMA " + schema);
      PGSimpleDataSource inSchema = plain();
      inSchema.setCurrentSchema(schema);
      HikariConfig config = new HikariConfig();
      config.setDataSource(inSchema);
      config.setMaximumPoolSize(POSTGRES_POOL_SIZE);
      config.setMinimumIdle(POSTGRES_POOL_SIZE);
      config.setPoolName("craftmark-bench");
      this.pool = new HikariDataSource(config);
    }

    private PGSimpleDataSource plain() {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(url);
      return ds;
    }

    @Override
    public JdbcScanLedger openLedger() {
      return JdbcScanLedger.postgres(pool);
    }

    @Override
    public DataSource rawDataSource() {
      return pool;
    }

    @Override
    public String rawColumns() {
      return "id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, serial BYTEA NOT NULL,"
          + " scanned_at_ms BIGINT NOT NULL, place VARCHAR(7) NOT NULL, device BYTEA,"
          + " outcome VARCHAR(40) NOT NULL";
    }

    @Override
    public void close() {
      pool.close();
      execute(plain(), "DROP SCHEMA " + schema + " CASCADE");
    }
  }
}
