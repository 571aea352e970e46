/**
 * The scan ledger on a relational database: {@link
 * io.github.craftmark.provenance.ledger.jdbc.JdbcScanLedger} over a {@code DataSource} in the H2 or
 * PostgreSQL dialect, and {@link io.github.craftmark.provenance.ledger.jdbc.H2Ledgers} for the
 * embedded default, a file database in the application's data directory.
 *
 * <p>The ledger creates and migrates its own tables (all named {@code craftmark_…}, recorded in
 * {@code craftmark_schema_version}) when it is opened. It needs no other library than the JDBC
 * driver: H2 comes with CraftMark; for PostgreSQL, bring the {@code org.postgresql:postgresql}
 * driver and a pooled {@code DataSource}.
 */
package io.github.craftmark.provenance.ledger.jdbc;
