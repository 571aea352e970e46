package io.github.craftmark.core.brand;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.net.URI;
import java.util.Optional;

/**
 * The sign a brand protects: its word element, and the figurative element when there is one.
 *
 * @param words the word element in Vietnamese, e.g. {@code "Gốm Bát Tràng"}
 * @param asciiWords the word element without diacritics as printed on some labels, e.g. {@code
 *     "Gom Bat Trang"}; only printable ASCII
 * @param figurativeDescription a description of the figurative element (logo), when there is one
 * @param imageUri where an image of the sign is, an absolute URI
 */
public record BrandSign(
    String words,
    Optional<String> asciiWords,
    Optional<String> figurativeDescription,
    Optional<URI> imageUri) {
  /**
   * Validates the sign: NFC text, ASCII-only {@code asciiWords}, absolute {@code imageUri}.
   *
   * @param words the word element in Vietnamese, e.g. {@code "Gốm Bát Tràng"}
   * @param asciiWords the word element without diacritics as printed on some labels, e.g. {@code
   *     "Gom Bat Trang"}; only printable ASCII
   * @param figurativeDescription a description of the figurative element (logo), when there is one
   * @param imageUri where an image of the sign is, an absolute URI
   */
  public BrandSign {
    words = Checks.text("words", words, 200);
    asciiWords = Optional.ofNullable(
        Checks.optionalText("asciiWords", asciiWords == null ? null : asciiWords.orElse(null)));
    asciiWords.ifPresent(BrandSign::checkAscii);
    figurativeDescription = Optional.ofNullable(Checks.optionalText(
        "figurativeDescription",
        figurativeDescription == null ? null : figurativeDescription.orElse(null)));
    imageUri = Checks.optional(imageUri);
    imageUri.ifPresent(uri -> {
      if (!uri.isAbsolute()) {
        throw new InvalidValueException("imageUri", "must be an absolute URI", uri);
      }
    });
  }

  /**
   * Returns a sign made of words only.
   *
   * @param words the word element in Vietnamese
   * @return the sign
   */
  public static BrandSign ofWords(String words) {
    return new BrandSign(words, null, null, null);
  }

  /**
   * Returns a copy with the word element without diacritics.
   *
   * @param ascii the ASCII form, e.g. {@code "Lua Van Phuc"}
   * @return the new sign
   */
  public BrandSign withAsciiWords(String ascii) {
    return new BrandSign(words, Optional.of(ascii), figurativeDescription, imageUri);
  }

  /**
   * Returns a copy with a figurative element.
   *
   * @param description what the figurative element shows
   * @param image where its image is, or null
   * @return the new sign
   */
  public BrandSign withFigurative(String description, URI image) {
    return new BrandSign(words, asciiWords, Optional.of(description), Optional.ofNullable(image));
  }

  private static void checkAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw new InvalidValueException("asciiWords", "must be printable ASCII", value);
      }
    }
  }
}
