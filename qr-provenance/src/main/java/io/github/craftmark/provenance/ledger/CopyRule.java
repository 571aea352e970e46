package io.github.craftmark.provenance.ledger;

/**
 * The rules of {@link CopyDetectionPolicy} that can flag a tag as probably copied; each has a stable
 * {@link #code()} and a one-line meaning in English and Vietnamese.
 *
 * <p>{@code docs/copy-detection.md} explains each rule, its default threshold and what it cannot
 * catch.
 */
public enum CopyRule {
  /** The serial was scanned in more distinct places within the window than the policy allows. */
  TOO_MANY_PLACES(
      "too-many-places",
      "Scanned in too many different places: copies of the QR code may be in circulation.",
      "Được quét ở quá nhiều nơi khác nhau: mã QR có thể đã bị sao chép."),

  /** The serial was scanned more times within the window than the policy allows. */
  TOO_MANY_SCANS(
      "too-many-scans",
      "Scanned too many times: a genuine item is rarely scanned this often.",
      "Được quét quá nhiều lần: sản phẩm thật hiếm khi được quét nhiều như vậy."),

  /** Two scans were farther apart than anyone could travel in the time between them. */
  IMPOSSIBLE_TRAVEL(
      "impossible-travel",
      "Scanned in two places too far apart for the time between the scans.",
      "Được quét ở hai nơi quá xa nhau so với thời gian giữa hai lần quét."),

  /** The serial was claimed, and is now scanned far from where it was claimed. */
  SCANNED_FAR_FROM_CLAIM(
      "scanned-far-from-claim",
      "Scanned far from where the item was claimed by its buyer.",
      "Được quét ở nơi cách xa nơi người mua đã xác nhận sản phẩm.");

  private final String code;
  private final String meaning;
  private final String meaningVi;

  CopyRule(String code, String meaning, String meaningVi) {
    this.code = code;
    this.meaning = meaning;
    this.meaningVi = meaningVi;
  }

  /**
   * Returns the stable code, e.g. {@code "impossible-travel"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns what the rule means, in English.
   *
   * @return one line
   */
  public String meaning() {
    return meaning;
  }

  /**
   * Returns what the rule means, in Vietnamese.
   *
   * @return one line
   */
  public String meaningVi() {
    return meaningVi;
  }
}
