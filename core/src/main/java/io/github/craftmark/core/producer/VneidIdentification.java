package io.github.craftmark.core.producer;

import io.github.craftmark.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Records that a seller has been identified through VNeID, the national electronic identification
 * that the Law on E-commerce 122/2025/QH15 (effective 1 July 2026) requires of sellers on
 * platforms.
 *
 * @param identifiedOn the date the platform or portal confirmed the identification
 * @param reference the platform's or portal's reference for the identification, if any; never the
 *     personal identification number itself
 */
public record VneidIdentification(LocalDate identifiedOn, Optional<String> reference) {
  /**
   * Validates the fields.
   *
   * @param identifiedOn the date the platform or portal confirmed the identification
   * @param reference the platform's or portal's reference for the identification, if any; never the
   *     personal identification number itself
   */
  public VneidIdentification {
    Checks.notNull("identifiedOn", identifiedOn);
    reference = reference == null
        ? Optional.empty()
        : Optional.ofNullable(Checks.optionalText("reference", reference.orElse(null)));
  }
}
