package io.github.craftmark.core.compliance;

import io.github.craftmark.core.internal.Checks;

/**
 * The withholding rates of one {@link SupplyCategory}, in basis points of gross revenue (100 = 1%,
 * 50 = 0.5%).
 *
 * <p>Under Decree 117/2025/NĐ-CP goods are VAT 100, PIT 50 (resident) / 100 (non-resident).
 * Integers keep rates exact: no floating point ever touches money.
 *
 * @param category the supply category these rates apply to
 * @param vatBasisPoints VAT withheld, 0..10000
 * @param residentPitBasisPoints personal income tax withheld from a resident, 0..10000
 * @param nonResidentPitBasisPoints personal income tax withheld from a non-resident, 0..10000
 */
public record CategoryRates(
    SupplyCategory category,
    int vatBasisPoints,
    int residentPitBasisPoints,
    int nonResidentPitBasisPoints) {
  /**
   * Validates the rates.
   *
   * @param category the supply category these rates apply to
   * @param vatBasisPoints VAT withheld, 0..10000
   * @param residentPitBasisPoints personal income tax withheld from a resident, 0..10000
   * @param nonResidentPitBasisPoints personal income tax withheld from a non-resident, 0..10000
   */
  public CategoryRates {
    Checks.notNull("category", category);
    Checks.inRange("vatBasisPoints", vatBasisPoints, 0, 10_000);
    Checks.inRange("residentPitBasisPoints", residentPitBasisPoints, 0, 10_000);
    Checks.inRange("nonResidentPitBasisPoints", nonResidentPitBasisPoints, 0, 10_000);
  }

  /**
   * Returns the rates of a category.
   *
   * @param category the category
   * @param vatBasisPoints VAT in basis points
   * @param residentPitBasisPoints PIT for residents in basis points
   * @param nonResidentPitBasisPoints PIT for non-residents in basis points
   * @return the rates
   */
  public static CategoryRates of(
      SupplyCategory category,
      int vatBasisPoints,
      int residentPitBasisPoints,
      int nonResidentPitBasisPoints) {
    return new CategoryRates(
        category, vatBasisPoints, residentPitBasisPoints, nonResidentPitBasisPoints);
  }

  /**
   * Returns the PIT rate for a seller's residency.
   *
   * @param residency the seller's residency
   * @return the PIT rate in basis points
   */
  public int pitBasisPoints(Residency residency) {
    Checks.notNull("residency", residency);
    return residency == Residency.RESIDENT ? residentPitBasisPoints : nonResidentPitBasisPoints;
  }
}
