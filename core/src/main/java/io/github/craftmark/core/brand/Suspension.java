package io.github.craftmark.core.brand;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A temporary stop to a producer's right to use a brand, e.g. while a quality complaint is
 * investigated.
 *
 * @param from the first day of the suspension (inclusive)
 * @param until the last day of the suspension (inclusive); absent until further notice
 * @param reason why, when recorded
 */
public record Suspension(LocalDate from, Optional<LocalDate> until, Optional<String> reason) {
  /**
   * Validates that {@code until} is not before {@code from}.
   *
   * @param from the first day of the suspension (inclusive)
   * @param until the last day of the suspension (inclusive); absent until further notice
   * @param reason why, when recorded
   */
  public Suspension {
    Checks.notNull("from", from);
    until = Checks.optional(until);
    reason = Optional.ofNullable(
        Checks.optionalText("reason", reason == null ? null : reason.orElse(null)));
    if (until.isPresent() && until.get().isBefore(from)) {
      throw new InvalidValueException("until", "must not be before from " + from, until.get());
    }
  }

  /**
   * Returns a suspension over the given days.
   *
   * @param from the first day
   * @param until the last day
   * @param reason why
   * @return the suspension
   */
  public static Suspension of(LocalDate from, LocalDate until, String reason) {
    return new Suspension(
        from, Optional.of(Checks.notNull("until", until)), Optional.ofNullable(reason));
  }

  /**
   * Tells whether the suspension applies on {@code date}, both ends included.
   *
   * @param date the day
   * @return true when suspended on that day
   */
  public boolean covers(LocalDate date) {
    Checks.notNull("date", date);
    return !date.isBefore(from) && (until.isEmpty() || !date.isAfter(until.get()));
  }
}
