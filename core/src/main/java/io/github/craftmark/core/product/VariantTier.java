package io.github.craftmark.core.product;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.text.VietnameseText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One axis along which a product varies, such as size or glaze, with its options in display order.
 *
 * <p>Marketplaces allow at most two such tiers (Shopee's tier variations); a product's variants
 * are the combinations of one option per tier.
 *
 * @param name the tier's name in Vietnamese, e.g. {@code "Kích thước"}
 * @param options the options, e.g. {@code ["20 cm", "25 cm"]}; 1..50, distinct ignoring case and
 *     diacritics
 */
public record VariantTier(String name, List<String> options) {
  /** The most options a tier may have. */
  public static final int MAX_OPTIONS = 50;

  /**
   * Validates the tier.
   *
   * @param name the tier's name in Vietnamese, e.g. {@code "Kích thước"}
   * @param options the options, e.g. {@code ["20 cm", "25 cm"]}; 1..50, distinct ignoring case and
   *     diacritics
   */
  public VariantTier {
    name = Checks.text("name", name, 40);
    List<String> raw = Checks.list("options", options);
    if (raw.isEmpty() || raw.size() > MAX_OPTIONS) {
      throw new InvalidValueException(
          "options", "must have 1.." + MAX_OPTIONS + " entries", raw.size());
    }
    Set<String> seen = new HashSet<>();
    List<String> normalised = new java.util.ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String option = Checks.text("options[" + i + "]", raw.get(i), 40);
      if (!seen.add(VietnameseText.searchKey(option))) {
        throw new InvalidValueException(
            "options[" + i + "]", "must not repeat another option", option);
      }
      normalised.add(option);
    }
    options = List.copyOf(normalised);
  }

  /**
   * Returns a tier.
   *
   * @param name the tier's name
   * @param options the options in display order
   * @return the tier
   */
  public static VariantTier of(String name, String... options) {
    return new VariantTier(name, List.of(options));
  }
}
