package io.github.craftmark.core.compliance;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.money.Money;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The dated rates at which e-commerce platforms withhold VAT and personal income tax from household
 * and individual sellers, and the calculation of what they withhold.
 *
 * <p>Decree 117/2025/NĐ-CP (in force from 1 July 2025) has platforms with a payment function
 * withhold tax on each transaction's gross revenue. {@link #defaultTable()} holds its rates, in
 * basis points:
 *
 * <table>
 *   <caption>Decree 117/2025/NĐ-CP withholding rates</caption>
 *   <tr><th>Category</th><th>VAT</th><th>PIT resident</th><th>PIT non-resident</th></tr>
 *   <tr><td>goods</td><td>1%</td><td>0.5%</td><td>1%</td></tr>
 *   <tr><td>services</td><td>5%</td><td>2%</td><td>5%</td></tr>
 *   <tr><td>transport, goods-related services</td><td>3%</td><td>1.5%</td><td>2%</td></tr>
 *   <tr><td>unknown</td><td colspan="3">the highest rate of each tax (the services rates)</td></tr>
 * </table>
 *
 * <p>Rates change by law, so the table is data: build your own with {@link
 * #of(WithholdingRateSet...)} (e.g. the default's set closed with {@link
 * WithholdingRateSet#withEffectiveUntil} plus a new one), or read it from JSON. Periods must not
 * overlap. A date no set covers gives a {@link NoWithholdingRule}, not an exception.
 *
 * <p>Rounding: each tax is computed separately from gross and rounded to whole đồng, {@link
 * #DEFAULT_ROUNDING} ({@code HALF_UP}) unless the caller passes another mode; the total is VAT plus
 * PIT. The decree does not state a rounding rule; {@code HALF_UP} is the SDK's choice, and a
 * platform that rounds otherwise passes its own mode. Refunds: a negative gross gives negative
 * taxes, and with {@code HALF_UP} (or any mode symmetric about zero) exactly the negation of the
 * tax on the matching sale.
 *
 * @param rateSets the rate sets, kept sorted by {@code effectiveFrom}; at least one
 */
public record WithholdingTaxTable(List<WithholdingRateSet> rateSets) {
  /** The rounding used when none is given: each tax rounded half up to whole đồng. */
  public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_UP;

  /** The legal basis of the default rates. */
  public static final String DECREE_117_2025 = "Decree 117/2025/NĐ-CP";

  /** The day Decree 117/2025/NĐ-CP took effect. */
  public static final LocalDate DECREE_117_2025_EFFECTIVE = LocalDate.of(2025, 7, 1);

  private static final WithholdingTaxTable DEFAULT =
      new WithholdingTaxTable(List.of(WithholdingRateSet.of(
          DECREE_117_2025_EFFECTIVE,
          DECREE_117_2025,
          List.of(
              CategoryRates.of(SupplyCategory.GOODS, 100, 50, 100),
              CategoryRates.of(SupplyCategory.SERVICES, 500, 200, 500),
              CategoryRates.of(
                  SupplyCategory.TRANSPORT_AND_GOODS_RELATED_SERVICES, 300, 150, 200)))));

  /**
   * Sorts the sets by start date and rejects an empty table or overlapping periods.
   *
   * @param rateSets the rate sets, kept sorted by {@code effectiveFrom}; at least one
   */
  public WithholdingTaxTable {
    List<WithholdingRateSet> sorted = new ArrayList<>(Checks.list("rateSets", rateSets));
    if (sorted.isEmpty()) {
      throw new InvalidValueException("rateSets", "must not be empty", sorted);
    }
    sorted.sort(Comparator.comparing(WithholdingRateSet::effectiveFrom));
    for (int i = 1; i < sorted.size(); i++) {
      WithholdingRateSet earlier = sorted.get(i - 1);
      WithholdingRateSet later = sorted.get(i);
      if (earlier.effectiveUntil().map(u -> !u.isBefore(later.effectiveFrom())).orElse(true)) {
        throw new InvalidValueException(
            "rateSets",
            "must not overlap",
            period(earlier) + " (" + earlier.legalBasis() + ") and " + period(later) + " ("
                + later.legalBasis() + ")");
      }
    }
    rateSets = List.copyOf(sorted);
  }

  private static String period(WithholdingRateSet set) {
    return set.effectiveFrom() + ".."
        + set.effectiveUntil().map(LocalDate::toString).orElse("");
  }

  /**
   * Returns the rates of Decree 117/2025/NĐ-CP, in force from 1 July 2025 with no end date.
   *
   * @return the default table
   */
  public static WithholdingTaxTable defaultTable() {
    return DEFAULT;
  }

  /**
   * Returns a table of the given rate sets.
   *
   * @param rateSets the rate sets, any order, periods not overlapping
   * @return the table
   * @throws InvalidValueException when empty or when two periods overlap
   */
  public static WithholdingTaxTable of(WithholdingRateSet... rateSets) {
    return new WithholdingTaxTable(Arrays.asList(Checks.notNull("rateSets", rateSets)));
  }

  /**
   * Returns the rate set in force on {@code date}.
   *
   * @param date the transaction date
   * @return the set, or empty when no set covers the date
   */
  public Optional<WithholdingRateSet> rateSetOn(LocalDate date) {
    Checks.notNull("date", date);
    return rateSets.stream().filter(set -> set.isInForceOn(date)).findFirst();
  }

  /**
   * Computes the tax a platform withholds from one transaction, rounding with {@link
   * #DEFAULT_ROUNDING}.
   *
   * <p>1.250.000 ₫ of goods from a resident on 1 July 2025: VAT 12.500 ₫, PIT 6.250 ₫.
   *
   * @param gross the gross revenue of the transaction; negative for a refund
   * @param category what was supplied; {@link SupplyCategory#UNKNOWN} gets the highest rates
   * @param residency the seller's residency, for the PIT rate
   * @param transactionDate the transaction date, which picks the rates in force
   * @return the withheld tax, or {@link NoWithholdingRule} when no rate set covers the date
   */
  public WithholdingOutcome withhold(
      Money gross, SupplyCategory category, Residency residency, LocalDate transactionDate) {
    return withhold(gross, category, residency, transactionDate, DEFAULT_ROUNDING);
  }

  /**
   * Computes the tax a platform withholds from one transaction, rounding each tax with {@code
   * rounding}.
   *
   * @param gross the gross revenue of the transaction; negative for a refund
   * @param category what was supplied; {@link SupplyCategory#UNKNOWN} gets the highest rates
   * @param residency the seller's residency, for the PIT rate
   * @param transactionDate the transaction date, which picks the rates in force
   * @param rounding how to round each tax to whole đồng
   * @return the withheld tax, or {@link NoWithholdingRule} when no rate set covers the date
   */
  public WithholdingOutcome withhold(
      Money gross,
      SupplyCategory category,
      Residency residency,
      LocalDate transactionDate,
      RoundingMode rounding) {
    Checks.notNull("gross", gross);
    Checks.notNull("category", category);
    Checks.notNull("residency", residency);
    Checks.notNull("transactionDate", transactionDate);
    Checks.notNull("rounding", rounding);
    Optional<WithholdingRateSet> set = rateSetOn(transactionDate);
    if (set.isEmpty()) {
      return new NoWithholdingRule(transactionDate);
    }
    CategoryRates rates = set.get().ratesFor(category);
    return WithheldTax.compute(
        gross,
        rates.vatBasisPoints(),
        rates.pitBasisPoints(residency),
        set.get().legalBasis(),
        rounding);
  }
}
