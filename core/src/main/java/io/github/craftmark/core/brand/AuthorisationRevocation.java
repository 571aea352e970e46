package io.github.craftmark.core.brand;

import io.github.craftmark.core.internal.Checks;
import java.time.LocalDate;

/**
 * The withdrawal of a producer's right to use a brand, e.g. a member expelled for breaking the
 * regulation on use.
 *
 * @param date the first day the producer may no longer use the brand (inclusive)
 * @param reason why, or the reference of the decision
 */
public record AuthorisationRevocation(LocalDate date, String reason) {
  /**
   * Validates the revocation.
   *
   * @param date the first day the producer may no longer use the brand (inclusive)
   * @param reason why, or the reference of the decision
   */
  public AuthorisationRevocation {
    Checks.notNull("date", date);
    reason = Checks.text("reason", reason, 500);
  }
}
