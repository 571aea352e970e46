package io.github.craftmark.core.ocop;

/**
 * The legal form of an OCOP product owner (chủ thể OCOP), as published in certification decisions.
 */
public enum OcopOwnerKind {
  /** Doanh nghiệp: an enterprise (company). */
  ENTERPRISE("Doanh nghiệp"),
  /** Hợp tác xã: a cooperative. */
  COOPERATIVE("Hợp tác xã"),
  /** Tổ hợp tác: a cooperative group, smaller and less formal than a cooperative. */
  COOPERATIVE_GROUP("Tổ hợp tác"),
  /** Hộ kinh doanh: a registered household business. */
  HOUSEHOLD_BUSINESS("Hộ kinh doanh");

  private final String nameVi;

  OcopOwnerKind(String nameVi) {
    this.nameVi = nameVi;
  }

  /**
   * Returns the Vietnamese name of the legal form.
   *
   * @return the name, NFC
   */
  public String nameVi() {
    return nameVi;
  }
}
