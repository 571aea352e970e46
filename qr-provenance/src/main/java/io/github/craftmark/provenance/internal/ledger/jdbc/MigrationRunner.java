package io.github.craftmark.provenance.internal.ledger.jdbc;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Brings a ledger database to the newest schema version: applies each pending migration once, in
 * version order, each in its own transaction, and records it in {@value #VERSION_TABLE}.
 *
 * <p>Several processes may start against one database at the same moment: the whole run holds a
 * database-wide lock, so exactly one applies each migration and the others wait, then find nothing
 * left to do. On PostgreSQL the lock is a session advisory lock (released by the server if the
 * process dies); on H2 it is a row lock on {@value #LOCK_TABLE}, held by a second connection's open
 * transaction, because H2 commits at every DDL statement.
 *
 * <p>Before applying anything, every applied migration's checksum is compared with the script this
 * library carries: a changed script, or a schema newer than the library, stops the run.
 *
 * <p>H2 commits each DDL statement on its own, so there a migration that fails halfway can leave
 * part of its changes; the H2 scripts use {@code IF NOT EXISTS} so that the next run can finish
 * them. PostgreSQL rolls a failed migration back whole.
 */
public final class MigrationRunner {
  /** The table that records the applied migrations. */
  public static final String VERSION_TABLE = "craftmark_schema_version";

  /** The H2 table whose one row is locked while migrating. */
  public static final String LOCK_TABLE = "craftmark_schema_lock";

  /** How long a starter waits by default for another one's migration. */
  public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(60);

  // An arbitrary constant: the ASCII bytes of "CrftMrkL" as one bigint, unlikely to collide with an
  // application's own advisory lock keys.
  private static final long ADVISORY_LOCK_KEY = 0x437266744d726b4cL;

  private static final System.Logger LOG = System.getLogger(MigrationRunner.class.getName());

  private final DataSource dataSource;
  private final Dialect dialect;
  private final List<Migration> migrations;
  private final Duration lockWait;

  /**
   * Creates a runner.
   *
   * @param dataSource where the ledger lives
   * @param dialect its SQL dialect
   * @param migrations the migrations, versions 1..n in order
   * @param lockWait how long to wait for another process's migration run
   */
  public MigrationRunner(
      DataSource dataSource, Dialect dialect, List<Migration> migrations, Duration lockWait) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.migrations = List.copyOf(migrations);
    this.lockWait = lockWait;
    for (int i = 0; i < this.migrations.size(); i++) {
      if (this.migrations.get(i).version() != i + 1) {
        throw new IllegalArgumentException(
            "migrations must have versions 1.." + this.migrations.size() + " in order, found "
                + this.migrations.get(i).name() + " at position " + (i + 1));
      }
    }
  }

  /**
   * Creates a runner over the migrations this library carries for the dialect.
   *
   * @param dataSource where the ledger lives
   * @param dialect its SQL dialect
   * @return the runner
   */
  public static MigrationRunner of(DataSource dataSource, Dialect dialect) {
    return new MigrationRunner(dataSource, dialect, Migration.load(dialect), DEFAULT_LOCK_WAIT);
  }

  /**
   * Applies every pending migration.
   *
   * @return the versions this call applied, in order; empty when the schema was up to date
   * @throws MigrationException when a migration fails, an applied one was changed, the schema is
   *     newer than this library, or the lock was not granted in time
   * @throws SQLException when the database cannot be reached or refuses the bookkeeping statements
   */
  public List<Integer> migrate() throws MigrationException, SQLException {
    return dialect == Dialect.POSTGRESQL ? migratePostgres() : migrateH2();
  }

  private List<Integer> migratePostgres() throws MigrationException, SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
        lock.setLong(1, ADVISORY_LOCK_KEY);
        lock.setQueryTimeout(lockWaitSeconds());
        lock.execute();
      } catch (SQLException e) {
        if ("57014".equals(e.getSQLState())) {
          throw lockTimeout(e);
        }
        throw e;
      }
      try {
        return applyPending(c);
      } finally {
        try (PreparedStatement unlock = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
          unlock.setLong(1, ADVISORY_LOCK_KEY);
          unlock.execute();
        }
      }
    }
  }

  private List<Integer> migrateH2() throws MigrationException, SQLException {
    try (Connection lock = dataSource.getConnection()) {
      lock.setAutoCommit(true);
      try (Statement s = lock.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS " + LOCK_TABLE + " (id INT PRIMARY KEY)");
      }
      // Reading first: inserting a row that another starter holds locked would wait for it.
      if (!lockRowExists(lock)) {
        try (Statement s = lock.createStatement()) {
          s.executeUpdate("INSERT INTO " + LOCK_TABLE + " (id) VALUES (1)");
        } catch (SQLException e) {
          // Another starter inserted the row first: it is there, which is all that matters.
          if (!"23505".equals(e.getSQLState())) {
            throw e;
          }
        }
      }
      // The wait is a session setting: the connection may come from a pool, so it is put back.
      long sessionLockTimeout = sessionLockTimeout(lock);
      lock.setAutoCommit(false);
      try {
        setLockTimeout(lock, lockWait.toMillis());
        try (Statement s = lock.createStatement();
            ResultSet r =
                s.executeQuery("SELECT id FROM " + LOCK_TABLE + " WHERE id = 1 FOR UPDATE")) {
          r.next();
        } catch (SQLException e) {
          if ("HYT00".equals(e.getSQLState())) {
            throw lockTimeout(e);
          }
          throw e;
        }
        try (Connection work = dataSource.getConnection()) {
          work.setAutoCommit(true);
          return applyPending(work);
        }
      } finally {
        lock.rollback();
        lock.setAutoCommit(true);
        setLockTimeout(lock, sessionLockTimeout);
      }
    }
  }

  private static long sessionLockTimeout(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT LOCK_TIMEOUT()")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void setLockTimeout(Connection c, long millis) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET LOCK_TIMEOUT " + millis);
    }
  }

  private static boolean lockRowExists(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + LOCK_TABLE + " WHERE id = 1")) {
      r.next();
      return r.getLong(1) > 0;
    }
  }

  private List<Integer> applyPending(Connection c) throws MigrationException, SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS "
          + VERSION_TABLE
          + " (version INT PRIMARY KEY, description VARCHAR(200) NOT NULL,"
          + " checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
    }
    Map<Integer, String> applied = appliedChecksums(c);
    for (Map.Entry<Integer, String> entry : applied.entrySet()) {
      int version = entry.getKey();
      if (version > migrations.size()) {
        throw new MigrationException("the ledger schema is at version "
            + version
            + ", newer than this library's "
            + migrations.size()
            + ": use a newer CraftMark");
      }
      Migration known = migrations.get(version - 1);
      if (!known.checksum().equals(entry.getValue())) {
        throw new MigrationException("ledger migration "
            + known.name()
            + " was changed after it was applied: checksum "
            + entry.getValue()
            + " in "
            + VERSION_TABLE
            + ", "
            + known.checksum()
            + " in this library");
      }
    }
    List<Integer> done = new ArrayList<>();
    for (Migration m : migrations) {
      if (!applied.containsKey(m.version())) {
        apply(c, m);
        done.add(m.version());
      }
    }
    return List.copyOf(done);
  }

  private Map<Integer, String> appliedChecksums(Connection c) throws SQLException {
    Map<Integer, String> applied = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(
            "SELECT version, checksum FROM " + VERSION_TABLE + " ORDER BY version")) {
      while (r.next()) {
        applied.put(r.getInt(1), r.getString(2));
      }
    }
    return applied;
  }

  private void apply(Connection c, Migration m) throws MigrationException, SQLException {
    List<String> statements = m.statements();
    c.setAutoCommit(false);
    try {
      for (int i = 0; i < statements.size(); i++) {
        try (Statement s = c.createStatement()) {
          s.execute(statements.get(i));
        } catch (SQLException e) {
          throw new MigrationException(
              "ledger migration "
                  + m.name()
                  + " failed at statement "
                  + (i + 1)
                  + " of "
                  + statements.size()
                  + " (SQLState "
                  + e.getSQLState()
                  + ")",
              e);
        }
      }
      try (PreparedStatement record = c.prepareStatement("INSERT INTO "
          + VERSION_TABLE
          + " (version, description, checksum, applied_at)"
          + " VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
        record.setInt(1, m.version());
        record.setString(2, m.description());
        record.setString(3, m.checksum());
        record.executeUpdate();
      }
      c.commit();
    } catch (MigrationException | SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
    LOG.log(
        Level.INFO, "Applied ledger schema migration {0} on {1}", m.name(), dialect.displayName());
  }

  private int lockWaitSeconds() {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, lockWait.toSeconds()));
  }

  private MigrationException lockTimeout(SQLException e) {
    return new MigrationException(
        "another process held the ledger schema migration lock for more than "
            + lockWait.toSeconds()
            + " s",
        e);
  }
}
