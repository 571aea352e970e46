/**
 * The JDBC scan ledger's internals: SQL dialects, the schema migration runner and the statements of
 * each store operation.
 */
package io.github.craftmark.provenance.internal.ledger.jdbc;
