package io.github.craftmark.provenance.tag;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.ProvenanceException;
import io.github.craftmark.provenance.internal.cose.CoseSign1;
import io.github.craftmark.provenance.internal.key.P256;
import io.github.craftmark.provenance.internal.tag.ClaimsCodec;
import io.github.craftmark.provenance.internal.tag.TagText;
import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.key.TagSigner;

/**
 * Signs tags: turns the claims about one item into the text of its QR code.
 *
 * <pre>{@code
 * TagIssuer issuer = TagIssuer.builder()
 *     .signer(TagKeyPair.fromEncryptedPkcs8Pem(pem, passphrase))   // or an HSM's TagSigner
 *     .prefix(TagPrefix.of("HTTPS://BATTRANG.VN/T/"))
 *     .build();
 * IssuedTag tag = issuer.issue(TagClaims.builder()
 *     .serial(TagSerial.random(secureRandom))
 *     .sku(Sku.of("BT-VASE-0042")).batch("240").dateMade(today).brandCode(7)
 *     .build());
 * printQr(tag.text());
 * }</pre>
 *
 * <p>The signer's key must be certified by the village authority (a member certificate in its
 * trust list) for verifiers to accept the tags. Issuing is deterministic: the same claims, key and
 * prefix give the same text. An ES256 signature is written in its low-s form (s ≤ n/2), whatever
 * form the signer returns, so that every tag has exactly one valid text. Instances are immutable and safe for concurrent use when the signer
 * is.
 */
public final class TagIssuer {
  private static final byte[] NO_AAD = new byte[0];

  private final TagSigner signer;
  private final TagPrefix prefix;
  private final SignatureAlgorithm algorithm;
  private final KeyId keyId;
  private final byte[] protectedHeader;

  private TagIssuer(Builder b) {
    if (b.signer == null) {
      throw new InvalidValueException("signer", "must not be null", null);
    }
    if (b.prefix == null) {
      throw new InvalidValueException("prefix", "must not be null", null);
    }
    this.signer = b.signer;
    this.prefix = b.prefix;
    this.algorithm = signer.algorithm();
    this.keyId = signer.keyId();
    this.protectedHeader = CoseSign1.protectedHeader(algorithm, keyId);
  }

  /**
   * Starts an issuer.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this issuer's settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder().signer(signer).prefix(prefix);
  }

  /**
   * Signs the claims and returns the tag.
   *
   * @param claims the claims about one item
   * @return the tag: its text and every stage it was made through
   * @throws InvalidValueException when {@code claims} is null
   * @throws ProvenanceException when the signer returns a signature of the wrong length
   */
  public IssuedTag issue(TagClaims claims) {
    if (claims == null) {
      throw new InvalidValueException("claims", "must not be null", null);
    }
    byte[] payload = ClaimsCodec.encode(claims);
    byte[] signature = signer.sign(CoseSign1.sigStructure(protectedHeader, NO_AAD, payload));
    if (signature == null || signature.length != algorithm.signatureLength()) {
      throw new ProvenanceException("signer must return a "
          + algorithm.signatureLength()
          + "-byte signature, returned "
          + (signature == null ? "null" : signature.length + " bytes"));
    }
    // The signer's array is not ours to keep: a device driver may reuse it for the next call.
    signature = signature.clone();
    if (algorithm == SignatureAlgorithm.ES256) {
      // (r, s) and (r, n − s) both verify; a tag has one text, so it carries the low s whatever
      // the signer (an HSM, a KMS) returned.
      signature = P256.toLowS(signature);
    }
    byte[] compact = TagText.compact(keyId, signature, payload);
    String text = TagText.write(prefix, algorithm, compact);
    return new IssuedTag(
        text, new TagText.Parts(prefix, algorithm, keyId, signature, payload, compact, claims));
  }

  /**
   * Returns the signer.
   *
   * @return the signer
   */
  public TagSigner signer() {
    return signer;
  }

  /**
   * Returns the verify prefix the tags' text starts with.
   *
   * @return the prefix
   */
  public TagPrefix prefix() {
    return prefix;
  }

  /**
   * Returns the key id the tags carry.
   *
   * @return the signer's key id
   */
  public KeyId keyId() {
    return keyId;
  }

  /**
   * Describes the issuer by its key id, algorithm and prefix; nothing of the signer.
   *
   * @return for example {@code TagIssuer[kid=06e3fd8fda29bb60, ED25519, HTTPS://BATTRANG.VN/T/]}
   */
  @Override
  public String toString() {
    return "TagIssuer[kid=" + keyId + ", " + algorithm + ", " + prefix + "]";
  }

  /** Builds a {@link TagIssuer}; {@link #build()} fails naming a missing setting. */
  public static final class Builder {
    private TagSigner signer;
    private TagPrefix prefix;

    private Builder() {}

    /**
     * Sets the signer: a key in memory ({@code TagKeyPair}) or an HSM or cloud KMS (required).
     *
     * @param signer the member's signer
     * @return this builder
     */
    public Builder signer(TagSigner signer) {
      this.signer = signer;
      return this;
    }

    /**
     * Sets the verify prefix of the village authority (required).
     *
     * @param prefix e.g. {@code TagPrefix.of("HTTPS://BATTRANG.VN/T/")}
     * @return this builder
     */
    public Builder prefix(TagPrefix prefix) {
      this.prefix = prefix;
      return this;
    }

    /**
     * Builds the issuer.
     *
     * @return the issuer
     * @throws InvalidValueException naming the missing setting
     */
    public TagIssuer build() {
      return new TagIssuer(this);
    }
  }
}
