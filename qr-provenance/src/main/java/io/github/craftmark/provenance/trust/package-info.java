/**
 * Village trust: village authorities certify their members' tag keys and publish signed trust
 * lists; verifiers pin the authorities' root keys and keep the latest lists, offline.
 *
 * <p>The wire format is specified in {@code docs/trust-list-format.md}.
 */
package io.github.craftmark.provenance.trust;
