package io.github.craftmark.core.address;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.util.List;

/**
 * One of Viet Nam's provincial-level units since 1 July 2025: 6 centrally run cities and 28
 * provinces (Resolution 202/2025/QH15), each with its official code.
 *
 * <p>Get them from {@link Provinces#standard()}, e.g. {@code Provinces.standard().get("Hà Nội")}.
 * Each unit lists the earlier provinces it absorbed ({@link #legacy()}), so that a certificate
 * issued in "Tỉnh Nam Định" resolves to today's Tỉnh Ninh Bình. In JSON a province is written by its
 * code ({@code "01"}).
 *
 * @param code the two-digit administrative unit code (Decision 19/2025/QĐ-TTg), e.g. {@code "01"}
 * @param name the official name with its prefix, e.g. {@code "Thành phố Hà Nội"}
 * @param shortName the name without prefix, e.g. {@code "Hà Nội"}
 * @param kind city or province
 * @param aliases other names in common use, e.g. {@code "TP.HCM"}
 * @param legacy former provincial-level units now inside this one
 */
public record Province(
    String code,
    String name,
    String shortName,
    ProvinceKind kind,
    List<String> aliases,
    List<LegacyProvince> legacy) {

  /**
   * Validates the fields.
   *
   * @param code the two-digit administrative unit code (Decision 19/2025/QĐ-TTg), e.g. {@code "01"}
   * @param name the official name with its prefix, e.g. {@code "Thành phố Hà Nội"}
   * @param shortName the name without prefix, e.g. {@code "Hà Nội"}
   * @param kind city or province
   * @param aliases other names in common use, e.g. {@code "TP.HCM"}
   * @param legacy former provincial-level units now inside this one
   */
  public Province {
    Checks.notNull("code", code);
    if (!code.matches("[0-9]{2}")) {
      throw new InvalidValueException("code", "must be 2 digits", code);
    }
    name = Checks.text("name", name, 100);
    shortName = Checks.text("shortName", shortName, 100);
    Checks.notNull("kind", kind);
    aliases = Checks.list("aliases", aliases).stream()
        .map(alias -> Checks.text("aliases", alias, 100))
        .toList();
    legacy = Checks.list("legacy", legacy);
  }

  @Override
  public String toString() {
    return name;
  }
}
