package io.github.craftmark.core.compliance;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The withholding rates in force over one period, with the legal text that sets them.
 *
 * <p>{@code rates} must cover {@link SupplyCategory#GOODS}, {@link SupplyCategory#SERVICES} and
 * {@link SupplyCategory#TRANSPORT_AND_GOODS_RELATED_SERVICES}. {@link SupplyCategory#UNKNOWN} may
 * be given; when it is not, an unknown category gets the highest VAT and the highest PIT rates of
 * the set, as Decree 117/2025/NĐ-CP prescribes when the platform cannot tell goods from services.
 * The rates are kept sorted by category so JSON output is stable.
 *
 * @param effectiveFrom the first day the rates apply
 * @param effectiveUntil the last day the rates apply (inclusive); empty while in force
 * @param legalBasis the legal text, e.g. {@code "Decree 117/2025/NĐ-CP"}
 * @param rates one entry per category, no category twice
 */
public record WithholdingRateSet(
    LocalDate effectiveFrom,
    Optional<LocalDate> effectiveUntil,
    String legalBasis,
    List<CategoryRates> rates) {
  private static final Set<SupplyCategory> REQUIRED = EnumSet.of(
      SupplyCategory.GOODS,
      SupplyCategory.SERVICES,
      SupplyCategory.TRANSPORT_AND_GOODS_RELATED_SERVICES);

  /**
   * Validates the period and the rates.
   *
   * @param effectiveFrom the first day the rates apply
   * @param effectiveUntil the last day the rates apply (inclusive); empty while in force
   * @param legalBasis the legal text, e.g. {@code "Decree 117/2025/NĐ-CP"}
   * @param rates one entry per category, no category twice
   */
  public WithholdingRateSet {
    Checks.notNull("effectiveFrom", effectiveFrom);
    effectiveUntil = Checks.optional(effectiveUntil);
    if (effectiveUntil.isPresent() && effectiveUntil.get().isBefore(effectiveFrom)) {
      throw new InvalidValueException(
          "effectiveUntil",
          "must not be before effectiveFrom " + effectiveFrom,
          effectiveUntil.get());
    }
    legalBasis = Checks.text("legalBasis", legalBasis, 200);
    List<CategoryRates> sorted = new ArrayList<>(Checks.list("rates", rates));
    sorted.sort(Comparator.comparing(CategoryRates::category));
    Set<SupplyCategory> seen = EnumSet.noneOf(SupplyCategory.class);
    for (CategoryRates rate : sorted) {
      if (!seen.add(rate.category())) {
        throw new InvalidValueException("rates", "must not repeat a category", rate.category());
      }
    }
    for (SupplyCategory required : REQUIRED) {
      if (!seen.contains(required)) {
        throw new InvalidValueException("rates", "must include the category", required);
      }
    }
    rates = List.copyOf(sorted);
  }

  /**
   * Returns a rate set in force from {@code effectiveFrom} with no end date.
   *
   * @param effectiveFrom the first day the rates apply
   * @param legalBasis the legal text
   * @param rates the rates, one per category
   * @return the rate set
   */
  public static WithholdingRateSet of(
      LocalDate effectiveFrom, String legalBasis, List<CategoryRates> rates) {
    return new WithholdingRateSet(effectiveFrom, Optional.empty(), legalBasis, rates);
  }

  /**
   * Returns a copy that ends on {@code lastDay}, e.g. when a new decree replaces these rates.
   *
   * @param lastDay the last day the rates apply (inclusive)
   * @return the new rate set
   */
  public WithholdingRateSet withEffectiveUntil(LocalDate lastDay) {
    return new WithholdingRateSet(effectiveFrom, Optional.of(lastDay), legalBasis, rates);
  }

  /**
   * Tells whether these rates apply on {@code date}.
   *
   * @param date the transaction date
   * @return true when {@code effectiveFrom <= date <= effectiveUntil}
   */
  public boolean isInForceOn(LocalDate date) {
    Checks.notNull("date", date);
    return !date.isBefore(effectiveFrom)
        && effectiveUntil.map(u -> !date.isAfter(u)).orElse(true);
  }

  /**
   * Returns the rates for a category; for {@link SupplyCategory#UNKNOWN} without its own entry, the
   * highest rate of each tax.
   *
   * @param category the supply category
   * @return the rates to apply
   */
  public CategoryRates ratesFor(SupplyCategory category) {
    Checks.notNull("category", category);
    for (CategoryRates rate : rates) {
      if (rate.category() == category) {
        return rate;
      }
    }
    // Only UNKNOWN can be missing: the constructor requires the other three.
    int vat = 0;
    int resident = 0;
    int nonResident = 0;
    for (CategoryRates rate : rates) {
      vat = Math.max(vat, rate.vatBasisPoints());
      resident = Math.max(resident, rate.residentPitBasisPoints());
      nonResident = Math.max(nonResident, rate.nonResidentPitBasisPoints());
    }
    return new CategoryRates(SupplyCategory.UNKNOWN, vat, resident, nonResident);
  }
}
