package io.github.craftmark.provenance.tag;

import io.github.craftmark.provenance.internal.tag.TagText;
import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.SignatureAlgorithm;

/**
 * A tag read from its text whose signature and issuer have NOT been checked: anyone can make one.
 *
 * <p>From {@link TagParser#parseWithoutVerifying(String)}, for tools that inspect tags (or verify
 * them with another implementation: {@link #sigStructure()} gives the exact bytes signed). To know
 * whether a tag is genuine use {@link TagVerifier}, whose verdict holds a {@link VerifiedTag}.
 */
public final class UnverifiedTag {
  private final String text;
  private final TagText.Parts parts;

  UnverifiedTag(String text, TagText.Parts parts) {
    this.text = text;
    this.parts = parts;
  }

  /**
   * Returns the text the tag was read from.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the claims, unverified.
   *
   * @return the claims
   */
  public TagClaims claims() {
    return parts.claims();
  }

  /**
   * Returns the verify prefix, upper case.
   *
   * @return the prefix
   */
  public TagPrefix prefix() {
    return parts.prefix();
  }

  /**
   * Returns the algorithm the profile digit names.
   *
   * @return the algorithm
   */
  public SignatureAlgorithm algorithm() {
    return parts.algorithm();
  }

  /**
   * Returns the key id of the key the tag claims to be signed with.
   *
   * @return the key id
   */
  public KeyId keyId() {
    return parts.keyId();
  }

  /**
   * Returns the signature: 64 bytes, Ed25519 or ECDSA {@code r‖s}.
   *
   * @return a copy
   */
  public byte[] signature() {
    return parts.signature().clone();
  }

  /**
   * Returns the claims as canonical CBOR: the COSE payload.
   *
   * @return a copy
   */
  public byte[] claimsCbor() {
    return parts.payload().clone();
  }

  /**
   * Returns the compact bytes the digits carry: key id, signature, claims without their map head
   * and version.
   *
   * @return a copy
   */
  public byte[] compactBytes() {
    return parts.compact().clone();
  }

  /**
   * Returns the full untagged COSE_Sign1 the tag stands for.
   *
   * @return the encoded message
   */
  public byte[] coseSign1() {
    return parts.coseSign1();
  }

  /**
   * Returns the bytes the signature covers: the COSE Sig_structure {@code ["Signature1",
   * protected, h'', payload]}.
   *
   * @return the bytes
   */
  public byte[] sigStructure() {
    return parts.sigStructure();
  }

  /** Returns the key id, algorithm and serial: never mistaken for a verified tag. */
  @Override
  public String toString() {
    return "UnverifiedTag[keyId="
        + parts.keyId()
        + ", algorithm="
        + parts.algorithm()
        + ", serial="
        + parts.claims().serial()
        + "]";
  }
}
