package io.github.craftmark.core.id;

import io.github.craftmark.core.internal.IdRules;

/**
 * Identifies a producer within a CraftMark application: 1 to 64 characters of ASCII letters,
 * digits, {@code .}, {@code _}, {@code :} and {@code -}.
 *
 * <p>The id is the application's own key (a database key, a slug); it is not an official
 * registration number.
 *
 * @param value the id text
 */
public record ProducerId(String value) {
  /**
   * Validates the id.
   *
   * @param value the id text
   */
  public ProducerId {
    value = IdRules.check("producerId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   */
  public static ProducerId of(String value) {
    return new ProducerId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
