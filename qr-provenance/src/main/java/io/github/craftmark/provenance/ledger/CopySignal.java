package io.github.craftmark.provenance.ledger;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.ledger.LedgerChecks;

/**
 * One copy rule that fired for a scan, and why, with the figures, in English and Vietnamese.
 *
 * @param rule the rule that fired
 * @param detail why, in English, e.g. {@code "Scanned 23 times in 30 days; the limit is 20."}
 * @param detailVi why, in Vietnamese
 */
public record CopySignal(CopyRule rule, String detail, String detailVi) {
  /**
   * Validates the signal.
   *
   * @param rule the rule
   * @param detail why, in English
   * @param detailVi why, in Vietnamese
   */
  public CopySignal {
    LedgerChecks.notNull("rule", rule);
    if (detail == null || detail.isBlank()) {
      throw new InvalidValueException("detail", "must not be blank", detail);
    }
    if (detailVi == null || detailVi.isBlank()) {
      throw new InvalidValueException("detailVi", "must not be blank", detailVi);
    }
  }
}
