package io.github.craftmark.provenance.key;

/**
 * Signs tags, member certificates and trust lists: a key in memory ({@link TagKeyPair}) or one
 * held in an HSM or a cloud KMS.
 *
 * <p>To use a key kept elsewhere, implement {@link #publicKey()} and {@link #sign(byte[])} by
 * calling the device or service; the SDK never needs the private key itself. Implementations must
 * be safe for concurrent use by several threads, as issuing tags in bulk signs from many.
 */
public interface TagSigner {

  /**
   * Returns the algorithm this signer signs with, that of its public key.
   *
   * @return the algorithm
   */
  default SignatureAlgorithm algorithm() {
    return publicKey().algorithm();
  }

  /**
   * Returns the public key that verifies this signer's signatures.
   *
   * @return the public key
   */
  TagPublicKey publicKey();

  /**
   * Returns the key id of the public key, which tags and certificates carry.
   *
   * @return the key id
   */
  default KeyId keyId() {
    return publicKey().keyId();
  }

  /**
   * Signs a message.
   *
   * <p>The result is the raw 64-byte signature: Ed25519 per RFC 8032, or for ES256 ECDSA P-256 over
   * SHA-256 of the message as {@code r‖s}, each 32 bytes big-endian (never DER). An
   * implementation backed by a service that returns DER must convert it. Either ECDSA twin (s or n
   * − s) will do: tags, certificates and trust lists are written with the low s.
   *
   * @param message the bytes to sign
   * @return the 64-byte signature
   */
  byte[] sign(byte[] message);
}
