package io.github.craftmark.provenance.ledger.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal connection pool for the tests, as production code would have one (HikariCP and the
 * like): it reuses physical connections, so that 16,000 claims do not open 16,000 connections. A
 * connection is handed back on close with whatever session state the ledger left, which is what
 * the ledger must cope with.
 */
final class TestPool implements DataSource, AutoCloseable {
  private final DataSource target;
  private final int max;
  private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
  private final List<Connection> all = new ArrayList<>();
  private final AtomicInteger opened = new AtomicInteger();

  TestPool(DataSource target, int max) {
    this.target = target;
    this.max = max;
  }

  /** Returns how many physical connections were opened. */
  int opened() {
    return opened.get();
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection physical = idle.poll();
    if (physical == null && opened.getAndIncrement() < max) {
      physical = target.getConnection();
      synchronized (all) {
        all.add(physical);
      }
    } else if (physical == null) {
      opened.decrementAndGet();
      try {
        physical = idle.poll(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while waiting for a connection", "08001", e);
      }
      if (physical == null) {
        throw new SQLException("no connection free within 60 s", "08001");
      }
    }
    return lease(physical);
  }

  private Connection lease(Connection physical) {
    AtomicBoolean closed = new AtomicBoolean();
    return (Connection) Proxy.newProxyInstance(
        Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "close":
              if (closed.compareAndSet(false, true)) {
                if (!physical.getAutoCommit()) {
                  physical.rollback();
                }
                idle.add(physical);
              }
              return null;
            case "isClosed":
              return closed.get();
            case "equals":
              return proxy == args[0];
            case "hashCode":
              return System.identityHashCode(proxy);
            case "toString":
              return "TestPool lease of " + physical;
            default:
              if (closed.get()) {
                throw new SQLException("connection is closed", "08003");
              }
              try {
                return method.invoke(physical, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
          }
        });
  }

  @Override
  public void close() throws SQLException {
    synchronized (all) {
      for (Connection c : all) {
        c.close();
      }
      all.clear();
    }
    idle.clear();
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
