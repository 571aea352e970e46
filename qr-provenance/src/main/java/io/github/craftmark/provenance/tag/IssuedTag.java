package io.github.craftmark.provenance.tag;

import io.github.craftmark.provenance.internal.tag.TagText;
import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.qr.ErrorCorrection;
import io.github.craftmark.provenance.qr.QrCode;

/**
 * A tag just signed by a {@link TagIssuer}: the text to print as a QR code, and every stage it was
 * made through (the claims, their CBOR, the COSE_Sign1, the compact bytes).
 *
 * <p>Print {@link #text()}: an upper-case URL that phone cameras open and that QR encoders pack as
 * an alphanumeric segment followed by a numeric one.
 */
public final class IssuedTag {
  private final String text;
  private final TagText.Parts parts;

  IssuedTag(String text, TagText.Parts parts) {
    this.text = text;
    this.parts = parts;
  }

  /**
   * Returns the text to put in the QR code, such as {@code "HTTPS://BATTRANG.VN/T/1004…"}.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the claims that were signed.
   *
   * @return the claims
   */
  public TagClaims claims() {
    return parts.claims();
  }

  /**
   * Returns the verify prefix the text starts with.
   *
   * @return the prefix
   */
  public TagPrefix prefix() {
    return parts.prefix();
  }

  /**
   * Returns the algorithm the tag was signed with.
   *
   * @return the algorithm
   */
  public SignatureAlgorithm algorithm() {
    return parts.algorithm();
  }

  /**
   * Returns the signer's key id.
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
   * Returns the full untagged COSE_Sign1 the text stands for.
   *
   * @return the encoded message
   */
  public byte[] coseSign1() {
    return parts.coseSign1();
  }

  /**
   * Returns the bytes that were signed: the COSE Sig_structure.
   *
   * @return the bytes
   */
  public byte[] sigStructure() {
    return parts.sigStructure();
  }

  /**
   * Encodes the tag's QR code: the prefix as an alphanumeric segment, the profile digit and the
   * digits as a numeric segment, in the smallest version that holds them.
   *
   * @param errorCorrection the error correction level; {@link ErrorCorrection#M} for labels
   * @return the QR code, for {@code QrImages.toPng} or {@code QrImages.toSvg}
   */
  public QrCode toQrCode(ErrorCorrection errorCorrection) {
    int digitsAt = parts.prefix().length();
    return QrCode.encode(text.substring(0, digitsAt), text.substring(digitsAt), errorCorrection);
  }

  /** Returns the key id, algorithm and serial. */
  @Override
  public String toString() {
    return "IssuedTag[keyId="
        + parts.keyId()
        + ", algorithm="
        + parts.algorithm()
        + ", serial="
        + parts.claims().serial()
        + "]";
  }
}
