package io.github.craftmark.core.product;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A product photo: where it is and what it shows, for shoppers who cannot see it.
 *
 * <p>The URI is absolute {@code https} (or {@code http}, or {@code file} for images a seller tool
 * uploads from disk); marketplaces later need the image uploaded to their own hosting, which the
 * platform adapters do.
 *
 * @param uri where the image is
 * @param altVi the Vietnamese alternative text, e.g. {@code "Bình hút lộc men rạn, nhìn nghiêng"}
 * @param altEn the English alternative text, if any
 */
public record ProductImage(URI uri, String altVi, Optional<String> altEn) {
  /**
   * Validates the image.
   *
   * @param uri where the image is
   * @param altVi the Vietnamese alternative text, e.g. {@code "Bình hút lộc men rạn, nhìn nghiêng"}
   * @param altEn the English alternative text, if any
   */
  public ProductImage {
    Checks.notNull("uri", uri);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute()
        || !(scheme.equals("https") || scheme.equals("http") || scheme.equals("file"))) {
      throw new InvalidValueException("uri", "must be an absolute https, http or file URI", uri);
    }
    altVi = Checks.text("altVi", altVi, 250);
    altEn = Checks.optionalText("altEn", altEn, 250);
  }

  /**
   * Returns an image with Vietnamese alternative text only.
   *
   * @param uri where the image is, e.g. {@code "https://gom.example.vn/anh/binh-01.jpg"}
   * @param altVi the Vietnamese alternative text
   * @return the image
   */
  public static ProductImage of(String uri, String altVi) {
    Checks.notNull("uri", uri);
    URI parsed;
    try {
      parsed = URI.create(uri.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("uri", "must be a valid URI", uri);
    }
    return new ProductImage(parsed, altVi, Optional.empty());
  }
}
