package io.github.craftmark.core.brand;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When a granted brand is protected: from a first day to an optional last day, both inclusive.
 *
 * <p>The law sets the term, the SDK does not: a mark (ordinary, collective or certification) is
 * protected from grant until ten years after filing and renewable; a geographical indication is
 * protected indefinitely, so {@code until} is left out. Record a renewal by extending {@code
 * until}.
 *
 * @param from the first day of protection, usually the grant date
 * @param until the last day of protection, absent when indefinite
 */
public record ProtectionPeriod(LocalDate from, Optional<LocalDate> until) {
  /**
   * Validates that {@code until} is not before {@code from}.
   *
   * @param from the first day of protection, usually the grant date
   * @param until the last day of protection, absent when indefinite
   */
  public ProtectionPeriod {
    Checks.notNull("from", from);
    until = Checks.optional(until);
    if (until.isPresent() && until.get().isBefore(from)) {
      throw new InvalidValueException("until", "must not be before from " + from, until.get());
    }
  }

  /**
   * Returns a period with a last day.
   *
   * @param from the first day
   * @param until the last day
   * @return the period
   */
  public static ProtectionPeriod of(LocalDate from, LocalDate until) {
    return new ProtectionPeriod(from, Optional.of(Checks.notNull("until", until)));
  }

  /**
   * Returns a period with no last day, as for a geographical indication.
   *
   * @param from the first day
   * @return the period
   */
  public static ProtectionPeriod indefiniteFrom(LocalDate from) {
    return new ProtectionPeriod(from, Optional.empty());
  }

  /**
   * Tells whether {@code date} is within the period, both ends included.
   *
   * @param date the date
   * @return true when {@code from <= date <= until}
   */
  public boolean contains(LocalDate date) {
    Checks.notNull("date", date);
    return !date.isBefore(from) && (until.isEmpty() || !date.isAfter(until.get()));
  }
}
