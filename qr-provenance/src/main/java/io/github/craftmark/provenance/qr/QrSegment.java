package io.github.craftmark.provenance.qr;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.qr.QrTables;

/**
 * One run of text in a QR symbol, encoded in a single {@link QrMode}.
 *
 * <p>A tag's QR text is an {@link QrMode#ALPHANUMERIC} segment (the upper-case URL prefix)
 * followed by a {@link QrMode#NUMERIC} segment (the payload digits): {@code
 * List.of(QrSegment.alphanumeric("HTTPS://BATTRANG.VN/T/"), QrSegment.numeric(digits))}. A decoder
 * returns the segments' texts joined together.
 *
 * @param mode how the text is packed
 * @param text the characters, 1 to {@value #MAX_LENGTH}, each allowed by the mode
 */
public record QrSegment(QrMode mode, String text) {
  /** The most characters a segment may hold: a version 40 symbol at level L holds 7089 digits. */
  public static final int MAX_LENGTH = 7089;

  /** The most UTF-8 bytes a {@link QrMode#BYTE} segment may hold (version 40 at level L). */
  public static final int MAX_BYTES = 2953;

  /** The ECI designator for UTF-8, written before byte segments that are not plain ASCII. */
  private static final int ECI_HEADER_BITS = 4 + 8;

  /**
   * Validates the segment.
   *
   * @param mode how the text is packed
   * @param text the characters, 1 to {@value #MAX_LENGTH}, each allowed by the mode
   */
  public QrSegment {
    if (mode == null) {
      throw new InvalidValueException("mode", "must not be null", null);
    }
    if (text == null) {
      throw new InvalidValueException("text", "must not be null", null);
    }
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      throw new InvalidValueException("text", "must be 1.." + MAX_LENGTH + " characters", text);
    }
    switch (mode) {
      case NUMERIC:
        if (!isNumeric(text)) {
          throw new InvalidValueException("text", "must be only digits 0-9 in numeric mode", text);
        }
        break;
      case ALPHANUMERIC:
        if (!isAlphanumeric(text)) {
          throw new InvalidValueException(
              "text", "must be only 0-9, A-Z, space and $%*+-./: in alphanumeric mode", text);
        }
        break;
      default:
        checkUtf16(text);
        if (utf8Length(text) > MAX_BYTES) {
          throw new InvalidValueException(
              "text", "must be at most " + MAX_BYTES + " UTF-8 bytes in byte mode", text);
        }
    }
  }

  /**
   * Returns a numeric segment.
   *
   * @param digits one or more decimal digits
   * @return the segment
   * @throws InvalidValueException when the text is empty or not all digits
   */
  public static QrSegment numeric(String digits) {
    return new QrSegment(QrMode.NUMERIC, digits);
  }

  /**
   * Returns an alphanumeric segment.
   *
   * @param text one or more characters of {@code 0-9 A-Z}, space and {@code $ % * + - . / :}
   * @return the segment
   * @throws InvalidValueException when the text is empty or has another character (lower case too)
   */
  public static QrSegment alphanumeric(String text) {
    return new QrSegment(QrMode.ALPHANUMERIC, text);
  }

  /**
   * Returns a byte segment holding the text as UTF-8.
   *
   * @param text any non-empty text without unpaired surrogates
   * @return the segment
   * @throws InvalidValueException when the text is empty, malformed or too long
   */
  public static QrSegment bytes(String text) {
    return new QrSegment(QrMode.BYTE, text);
  }

  /**
   * Returns a segment in the densest single mode that can hold the text: numeric, else
   * alphanumeric, else byte.
   *
   * @param text any non-empty text
   * @return the segment
   * @throws InvalidValueException when the text is empty, malformed or too long
   */
  public static QrSegment of(String text) {
    if (text != null && !text.isEmpty()) {
      if (isNumeric(text)) {
        return numeric(text);
      }
      if (isAlphanumeric(text)) {
        return alphanumeric(text);
      }
    }
    return bytes(text);
  }

  /**
   * Tells whether every character is a decimal digit {@code 0-9}; true for empty text.
   *
   * @param text the text
   * @return whether numeric mode can hold it
   */
  public static boolean isNumeric(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether every character is in the QR alphanumeric set {@code 0-9 A-Z}, space and {@code
   * $ % * + - . / :}; true for empty text. Lower-case letters are not in the set.
   *
   * @param text the text
   * @return whether alphanumeric mode can hold it
   */
  public static boolean isAlphanumeric(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (QrTables.alphanumericValue(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the number written in the segment's character count field: characters for numeric and
   * alphanumeric segments, UTF-8 bytes for byte segments.
   *
   * @return the character count
   */
  public int characterCount() {
    return mode == QrMode.BYTE ? utf8Length(text) : text.length();
  }

  /**
   * Tells whether a byte segment is preceded by the UTF-8 ECI designator: true when its text has a
   * character outside ASCII.
   *
   * @return whether the segment carries an ECI designator
   */
  public boolean hasUtf8Eci() {
    if (mode != QrMode.BYTE) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the number of bits this segment takes in a symbol of the given version: mode
   * indicator, character count, data and, where present, the ECI designator.
   *
   * @param version the QR version, 1..40 (the character count's width depends on it)
   * @return the length in bits
   * @throws InvalidValueException when the version is not 1..40
   */
  public int bitLength(int version) {
    int header = 4 + mode.characterCountBits(version);
    int n = characterCount();
    switch (mode) {
      case NUMERIC:
        return header + 10 * (n / 3) + (n % 3 == 0 ? 0 : n % 3 == 1 ? 4 : 7);
      case ALPHANUMERIC:
        return header + 11 * (n / 2) + 6 * (n % 2);
      default:
        return header + 8 * n + (hasUtf8Eci() ? ECI_HEADER_BITS : 0);
    }
  }

  private static void checkUtf16(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        throw new InvalidValueException("text", "must not have an unpaired surrogate", text);
      }
      if (Character.isLowSurrogate(c)) {
        throw new InvalidValueException("text", "must not have an unpaired surrogate", text);
      }
    }
  }

  private static int utf8Length(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
