package io.github.craftmark.provenance.qr;

import io.github.craftmark.core.InvalidValueException;
import java.util.OptionalInt;

/**
 * How {@link QrCode#encodeSegments(java.util.List, QrEncodeOptions)} builds a symbol: the error
 * correction level, the versions it may use and, optionally, a fixed data mask.
 *
 * <p>Start from {@link #of(ErrorCorrection)} (any version, best mask) and narrow with the {@code
 * with…} methods. A fixed {@link #withVersionRange(int, int) minimum version} keeps every label of
 * a print run the same size.
 *
 * @param errorCorrection the error correction level
 * @param minVersion the smallest version to use, 1..40
 * @param maxVersion the largest version to use, {@code minVersion}..40
 * @param mask the data mask 0..7 to use, or empty to choose the one with the lowest penalty score
 */
public record QrEncodeOptions(
    ErrorCorrection errorCorrection, int minVersion, int maxVersion, OptionalInt mask) {

  /**
   * Validates the options.
   *
   * @param errorCorrection the error correction level
   * @param minVersion the smallest version to use, 1..40
   * @param maxVersion the largest version to use, {@code minVersion}..40
   * @param mask the data mask 0..7 to use, or empty to choose the one with the lowest penalty
   *     score
   */
  public QrEncodeOptions {
    if (errorCorrection == null) {
      throw new InvalidValueException("errorCorrection", "must not be null", null);
    }
    QrCode.checkVersion("minVersion", minVersion);
    QrCode.checkVersion("maxVersion", maxVersion);
    if (maxVersion < minVersion) {
      throw new InvalidValueException(
          "maxVersion", "must be at least minVersion " + minVersion, maxVersion);
    }
    if (mask == null) {
      throw new InvalidValueException("mask", "must not be null", null);
    }
    if (mask.isPresent() && (mask.getAsInt() < 0 || mask.getAsInt() > 7)) {
      throw new InvalidValueException("mask", "must be 0..7", mask.getAsInt());
    }
  }

  /**
   * Returns options for a level, any version 1..40 and the mask with the lowest penalty score.
   *
   * @param errorCorrection the error correction level
   * @return the options
   */
  public static QrEncodeOptions of(ErrorCorrection errorCorrection) {
    return new QrEncodeOptions(
        errorCorrection, QrCode.MIN_VERSION, QrCode.MAX_VERSION, OptionalInt.empty());
  }

  /**
   * Returns these options limited to versions {@code min..max}; the smallest that fits is used.
   *
   * @param min the smallest version, 1..40
   * @param max the largest version, {@code min}..40
   * @return the new options
   */
  public QrEncodeOptions withVersionRange(int min, int max) {
    return new QrEncodeOptions(errorCorrection, min, max, mask);
  }

  /**
   * Returns these options with a fixed data mask instead of the best-scoring one.
   *
   * @param mask the mask pattern, 0..7
   * @return the new options
   */
  public QrEncodeOptions withMask(int mask) {
    return new QrEncodeOptions(errorCorrection, minVersion, maxVersion, OptionalInt.of(mask));
  }

  /**
   * Returns these options with the mask chosen by the standard's penalty rules.
   *
   * @return the new options
   */
  public QrEncodeOptions withAutomaticMask() {
    return new QrEncodeOptions(errorCorrection, minVersion, maxVersion, OptionalInt.empty());
  }

  /**
   * Returns these options with another error correction level.
   *
   * @param level the error correction level
   * @return the new options
   */
  public QrEncodeOptions withErrorCorrection(ErrorCorrection level) {
    return new QrEncodeOptions(level, minVersion, maxVersion, mask);
  }
}
