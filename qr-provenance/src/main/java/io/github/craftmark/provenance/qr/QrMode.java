package io.github.craftmark.provenance.qr;

/**
 * The encoding mode of one {@link QrSegment}: how densely its characters are packed.
 *
 * <p>A symbol may mix segments of different modes; a URL prefix in {@link #ALPHANUMERIC} followed
 * by a payload in {@link #NUMERIC} is much smaller than the same text in one mode.
 */
public enum QrMode {
  /** Decimal digits {@code 0-9}: 10 bits per 3 digits (3⅓ bits a digit). */
  NUMERIC(1),
  /**
   * Upper-case letters, digits, space and {@code $ % * + - . / :}: 11 bits per 2 characters (5.5
   * bits a character).
   */
  ALPHANUMERIC(2),
  /**
   * Any text, as UTF-8 bytes: 8 bits a byte. Text with a character outside ASCII is preceded by an
   * ECI designator for UTF-8 (ECI 26), so that decoders need not guess the character set.
   */
  BYTE(4);

  private final int indicator;

  QrMode(int indicator) {
    this.indicator = indicator;
  }

  /**
   * Returns the 4-bit mode indicator that starts a segment of this mode in the symbol.
   *
   * @return 1, 2 or 4
   */
  public int indicator() {
    return indicator;
  }

  /**
   * Returns the width in bits of the character count that follows the mode indicator, which
   * depends on the symbol's version: versions 1-9, 10-26 and 27-40 use widening counts.
   *
   * @param version the QR version, 1..40
   * @return the character count width in bits
   * @throws io.github.craftmark.core.InvalidValueException when the version is not 1..40
   */
  public int characterCountBits(int version) {
    QrCode.checkVersion("version", version);
    int range = version <= 9 ? 0 : version <= 26 ? 1 : 2;
    switch (this) {
      case NUMERIC:
        return 10 + 2 * range;
      case ALPHANUMERIC:
        return 9 + 2 * range;
      default:
        return range == 0 ? 8 : 16;
    }
  }
}
