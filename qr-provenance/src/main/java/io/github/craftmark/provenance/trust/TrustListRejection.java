package io.github.craftmark.provenance.trust;

/**
 * Why a trust store refused a trust list. The store is left unchanged by a refused list.
 *
 * <p>The order of the checks, and so which reason a list with several faults gets, is given in
 * {@code docs/trust-list-format.md}.
 */
public enum TrustListRejection {
  /** Not a well-formed trust list: size, CBOR, COSE, a field or a member certificate. */
  MALFORMED("malformed", "The trust list is not well-formed."),
  /** No pinned authority root key has the key id and algorithm the list names. */
  UNKNOWN_AUTHORITY(
      "unknown-authority",
      "The trust list is signed by a key that is not a pinned authority root."),
  /** The list, or one of its member certificates, is not signed by the authority root. */
  BAD_SIGNATURE(
      "bad-signature",
      "The signature of the trust list or of a member certificate in it does not verify."),
  /** The signing root may not speak for the authority id the list names. */
  AUTHORITY_MISMATCH(
      "authority-mismatch",
      "The trust list names an authority its signing root is not pinned or bound for."),
  /** The list is older than the one the store holds for that authority. */
  ROLLBACK("rollback", "The trust list is older than the one already accepted."),
  /** The list has the same sequence as the one the store holds but different content. */
  SEQUENCE_REUSED(
      "sequence-reused",
      "The trust list reuses the sequence number of the accepted list with different content."),
  /** The list was already past its next update when it arrived. */
  EXPIRED("expired", "The trust list is past its next update time; fetch a fresh one.");

  private final String code;
  private final String explanation;

  TrustListRejection(String code, String explanation) {
    this.code = code;
    this.explanation = explanation;
  }

  /**
   * Returns a stable lower-case code for logs and APIs, such as {@code "rollback"}.
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
