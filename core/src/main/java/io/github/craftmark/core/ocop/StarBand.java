package io.github.craftmark.core.ocop;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;

/**
 * A range of total OCOP scores that earns a number of stars, e.g. 70–89 points for 4★.
 *
 * @param stars the stars earned, 1..5 (1★ and 2★ earn no certificate)
 * @param minTotal the lowest total in the band, inclusive, 0..100
 * @param maxTotal the highest total in the band, inclusive, {@code minTotal}..100
 */
public record StarBand(int stars, int minTotal, int maxTotal) {
  /**
   * Validates the band.
   *
   * @throws InvalidValueException when a bound is out of range or {@code maxTotal < minTotal}
   *
   * @param stars the stars earned, 1..5 (1★ and 2★ earn no certificate)
   * @param minTotal the lowest total in the band, inclusive, 0..100
   * @param maxTotal the highest total in the band, inclusive, {@code minTotal}..100
   */
  public StarBand {
    Checks.inRange("stars", stars, 1, 5);
    Checks.inRange("minTotal", minTotal, 0, 100);
    Checks.inRange("maxTotal", maxTotal, minTotal, 100);
  }

  /**
   * Returns the band for {@code stars} covering {@code minTotal..maxTotal}.
   *
   * @param stars the stars earned, 1..5
   * @param minTotal the lowest total, inclusive
   * @param maxTotal the highest total, inclusive
   * @return the band
   */
  public static StarBand of(int stars, int minTotal, int maxTotal) {
    return new StarBand(stars, minTotal, maxTotal);
  }

  /**
   * Tells whether {@code total} falls in this band.
   *
   * @param total a total score
   * @return true when {@code minTotal <= total <= maxTotal}
   */
  public boolean contains(int total) {
    return total >= minTotal && total <= maxTotal;
  }
}
