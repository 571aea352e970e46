package io.github.craftmark.core.compliance;

import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * No withholding rule was in force on the transaction date, so the platform withholds nothing:
 * for the default table, any date before 1 July 2025, when Decree 117/2025/NĐ-CP took effect.
 *
 * <p>The seller then declares and pays these taxes themselves; this outcome says only that the
 * table has no rate for that date.
 *
 * @param transactionDate the date asked about
 */
public record NoWithholdingRule(LocalDate transactionDate) implements WithholdingOutcome {
  /**
   * Validates the date.
   *
   * @param transactionDate the date asked about
   */
  public NoWithholdingRule {
    Checks.notNull("transactionDate", transactionDate);
  }

  @Override
  public boolean hasWithholding() {
    return false;
  }

  @Override
  public Money totalWithheld() {
    return Money.ZERO;
  }

  @Override
  public Optional<WithheldTax> withheldTax() {
    return Optional.empty();
  }
}
