package io.github.craftmark.provenance.tag;

/**
 * Why a tag was not accepted as genuine, in the order the verifier checks ({@code
 * docs/tag-format.md} § 7).
 *
 * <p>Each reason has a stable {@link #code()} for programs and logs and a one-line English {@link
 * #explanation()} for people.
 */
public enum RejectionReason {
  /** No QR code could be read from the image. */
  UNREADABLE_IMAGE("unreadable-image", "No QR code could be read from the image."),

  /** The text is not a well-formed CraftMark tag. */
  MALFORMED("malformed", "The text is not a well-formed CraftMark tag."),

  /** The tag is of a format version or algorithm this verifier does not know. */
  UNSUPPORTED_VERSION(
      "unsupported-version",
      "The tag uses a format version or algorithm this verifier does not know."),

  /** No trusted member certificate has the tag's key id. */
  UNKNOWN_ISSUER("unknown-issuer", "No trusted member certificate has the tag's key id."),

  /** The signature does not match the tag's content and the issuer's key. */
  BAD_SIGNATURE(
      "bad-signature", "The signature does not match the tag's content and the issuer's key."),

  /** The village authority has revoked the issuer's key. */
  ISSUER_REVOKED("issuer-revoked", "The village authority has revoked the issuer's key."),

  /** The tag's date made is outside the validity of the issuer's certificate. */
  ISSUER_OUTSIDE_VALIDITY(
      "issuer-outside-validity",
      "The tag's date made is outside the validity of the issuer's certificate."),

  /** The issuer may not use the tag's brand. */
  ISSUER_NOT_AUTHORISED_FOR_BRAND(
      "issuer-not-authorised-for-brand", "The issuer may not use the tag's brand."),

  /** The issuer may not tag products of the tag's craft category. */
  ISSUER_NOT_AUTHORISED_FOR_CATEGORY(
      "issuer-not-authorised-for-category",
      "The issuer may not tag products of this craft category."),

  /** The village authority has revoked this tag. */
  TAG_REVOKED("tag-revoked", "The village authority has revoked this tag."),

  /** The trust list is past its next update: the verifier needs the latest list. */
  TRUST_LIST_STALE("trust-list-stale", "The trust list is past its next update; get the latest.");

  private final String code;
  private final String explanation;

  RejectionReason(String code, String explanation) {
    this.code = code;
    this.explanation = explanation;
  }

  /**
   * Returns the stable code, such as {@code "bad-signature"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns a one-line English explanation for people.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanation;
  }
}
