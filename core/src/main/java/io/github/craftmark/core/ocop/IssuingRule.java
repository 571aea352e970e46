package io.github.craftmark.core.ocop;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One row of the table of who may issue OCOP certificates: during a period, a level of government
 * may issue certain star ratings.
 *
 * <p>An empty {@code stars} list records that the level issued nothing in that period (for
 * example, a district after 1 Jul 2025), so that the reason given to users names the rule.
 *
 * @param from the first day of the period, inclusive
 * @param until the last day of the period, inclusive; empty while the rule is current
 * @param level the level of government
 * @param stars the ratings that level may issue, ascending; may be empty
 * @param legalBasis the decision the rule comes from, and any note, in plain text
 */
public record IssuingRule(
    LocalDate from,
    Optional<LocalDate> until,
    IssuerLevel level,
    List<StarRating> stars,
    String legalBasis) {
  /**
   * Validates the rule.
   *
   * @throws InvalidValueException when {@code until} is before {@code from} or a field is missing
   *
   * @param from the first day of the period, inclusive
   * @param until the last day of the period, inclusive; empty while the rule is current
   * @param level the level of government
   * @param stars the ratings that level may issue, ascending; may be empty
   * @param legalBasis the decision the rule comes from, and any note, in plain text
   */
  public IssuingRule {
    Checks.notNull("from", from);
    until = Checks.optional(until);
    if (until.isPresent() && until.get().isBefore(from)) {
      throw new InvalidValueException("until", "must not be before from " + from, until.get());
    }
    Checks.notNull("level", level);
    stars = Checks.list("stars", stars).stream().sorted().distinct().toList();
    legalBasis = Checks.text("legalBasis", legalBasis, 500);
  }

  /**
   * Returns a rule.
   *
   * @param from the first day, inclusive
   * @param until the last day, inclusive, or null while current
   * @param level the level of government
   * @param stars the ratings it may issue
   * @param legalBasis the decision the rule comes from
   * @return the rule
   */
  public static IssuingRule of(
      LocalDate from,
      LocalDate until,
      IssuerLevel level,
      List<StarRating> stars,
      String legalBasis) {
    return new IssuingRule(from, Optional.ofNullable(until), level, stars, legalBasis);
  }

  /**
   * Tells whether {@code date} falls in the rule's period.
   *
   * @param date the day
   * @return true when {@code from <= date <= until}
   */
  public boolean covers(LocalDate date) {
    Checks.notNull("date", date);
    return !date.isBefore(from) && until.map(u -> !date.isAfter(u)).orElse(true);
  }

  boolean overlaps(IssuingRule other) {
    boolean startsAfterOtherEnds = other.until.map(from::isAfter).orElse(false);
    boolean endsBeforeOtherStarts = until.map(u -> u.isBefore(other.from)).orElse(false);
    return !startsAfterOtherEnds && !endsBeforeOtherStarts;
  }
}
