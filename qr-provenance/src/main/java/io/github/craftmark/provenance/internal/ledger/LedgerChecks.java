package io.github.craftmark.provenance.internal.ledger;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.tag.TagSerial;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Argument checks shared by the ledger's types and stores. */
public final class LedgerChecks {
  private LedgerChecks() {}

  /**
   * Fails when {@code value} is null.
   *
   * @param <T> the value's type
   * @param field the field's name
   * @param value the value
   * @return the value
   */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new InvalidValueException(field, "must not be null", null);
    }
    return value;
  }

  /**
   * Checks a serial argument.
   *
   * @param serial the serial
   * @return the serial
   */
  public static TagSerial serial(TagSerial serial) {
    return notNull("serial", serial);
  }

  /**
   * Checks an instant and truncates it to milliseconds, the precision every store keeps.
   *
   * @param field the field's name
   * @param at the instant
   * @return the instant truncated to milliseconds
   */
  public static Instant millis(String field, Instant at) {
    return notNull(field, at).truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * Checks a window {@code (from, to]}.
   *
   * @param from the exclusive start
   * @param to the inclusive end
   */
  public static void window(Instant from, Instant to) {
    notNull("from", from);
    notNull("to", to);
    if (from.isAfter(to)) {
      throw new InvalidValueException("from", "must not be after to " + to, from);
    }
  }

  /**
   * Checks a result limit.
   *
   * @param limit the limit
   * @param max the largest allowed
   */
  public static void limit(int limit, int max) {
    if (limit < 1 || limit > max) {
      throw new InvalidValueException("limit", "must be 1.." + max, limit);
    }
  }
}
