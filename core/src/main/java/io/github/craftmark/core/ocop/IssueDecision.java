package io.github.craftmark.core.ocop;

import io.github.craftmark.core.internal.Checks;
import java.util.Optional;

/**
 * Whether a level of government could issue an OCOP rating on a day, and why: the answer of {@link
 * OcopRules#mayIssue(IssuerLevel, StarRating, java.time.LocalDate)}.
 *
 * @param allowed true when the level could issue the rating on that day
 * @param reason a sentence naming the level, the rating, the day and the rule applied
 * @param rule the rule applied; empty when no rule covers that level and day
 */
public record IssueDecision(boolean allowed, String reason, Optional<IssuingRule> rule) {
  /**
   * Validates the decision.
   *
   * @param allowed true when the level could issue the rating on that day
   * @param reason a sentence naming the level, the rating, the day and the rule applied
   * @param rule the rule applied; empty when no rule covers that level and day
   */
  public IssueDecision {
    reason = Checks.text("reason", reason);
    rule = Checks.optional(rule);
  }
}
