package io.github.craftmark.core.brand;

/**
 * What kind of person or body owns a brand.
 *
 * <p>A collective mark needs a collective organisation ({@link #isCollectiveOrganisation()}); a
 * geographical indication needs {@link #STATE}.
 */
public enum BrandOwnerKind {
  /** Hiệp hội, hội — a trade or craft association. */
  ASSOCIATION("Hiệp hội", "Association", true),
  /** Hợp tác xã — a cooperative. */
  COOPERATIVE("Hợp tác xã", "Cooperative", true),
  /** Tổ hợp tác — a cooperative group. */
  COOPERATIVE_GROUP("Tổ hợp tác", "Cooperative group", true),
  /** Any other lawfully established collective organisation, e.g. a commune-level body. */
  OTHER_ORGANISATION("Tổ chức khác", "Other organisation", true),
  /** Doanh nghiệp — an enterprise. */
  ENTERPRISE("Doanh nghiệp", "Enterprise", false),
  /** Hộ kinh doanh — a household business. */
  HOUSEHOLD_BUSINESS("Hộ kinh doanh", "Household business", false),
  /** Cá nhân — an individual. */
  INDIVIDUAL("Cá nhân", "Individual", false),
  /** Nhà nước — the State, owner of every Vietnamese geographical indication. */
  STATE("Nhà nước", "The State", false);

  private final String nameVi;
  private final String nameEn;
  private final boolean collective;

  BrandOwnerKind(String nameVi, String nameEn, boolean collective) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.collective = collective;
  }

  /**
   * Returns the Vietnamese name.
   *
   * @return the name, NFC
   */
  public String nameVi() {
    return nameVi;
  }

  /**
   * Returns the English name.
   *
   * @return the name
   */
  public String nameEn() {
    return nameEn;
  }

  /**
   * Tells whether this kind may own a collective mark: an association, cooperative, cooperative
   * group or other collective organisation, never an individual, household or single enterprise.
   *
   * @return true for collective organisations
   */
  public boolean isCollectiveOrganisation() {
    return collective;
  }
}
