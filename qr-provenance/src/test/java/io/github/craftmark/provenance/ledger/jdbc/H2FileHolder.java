package io.github.craftmark.provenance.ledger.jdbc;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Another process holding an H2 database open: prints {@value #READY} once it has opened the URL
 * given as its argument, and closes it when its standard input ends.
 */
public final class H2FileHolder {
  /** The line printed once the database is open. */
  public static final String READY = "open";

  private H2FileHolder() {}

  /**
   * Opens the database and holds it until standard input ends.
   *
   * @param args the JDBC URL
   * @throws SQLException when the database cannot be opened
   * @throws IOException when standard input fails
   */
  public static void main(String[] args) throws SQLException, IOException {
    try (Connection c = DriverManager.getConnection(args[0])) {
      System.out.println(READY);
      System.out.flush();
      while (System.in.read() >= 0) {
        // Wait for the parent to close our standard input.
      }
    }
  }
}
