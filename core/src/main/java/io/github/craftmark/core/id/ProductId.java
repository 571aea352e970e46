package io.github.craftmark.core.id;

import io.github.craftmark.core.internal.IdRules;

/**
 * Identifies a product within a CraftMark application: 1 to 64 characters of ASCII letters, digits,
 * {@code .}, {@code _}, {@code :} and {@code -}.
 *
 * <p>The id is the application's own key (a database key, a slug); it is not an official
 * registration number.
 *
 * @param value the id text
 */
public record ProductId(String value) {
  /**
   * Validates the id.
   *
   * @param value the id text
   */
  public ProductId {
    value = IdRules.check("productId", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   */
  public static ProductId of(String value) {
    return new ProductId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
