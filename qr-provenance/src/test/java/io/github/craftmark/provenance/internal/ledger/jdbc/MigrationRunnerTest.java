package io.github.craftmark.provenance.internal.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.provenance.ledger.jdbc.TestDatabases;
import io.github.craftmark.provenance.ledger.jdbc.TestDatabases.PostgresSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationRunnerTest {
  @TempDir
  Path dir;

  private PostgresSchema schema;

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      schema.close();
    }
  }

  /** A new data source of the test database on each call, as a separate process would have. */
  private Supplier<DataSource> database(Dialect dialect) {
    if (dialect == Dialect.H2) {
      return () -> TestDatabases.h2(dir);
    }
    schema = TestDatabases.postgresSchema();
    return schema::dataSource;
  }

  private static final Migration V2 = Migration.fromFile(
      "V2__extra.sql",
      "CREATE TABLE craftmark_test_extra (id INT PRIMARY KEY);\n"
          + "INSERT INTO craftmark_test_extra (id) VALUES (7);\n");

  private static MigrationRunner runner(
      DataSource ds, Dialect dialect, List<Migration> migrations) {
    return new MigrationRunner(ds, dialect, migrations, Duration.ofSeconds(30));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void migrate_onFreshDatabase_appliesEveryMigrationAndRecordsIt(Dialect dialect) throws Exception {
    DataSource ds = database(dialect).get();

    List<Integer> applied = MigrationRunner.of(ds, dialect).migrate();

    Migration v1 = Migration.load(dialect).get(0);
    assertThat(applied).containsExactly(1);
    assertThat(versionRows(ds)).containsExactly("1 ledger " + v1.checksum());
    for (String table : List.of(
        "craftmark_scan",
        "craftmark_claim",
        "craftmark_claim_failure",
        "craftmark_scan_day",
        "craftmark_ledger_setting")) {
      assertThat(count(ds, table)).as(table).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void migrate_whenRunAgain_appliesNothing(Dialect dialect) throws Exception {
    DataSource ds = database(dialect).get();
    MigrationRunner.of(ds, dialect).migrate();

    List<Integer> again = MigrationRunner.of(ds, dialect).migrate();

    assertThat(again).isEmpty();
    assertThat(count(ds, MigrationRunner.VERSION_TABLE)).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void migrate_whenNewMigrationShips_appliesOnlyIt(Dialect dialect) throws Exception {
    DataSource ds = database(dialect).get();
    List<Migration> shipped = Migration.load(dialect);
    runner(ds, dialect, shipped).migrate();

    List<Integer> applied = runner(ds, dialect, plus(shipped, V2)).migrate();

    assertThat(applied).containsExactly(2);
    assertThat(count(ds, "craftmark_test_extra")).isEqualTo(1);
    assertThat(versionRows(ds)).hasSize(2).last().isEqualTo("2 extra " + V2.checksum());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void migrate_whenAppliedMigrationWasChanged_failsNamingItAndBothChecksums(Dialect dialect)
      throws Exception {
    DataSource ds = database(dialect).get();
    List<Migration> shipped = Migration.load(dialect);
    runner(ds, dialect, plus(shipped, V2)).migrate();
    Migration changed =
        Migration.fromFile("V2__extra.sql", V2.script().replace("VALUES (7)", "VALUES (8)"));

    assertThatThrownBy(() -> runner(ds, dialect, plus(shipped, changed)).migrate())
        .isInstanceOf(MigrationException.class)
        .hasMessage("ledger migration V2__extra was changed after it was applied: checksum "
            + V2.checksum()
            + " in craftmark_schema_version, "
            + changed.checksum()
            + " in this library");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void migrate_whenOnlyLineEndsDiffer_acceptsTheAppliedMigration(Dialect dialect) throws Exception {
    DataSource ds = database(dialect).get();
    List<Migration> shipped = Migration.load(dialect);
    runner(ds, dialect, plus(shipped, V2)).migrate();
    Migration crlf = Migration.fromFile("V2__extra.sql", V2.script().replace("\n", "\r\n"));

    assertThat(runner(ds, dialect, plus(shipped, crlf)).migrate()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void migrate_whenSchemaIsNewerThanLibrary_fails(Dialect dialect) throws Exception {
    DataSource ds = database(dialect).get();
    List<Migration> shipped = Migration.load(dialect);
    runner(ds, dialect, plus(shipped, V2)).migrate();

    assertThatThrownBy(() -> runner(ds, dialect, shipped).migrate())
        .isInstanceOf(MigrationException.class)
        .hasMessage("the ledger schema is at version 2, newer than this library's 1: use a newer"
            + " CraftMark");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void migrate_whenStatementFails_recordsNothingAndNamesMigrationAndStatement(Dialect dialect)
      throws Exception {
    DataSource ds = database(dialect).get();
    List<Migration> shipped = Migration.load(dialect);
    Migration broken = Migration.fromFile(
        "V2__broken.sql",
        "CREATE TABLE craftmark_test_half (id INT PRIMARY KEY);\n"
            + "INSERT INTO craftmark_test_missing (id) VALUES (1);\n");

    assertThatThrownBy(() -> runner(ds, dialect, plus(shipped, broken)).migrate())
        .isInstanceOf(MigrationException.class)
        .hasMessage("ledger migration V2__broken failed at statement 2 of 2 (SQLState 42"
            + (dialect == Dialect.H2 ? "S02)" : "P01)"))
        .hasCauseInstanceOf(SQLException.class);
    assertThat(versionRows(ds)).hasSize(1);
    if (dialect == Dialect.POSTGRESQL) {
      // PostgreSQL rolls the whole migration back; H2 has already committed the CREATE TABLE.
      assertThat(tableExists(ds, "craftmark_test_half")).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void migrate_whenManyStartersRaceAtOnce_appliesEachMigrationExactlyOnce(Dialect dialect)
      throws Exception {
    Supplier<DataSource> database = database(dialect);
    List<Migration> migrations = plus(Migration.load(dialect), V2);
    int starters = 8;
    CountDownLatch ready = new CountDownLatch(starters);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(starters);
    List<Future<List<Integer>>> results = new ArrayList<>();
    try {
      for (int i = 0; i < starters; i++) {
        MigrationRunner runner = runner(database.get(), dialect, migrations);
        results.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return runner.migrate();
        }));
      }
      ready.await();
      go.countDown();
      List<List<Integer>> applied = new ArrayList<>();
      for (Future<List<Integer>> result : results) {
        applied.add(result.get(60, TimeUnit.SECONDS));
      }

      assertThat(applied).filteredOn(List::isEmpty).hasSize(starters - 1);
      assertThat(applied).filteredOn(a -> !a.isEmpty()).containsExactly(List.of(1, 2));
      assertThat(versionRows(database.get())).hasSize(2);
      assertThat(count(database.get(), "craftmark_test_extra")).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void migrate_whenAnotherProcessHoldsTheLock_failsAfterTheWait(Dialect dialect) throws Exception {
    Supplier<DataSource> database = database(dialect);
    DataSource ds = database.get();
    MigrationRunner.of(ds, dialect).migrate();
    try (Connection holder = database.get().getConnection()) {
      holdLock(holder, dialect);
      MigrationRunner waiting =
          new MigrationRunner(ds, dialect, Migration.load(dialect), Duration.ofSeconds(1));

      assertThatThrownBy(waiting::migrate)
          .isInstanceOf(MigrationException.class)
          .hasMessage("another process held the ledger schema migration lock for more than 1 s");
    }
  }

  private static void holdLock(Connection c, Dialect dialect) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_lock(" + 0x437266744d726b4cL + ")");
      }
    } else {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT id FROM craftmark_schema_lock FOR UPDATE")) {
        assertThat(r.next()).isTrue();
      }
    }
  }

  private static List<Migration> plus(List<Migration> migrations, Migration extra) {
    List<Migration> all = new ArrayList<>(migrations);
    all.add(extra);
    return all;
  }

  private static List<String> versionRows(DataSource ds) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(
            "SELECT version, description, checksum, applied_at FROM craftmark_schema_version"
                + " ORDER BY version")) {
      while (r.next()) {
        assertThat(r.getObject(4)).isNotNull();
        rows.add(r.getInt(1) + " " + r.getString(2) + " " + r.getString(3));
      }
    }
    return rows;
  }

  private static long count(DataSource ds, String table) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static boolean tableExists(DataSource ds, String table) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM information_schema.tables"
            + " WHERE LOWER(table_name) = ? AND table_schema = current_schema()")) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    }
  }
}
