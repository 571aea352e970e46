package io.github.craftmark.core.product;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A product's package or item dimensions in centimetres, to the millimetre.
 *
 * <p>Marketplaces ask for length, width and height in cm to compute shipping; values are kept as
 * {@link BigDecimal} with one decimal place so that {@code 25} and {@code 25.0} are equal and no
 * binary rounding creeps in.
 *
 * @param lengthCm length in cm, 0.1 to 1000.0
 * @param widthCm width in cm, 0.1 to 1000.0
 * @param heightCm height in cm, 0.1 to 1000.0
 */
public record Dimensions(BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {
  private static final BigDecimal MIN = new BigDecimal("0.1");
  private static final BigDecimal MAX = new BigDecimal("1000.0");

  /**
   * Validates each side and normalises it to one decimal place.
   *
   * @param lengthCm length in cm, 0.1 to 1000.0
   * @param widthCm width in cm, 0.1 to 1000.0
   * @param heightCm height in cm, 0.1 to 1000.0
   */
  public Dimensions {
    lengthCm = side("lengthCm", lengthCm);
    widthCm = side("widthCm", widthCm);
    heightCm = side("heightCm", heightCm);
  }

  /**
   * Returns dimensions from centimetre values such as {@code "25.5"}.
   *
   * @param lengthCm length in cm
   * @param widthCm width in cm
   * @param heightCm height in cm
   * @return the dimensions
   */
  public static Dimensions ofCm(String lengthCm, String widthCm, String heightCm) {
    return new Dimensions(
        number("lengthCm", lengthCm), number("widthCm", widthCm), number("heightCm", heightCm));
  }

  /**
   * Returns the volume in cubic centimetres, rounded up to a whole cm³.
   *
   * @return the volume
   */
  public long volumeCm3() {
    return lengthCm
        .multiply(widthCm)
        .multiply(heightCm)
        .setScale(0, RoundingMode.CEILING)
        .longValueExact();
  }

  private static BigDecimal number(String field, String text) {
    Checks.notNull(field, text);
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException(field, "must be a decimal number of centimetres", text);
    }
  }

  private static BigDecimal side(String field, BigDecimal value) {
    Checks.notNull(field, value);
    if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
      throw new InvalidValueException(field, "must be 0.1..1000.0 cm", value);
    }
    if (value.stripTrailingZeros().scale() > 1) {
      throw new InvalidValueException(field, "must have at most one decimal (mm)", value);
    }
    return value.setScale(1, RoundingMode.UNNECESSARY);
  }
}
