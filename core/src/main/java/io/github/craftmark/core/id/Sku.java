package io.github.craftmark.core.id;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.text.VietnameseText;
import java.util.Locale;

/**
 * A seller's stock-keeping unit: 1 to 64 ASCII letters, digits, {@code -}, {@code _}, {@code .} and
 * {@code /}, neither starting nor ending with one of those separators. Case is preserved.
 *
 * <p>Marketplaces accept longer SKUs with more characters; CraftMark is stricter so that one SKU
 * works unchanged on every platform, in file names, URLs and QR payloads.
 *
 * @param value the SKU text
 */
public record Sku(String value) {
  /** The longest SKU accepted, in characters. */
  public static final int MAX_LENGTH = 64;

  /**
   * Validates the SKU.
   *
   * @param value the SKU text
   */
  public Sku {
    Checks.notNull("sku", value);
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new InvalidValueException("sku", "must be 1.." + MAX_LENGTH + " characters", value);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || isSeparator(c);
      if (!ok) {
        throw new InvalidValueException(
            "sku", "must use only ASCII letters, digits, '-', '_', '.' and '/'", value);
      }
    }
    if (isSeparator(value.charAt(0)) || isSeparator(value.charAt(value.length() - 1))) {
      throw new InvalidValueException("sku", "must not start or end with a separator", value);
    }
  }

  /**
   * Returns the SKU with exactly this text.
   *
   * @param value the SKU text
   * @return the SKU
   */
  public static Sku of(String value) {
    return new Sku(value);
  }

  /**
   * Makes a SKU from a Vietnamese product name: the {@link VietnameseText#slug(String) slug},
   * upper-cased, cut to 64 characters at a word boundary where possible: {@code "Bình gốm men lam
   * 25cm"} gives {@code "BINH-GOM-MEN-LAM-25CM"}.
   *
   * @param text the product name
   * @return the SKU
   * @throws InvalidValueException when the text has no ASCII letter or digit after folding
   */
  public static Sku fromText(String text) {
    Checks.notNull("text", text);
    String slug = VietnameseText.slug(text).toUpperCase(Locale.ROOT);
    if (slug.isEmpty()) {
      throw new InvalidValueException("text", "must contain a letter or digit", text);
    }
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH);
      int lastDash = slug.lastIndexOf('-');
      slug = lastDash > 0 ? slug.substring(0, lastDash) : slug;
    }
    return new Sku(slug);
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '_' || c == '.' || c == '/';
  }

  @Override
  public String toString() {
    return value;
  }
}
