package io.github.craftmark.provenance.internal.trust;

import io.github.craftmark.provenance.internal.cbor.CborException;
import io.github.craftmark.provenance.internal.cbor.CborLimits;
import io.github.craftmark.provenance.internal.cose.CoseSign1;
import io.github.craftmark.provenance.internal.key.P256;
import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.key.TagPublicKey;
import io.github.craftmark.provenance.key.TagSigner;

/**
 * Signs and opens the tagged COSE_Sign1 envelopes of member certificates and trust lists, with a
 * context string as external_aad so that one kind's signature never passes for the other's.
 */
public final class SignedObjects {
  private SignedObjects() {}

  /**
   * A tagged COSE_Sign1 envelope whose form has been checked but whose signature has not.
   *
   * @param algorithm the algorithm the protected header names
   * @param keyId the key id the protected header names
   * @param payload the payload
   * @param signedBytes the Sig_structure the signature covers
   * @param signature the signature, as long as the algorithm's
   */
  public record Envelope(
      SignatureAlgorithm algorithm,
      KeyId keyId,
      byte[] payload,
      byte[] signedBytes,
      byte[] signature) {

    /**
     * Tells whether {@code key} made this envelope's signature.
     *
     * @param key a candidate key
     * @return true when the key has the envelope's algorithm and key id and the signature verifies
     */
    public boolean isSignedBy(TagPublicKey key) {
      return key.algorithm() == algorithm
          && key.keyId().equals(keyId)
          && key.verify(signedBytes, signature);
    }
  }

  /**
   * Signs a payload into a tagged COSE_Sign1; an ES256 signature is written with a low s.
   *
   * @param signer the signing key
   * @param context the external_aad
   * @param payload the payload
   * @return the encoded envelope
   */
  public static byte[] sign(TagSigner signer, byte[] context, byte[] payload) {
    byte[] protectedHeader = CoseSign1.protectedHeader(signer.algorithm(), signer.keyId());
    byte[] signature = signer.sign(CoseSign1.sigStructure(protectedHeader, context, payload));
    if (signer.algorithm() == SignatureAlgorithm.ES256 && signature != null) {
      // One object, one encoding: a malleated twin (r, n − s) of a list would otherwise pass for
      // a second list with the same sequence.
      signature = P256.toLowS(signature);
    }
    return CoseSign1.encodeTagged(protectedHeader, payload, signature);
  }

  /**
   * Reads a tagged COSE_Sign1 of at most {@code maxBytes} bytes, strictly: tag 18, protected header
   * exactly {@code {1: alg, 4: kid}}, empty unprotected header, a signature as long as the
   * algorithm's and, for ES256, with a low s.
   *
   * @param encoded the envelope
   * @param maxBytes the longest envelope accepted
   * @param context the external_aad the signature covers
   * @return the parts
   * @throws TrustFormatException when the envelope breaks a rule
   */
  public static Envelope open(byte[] encoded, int maxBytes, byte[] context) {
    if (encoded == null) {
      throw new TrustFormatException("signed object must not be null");
    }
    if (encoded.length > maxBytes) {
      throw new TrustFormatException(
          "signed object must be at most " + maxBytes + " bytes, found " + encoded.length);
    }
    try {
      CoseSign1 cose = CoseSign1.decode(encoded, new CborLimits(maxBytes, 3, 4, maxBytes, true));
      if (!cose.tagged()) {
        throw new TrustFormatException("signed object must be a COSE_Sign1 with CBOR tag 18");
      }
      if (!cose.hasEmptyUnprotectedHeader()) {
        throw new TrustFormatException("unprotected header must be empty");
      }
      CoseSign1.ProtectedHeader header = CoseSign1.parseProtectedHeader(cose.protectedHeader());
      if (cose.signature().length != header.algorithm().signatureLength()) {
        throw new TrustFormatException("signature must be "
            + header.algorithm().signatureLength()
            + " bytes, found "
            + cose.signature().length);
      }
      if (header.algorithm() == SignatureAlgorithm.ES256 && !P256.isLowS(cose.signature(), 0)) {
        throw new TrustFormatException("ES256 signature must have a low s (s ≤ n/2)");
      }
      return new Envelope(
          header.algorithm(),
          header.keyId(),
          cose.payload(),
          cose.sigStructure(context),
          cose.signature());
    } catch (CborException e) {
      throw new TrustFormatException("COSE_Sign1: " + e.getMessage(), e);
    }
  }
}
