package io.github.craftmark.core.ocop;

/**
 * The level of government whose People's Committee (UBND) issued an OCOP certificate.
 *
 * <p>Which stars each level may rate depends on the date: see {@link OcopRules}. Districts were
 * abolished on 1 Jul 2025 (two-level local government); {@link #DISTRICT} stays so that older
 * certificates remain readable.
 */
public enum IssuerLevel {
  /** Cấp huyện: a district People's Committee; legacy, no district exists from 1 Jul 2025. */
  DISTRICT("Cấp huyện", true),
  /** Cấp tỉnh: a province or centrally-run city, e.g. UBND Thành phố Hà Nội. */
  PROVINCE("Cấp tỉnh", false),
  /** Cấp trung ương: the central council and ministry, rating 5★ products. */
  CENTRAL("Cấp trung ương", false);

  private final String nameVi;
  private final boolean legacy;

  IssuerLevel(String nameVi, boolean legacy) {
    this.nameVi = nameVi;
    this.legacy = legacy;
  }

  /**
   * Returns the Vietnamese name of the level.
   *
   * @return the name, NFC
   */
  public String nameVi() {
    return nameVi;
  }

  /**
   * Tells whether the level no longer exists and is kept only to read older certificates.
   *
   * @return true for {@link #DISTRICT}
   */
  public boolean isLegacy() {
    return legacy;
  }
}
