package io.github.craftmark.core.compliance;

import io.github.craftmark.core.money.Money;
import java.util.Optional;

/**
 * What {@link WithholdingTaxTable#withhold} decided for one transaction: either the tax to withhold
 * ({@link WithheldTax}) or that no withholding rule was in force on that date ({@link
 * NoWithholdingRule}).
 *
 * <pre>{@code
 * WithholdingOutcome outcome = WithholdingTaxTable.defaultTable()
 *     .withhold(price, SupplyCategory.GOODS, Residency.RESIDENT, orderDate);
 * if (outcome instanceof WithheldTax tax) {
 *   payout = price.minus(tax.total());
 * }
 * }</pre>
 */
public sealed interface WithholdingOutcome permits WithheldTax, NoWithholdingRule {
  /**
   * Tells whether a rule was in force, so tax is withheld (possibly 0 đồng).
   *
   * @return true for a {@link WithheldTax}
   */
  boolean hasWithholding();

  /**
   * Returns the total withheld: VAT plus PIT, or zero when no rule was in force.
   *
   * @return the amount the platform keeps back
   */
  Money totalWithheld();

  /**
   * Returns the withheld tax, if a rule was in force.
   *
   * @return the tax, or empty for {@link NoWithholdingRule}
   */
  Optional<WithheldTax> withheldTax();
}
