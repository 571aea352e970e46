package io.github.craftmark.core.producer;

/**
 * The legal form of a producer, which decides what registration it must show and how platforms
 * treat it for tax.
 */
public enum ProducerType {
  /** Hộ kinh doanh: a household business, registered with the commune-level authority. */
  HOUSEHOLD_BUSINESS("Hộ kinh doanh", false),
  /** Hợp tác xã: a cooperative, registered under the Law on Cooperatives. */
  COOPERATIVE("Hợp tác xã", true),
  /** Tổ hợp tác: a cooperative group, a contract-based group without legal personality. */
  COOPERATIVE_GROUP("Tổ hợp tác", false),
  /** Doanh nghiệp: an enterprise registered under the Law on Enterprises. */
  ENTERPRISE("Doanh nghiệp", true),
  /** Nghệ nhân, cá nhân: an artisan or other individual selling in their own name. */
  INDIVIDUAL_ARTISAN("Cá nhân, nghệ nhân", false);

  private final String nameVi;
  private final boolean taxCodeRequired;

  ProducerType(String nameVi, boolean taxCodeRequired) {
    this.nameVi = nameVi;
    this.taxCodeRequired = taxCodeRequired;
  }

  /**
   * Returns the Vietnamese name, e.g. {@code "Hộ kinh doanh"}.
   *
   * @return the name
   */
  public String nameVi() {
    return nameVi;
  }

  /**
   * Tells whether a producer of this type must have a tax code in CraftMark: enterprises and
   * cooperatives always have one (their enterprise or cooperative code is their tax code); the
   * others may not have one yet, or use a personal identification number.
   *
   * @return true for {@link #ENTERPRISE} and {@link #COOPERATIVE}
   */
  public boolean isTaxCodeRequired() {
    return taxCodeRequired;
  }

  /**
   * Tells whether platforms withhold tax for sellers of this type: household businesses and
   * individuals (Decree 117/2025/NĐ-CP).
   *
   * @return true for {@link #HOUSEHOLD_BUSINESS} and {@link #INDIVIDUAL_ARTISAN}
   */
  public boolean isHouseholdOrIndividual() {
    return this == HOUSEHOLD_BUSINESS || this == INDIVIDUAL_ARTISAN;
  }
}
