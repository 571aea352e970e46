package io.github.craftmark.platform;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.internal.Checks;
import java.util.regex.Pattern;

/**
 * The stable, machine-readable kind of a {@link MappingProblem}, e.g. {@code TITLE_TOO_LONG}.
 *
 * <p>An open set: the checks every adapter shares use the constants here, and an adapter adds codes
 * for its platform's own rules with {@link #of(String)}, prefixed with the platform, e.g. {@code
 * SHOPEE_BRAND_REQUIRED}. Programs switch on the code; the problem's message is for people.
 *
 * @param value upper-case letters, digits and {@code _}, starting with a letter, at most 64
 *     characters
 */
public record ProblemCode(String value) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  /** The category mapping has no leaf category for the product or its craft. */
  public static final ProblemCode MISSING_LEAF_CATEGORY = new ProblemCode("MISSING_LEAF_CATEGORY");

  /** The category mapping is for another marketplace than the adapter's. */
  public static final ProblemCode WRONG_MARKETPLACE = new ProblemCode("WRONG_MARKETPLACE");

  /** A category requires an attribute that neither the mapping nor the product gives a value. */
  public static final ProblemCode MISSING_ATTRIBUTE = new ProblemCode("MISSING_ATTRIBUTE");

  /** The listing has fewer images than the platform needs (usually none). */
  public static final ProblemCode NO_IMAGE = new ProblemCode("NO_IMAGE");

  /** The listing has more images than the platform accepts. */
  public static final ProblemCode TOO_MANY_IMAGES = new ProblemCode("TOO_MANY_IMAGES");

  /** An image file is larger than the platform accepts. */
  public static final ProblemCode IMAGE_TOO_LARGE = new ProblemCode("IMAGE_TOO_LARGE");

  /** An image file's media type is not one the platform accepts. */
  public static final ProblemCode IMAGE_TYPE_NOT_ACCEPTED =
      new ProblemCode("IMAGE_TYPE_NOT_ACCEPTED");

  /** The title is longer than the platform accepts. */
  public static final ProblemCode TITLE_TOO_LONG = new ProblemCode("TITLE_TOO_LONG");

  /** The title is shorter than the platform accepts. */
  public static final ProblemCode TITLE_TOO_SHORT = new ProblemCode("TITLE_TOO_SHORT");

  /** The platform needs a description and the product has none. */
  public static final ProblemCode MISSING_DESCRIPTION = new ProblemCode("MISSING_DESCRIPTION");

  /** The description, with the provenance line, is longer than the platform accepts. */
  public static final ProblemCode DESCRIPTION_TOO_LONG = new ProblemCode("DESCRIPTION_TOO_LONG");

  /** A SKU's price is outside the platform's range. */
  public static final ProblemCode PRICE_OUT_OF_RANGE = new ProblemCode("PRICE_OUT_OF_RANGE");

  /** The platform needs the packed weight and the product has none. */
  public static final ProblemCode MISSING_WEIGHT = new ProblemCode("MISSING_WEIGHT");

  /** The platform needs the packed dimensions and the product has none. */
  public static final ProblemCode MISSING_DIMENSIONS = new ProblemCode("MISSING_DIMENSIONS");

  /** The product has more variants (SKUs) than one listing may have. */
  public static final ProblemCode TOO_MANY_VARIANTS = new ProblemCode("TOO_MANY_VARIANTS");

  /** The product has more variant tiers than the platform accepts. */
  public static final ProblemCode TOO_MANY_TIERS = new ProblemCode("TOO_MANY_TIERS");

  /**
   * Validates the code.
   *
   * @param value upper-case letters, digits and {@code _}, starting with a letter, at most 64
   *     characters
   */
  public ProblemCode {
    Checks.notNull("code", value);
    if (value.length() > 64 || !CODE.matcher(value).matches()) {
      throw new InvalidValueException(
          "code", "must be UPPER_SNAKE_CASE of at most 64 chars", value);
    }
  }

  /**
   * Returns the code with this text, for a platform's own rules.
   *
   * @param value e.g. {@code "SHOPEE_BRAND_REQUIRED"}
   * @return the code
   */
  public static ProblemCode of(String value) {
    return new ProblemCode(value);
  }

  /** Returns the code's text. */
  @Override
  public String toString() {
    return value;
  }
}
