/**
 * Signing keys for tags, member certificates and trust lists: Ed25519 (the default) and ECDSA
 * P-256, with PEM and JWK import and export.
 *
 * <p>{@link io.github.craftmark.provenance.key.TagSigner} is the seam for keys held in an HSM or a
 * cloud KMS; {@link io.github.craftmark.provenance.key.TagKeyPair} holds a key in memory. {@link
 * io.github.craftmark.provenance.key.TagPublicKey#verify(byte[], byte[])} is the fast verification
 * path every verifier uses; {@link io.github.craftmark.provenance.key.KeyId} names a key in 8
 * bytes.
 */
package io.github.craftmark.provenance.key;
