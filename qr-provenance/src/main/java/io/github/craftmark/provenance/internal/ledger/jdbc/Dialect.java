package io.github.craftmark.provenance.internal.ledger.jdbc;

/**
 * The SQL dialects the JDBC ledger speaks: where their migrations live and how they differ.
 */
public enum Dialect {
  /** H2 2.x in its own (not PostgreSQL-compatible) mode. */
  H2("h2"),
  /** PostgreSQL 12 or newer. */
  POSTGRESQL("postgresql");

  private final String resourceDirectory;

  Dialect(String resourceDirectory) {
    this.resourceDirectory = resourceDirectory;
  }

  /**
   * Returns the class-path folder of this dialect's migration scripts.
   *
   * @return e.g. {@code "META-INF/craftmark/ledger/h2"}
   */
  public String migrationFolder() {
    return "META-INF/craftmark/ledger/" + resourceDirectory;
  }

  /**
   * Returns the name shown in messages.
   *
   * @return {@code "H2"} or {@code "PostgreSQL"}
   */
  public String displayName() {
    return this == H2 ? "H2" : "PostgreSQL";
  }
}
