package io.github.craftmark.core.id;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.util.Locale;

/**
 * The serial number of one item, unique per item: 1 to 32 upper-case ASCII letters and digits.
 *
 * <p>The alphabet is kept small so that serials fit QR codes in their compact alphanumeric mode and
 * read aloud without confusion of case. {@link #parse(String)} accepts lower case and surrounding
 * white space; {@link #of(String)} accepts only the canonical form.
 *
 * @param value the serial, upper case
 */
public record SerialNumber(String value) {
  /** The longest serial accepted, in characters. */
  public static final int MAX_LENGTH = 32;

  /**
   * Validates the serial.
   *
   * @param value the serial, upper case
   */
  public SerialNumber {
    Checks.notNull("serialNumber", value);
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new InvalidValueException(
          "serialNumber", "must be 1.." + MAX_LENGTH + " characters", value);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        throw new InvalidValueException(
            "serialNumber", "must use only upper-case ASCII letters and digits", value);
      }
    }
  }

  /**
   * Returns the serial with exactly this text.
   *
   * @param value upper-case ASCII letters and digits
   * @return the serial
   */
  public static SerialNumber of(String value) {
    return new SerialNumber(value);
  }

  /**
   * Parses a serial as typed: surrounding white space is removed and letters are upper-cased.
   *
   * @param text the text
   * @return the serial
   */
  public static SerialNumber parse(String text) {
    Checks.notNull("serialNumber", text);
    return new SerialNumber(text.strip().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
