package io.github.craftmark.core.brand;

import io.github.craftmark.core.internal.Checks;
import java.time.LocalDate;

/**
 * The end of a granted brand's protection by decision (termination or annulment), before its term
 * runs out.
 *
 * <p>The brand is not in force from {@code effectiveFrom} on, that day included. An annulment that
 * voids the right from the start takes the grant date as {@code effectiveFrom}.
 *
 * @param effectiveFrom the first day the brand is no longer in force
 * @param reason the reason or the decision's reference, e.g. {@code "Quyết định số …"}
 */
public record Invalidation(LocalDate effectiveFrom, String reason) {
  /**
   * Validates the invalidation.
   *
   * @param effectiveFrom the first day the brand is no longer in force
   * @param reason the reason or the decision's reference, e.g. {@code "Quyết định số …"}
   */
  public Invalidation {
    Checks.notNull("effectiveFrom", effectiveFrom);
    reason = Checks.text("reason", reason, 500);
  }
}
