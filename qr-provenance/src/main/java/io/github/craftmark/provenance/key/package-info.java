/**
 * Signing keys for tags, member certificates and trust lists: Ed25519 (the default) and ECDSA
 * P-256, their COSE identifiers and their 8-byte key ids.
 */
package io.github.craftmark.provenance.key;
