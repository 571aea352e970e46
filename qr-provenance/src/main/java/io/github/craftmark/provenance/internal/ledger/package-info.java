/** Implementation of the scan ledger: hashing, the in-memory store's helpers and place geometry. */
package io.github.craftmark.provenance.internal.ledger;
