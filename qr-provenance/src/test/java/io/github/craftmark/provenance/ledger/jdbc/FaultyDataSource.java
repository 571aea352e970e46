package io.github.craftmark.provenance.ledger.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source in front of a real one that can be taken down, as when the database server stops
 * or the network fails, and that can hand out connections without auto-commit, as some pools are
 * configured.
 */
public final class FaultyDataSource implements DataSource {
  private final DataSource target;
  private volatile boolean down;
  private volatile boolean autoCommitOff;

  /**
   * Wraps a data source.
   *
   * @param target the real data source
   */
  public FaultyDataSource(DataSource target) {
    this.target = target;
  }

  /** From now on, every connection attempt fails as a refused TCP connection does. */
  public void takeDown() {
    down = true;
  }

  /** From now on, connections come without auto-commit. */
  public void turnAutoCommitOff() {
    autoCommitOff = true;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (down) {
      throw new SQLException(
          "Connection to 127.0.0.1:54329 refused for user craftmark password craftmark", "08001");
    }
    Connection c = target.getConnection();
    if (autoCommitOff) {
      c.setAutoCommit(false);
    }
    return c;
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
