package io.github.craftmark.provenance.internal.ledger.jdbc;

import io.github.craftmark.provenance.ledger.LedgerException;
import java.sql.SQLException;

/**
 * Turns database errors into {@link LedgerException}s whose messages say what failed and why in
 * general terms: the SQLState and its meaning, never the driver's message, which may hold SQL text,
 * key values or connection details. The driver's exception stays attached as the cause for
 * operators.
 */
final class LedgerFailures {
  private LedgerFailures() {}

  static LedgerException of(String action, Dialect dialect, SQLException e) {
    String state = e.getSQLState();
    return new LedgerException(
        "scan ledger: "
            + action
            + " failed on "
            + dialect.displayName()
            + ": "
            + meaning(state)
            + " (SQLState "
            + state
            + ")",
        e);
  }

  static LedgerException of(String action, Dialect dialect, RuntimeException e) {
    return new LedgerException(
        "scan ledger: "
            + action
            + " failed on "
            + dialect.displayName()
            + ": unexpected "
            + e.getClass().getSimpleName(),
        e);
  }

  static LedgerException malformedRow(String action, Dialect dialect, RuntimeException e) {
    return new LedgerException(
        "scan ledger: "
            + action
            + " failed on "
            + dialect.displayName()
            + ": the store holds a row this library cannot read",
        e);
  }

  static LedgerException closed(String action) {
    return new LedgerException("scan ledger: " + action + " failed: the ledger is closed");
  }

  /** Says what an SQLState means, by its class (first two characters) where that is enough. */
  static String meaning(String state) {
    if (state == null || state.length() < 2) {
      return "the driver reported an error";
    }
    switch (state) {
      case "90020":
        return "the database file is in use by another process";
      case "90067":
        return "cannot reach the database";
      case "HYT00":
      case "HYT01":
      case "57014":
        return "the database did not answer in time";
      case "40P01":
        return "the transaction was rolled back to break a deadlock";
      default:
        break;
    }
    switch (state.substring(0, 2)) {
      case "08":
        return "cannot reach the database";
      case "28":
        return "the database refused the login";
      case "42":
        return "a ledger table or column is missing or different; was the schema changed?";
      case "23":
        return "a constraint refused the write";
      case "40":
        return "the transaction was rolled back by a concurrent one";
      case "53":
        return "the database is out of resources";
      case "57":
        return "the database is shutting down or refused the work";
      case "25":
        return "the connection is in the wrong transaction state";
      default:
        return "the database reported an error";
    }
  }
}
