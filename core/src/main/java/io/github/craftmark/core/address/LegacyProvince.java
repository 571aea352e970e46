package io.github.craftmark.core.address;

import io.github.craftmark.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A former provincial-level unit now part of a current one, kept so that documents dated before the
 * change stay readable: {@code "Nam Định"}, merged into Ninh Bình on 1 July 2025.
 *
 * @param name the short name of the former unit, e.g. {@code "Hà Tây"}
 * @param replacedOn the first day the former unit no longer existed under this name
 * @param legalBasis the resolution that made the change, e.g. {@code "Resolution 202/2025/QH15"}
 */
public record LegacyProvince(String name, LocalDate replacedOn, Optional<String> legalBasis) {
  /**
   * Validates the fields.
   *
   * @param name the short name of the former unit, e.g. {@code "Hà Tây"}
   * @param replacedOn the first day the former unit no longer existed under this name
   * @param legalBasis the resolution that made the change, e.g. {@code "Resolution 202/2025/QH15"}
   */
  public LegacyProvince {
    name = Checks.text("name", name, 100);
    Checks.notNull("replacedOn", replacedOn);
    legalBasis = legalBasis == null
        ? Optional.empty()
        : Optional.ofNullable(Checks.optionalText("legalBasis", legalBasis.orElse(null)));
  }
}
