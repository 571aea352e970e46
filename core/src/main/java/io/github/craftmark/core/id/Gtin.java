package io.github.craftmark.core.id;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;

/**
 * A Global Trade Item Number (GTIN-8, GTIN-12, GTIN-13 or GTIN-14) with its GS1 check digit
 * verified.
 *
 * <p>The value is kept exactly as given (8, 12, 13 or 14 digits); {@link #toGtin14()} gives the
 * 14-digit form used to compare GTINs of different lengths. The last digit is the GS1 mod-10 check
 * digit: from the right, digits are weighted 3, 1, 3, 1…, and the check digit brings the sum to a
 * multiple of 10. A wrong check digit is rejected with a message stating the expected one.
 *
 * <p>The first digits tell which GS1 office licensed the number ({@link #gs1PrefixHint()}), not
 * where the goods were made.
 *
 * @param value the digits, 8, 12, 13 or 14 of them
 */
public record Gtin(String value) {
  /**
   * Validates length, digits and check digit.
   *
   * @param value the digits, 8, 12, 13 or 14 of them
   */
  public Gtin {
    Checks.notNull("gtin", value);
    int length = value.length();
    if (length != 8 && length != 12 && length != 13 && length != 14) {
      throw new InvalidValueException("gtin", "must have 8, 12, 13 or 14 digits", value);
    }
    if (!allDigits(value)) {
      throw new InvalidValueException("gtin", "must contain only digits", value);
    }
    int expected = checkDigitOf(value.substring(0, length - 1));
    if (value.charAt(length - 1) - '0' != expected) {
      throw new InvalidValueException("gtin", "check digit must be " + expected, value);
    }
  }

  /**
   * Returns the GTIN with exactly these digits.
   *
   * @param digits 8, 12, 13 or 14 digits ending in a valid check digit
   * @return the GTIN
   * @throws InvalidValueException when the length, a character or the check digit is wrong
   */
  public static Gtin of(String digits) {
    return new Gtin(digits);
  }

  /**
   * Parses a GTIN as people type or print it: white space (including no-break spaces) and hyphens
   * between digit groups ({@code "893 4602 00112 1"}) are removed. The digits are kept as given:
   * {@code "036000291452"} (GTIN-12) and {@code "0036000291452"} (GTIN-13) are different values
   * naming the same item; compare {@link #toGtin14()} to match them.
   *
   * @param text the text
   * @return the GTIN
   * @throws InvalidValueException when what remains is not a valid GTIN
   */
  public static Gtin parse(String text) {
    Checks.notNull("gtin", text);
    return new Gtin(text.replaceAll("[\\s\\u00a0-]", ""));
  }

  /**
   * Completes a GTIN by computing its check digit: {@code withCheckDigit("629104150021")} is
   * {@code 6291041500213}.
   *
   * @param withoutCheck 7, 11, 12 or 13 digits
   * @return the GTIN with the check digit appended
   */
  public static Gtin withCheckDigit(String withoutCheck) {
    Checks.notNull("withoutCheck", withoutCheck);
    int length = withoutCheck.length();
    if (length != 7 && length != 11 && length != 12 && length != 13) {
      throw new InvalidValueException(
          "withoutCheck", "must have 7, 11, 12 or 13 digits", withoutCheck);
    }
    if (!allDigits(withoutCheck)) {
      throw new InvalidValueException("withoutCheck", "must contain only digits", withoutCheck);
    }
    return new Gtin(withoutCheck + checkDigitOf(withoutCheck));
  }

  /**
   * Returns the GS1 mod-10 check digit for the digits that precede it.
   *
   * @param withoutCheck the digits without the check digit
   * @return the check digit, 0..9
   */
  public static int checkDigitOf(String withoutCheck) {
    Checks.notNull("withoutCheck", withoutCheck);
    int sum = 0;
    boolean weightThree = true;
    for (int i = withoutCheck.length() - 1; i >= 0; i--) {
      int digit = withoutCheck.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        throw new InvalidValueException("withoutCheck", "must contain only digits", withoutCheck);
      }
      sum += weightThree ? 3 * digit : digit;
      weightThree = !weightThree;
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * Returns the 14-digit form, left-padded with zeros: the form to store or compare.
   *
   * @return 14 digits
   */
  public String toGtin14() {
    return "0".repeat(14 - value.length()) + value;
  }

  /**
   * Returns the number of digits: 8, 12, 13 or 14.
   *
   * @return the length
   */
  public int length() {
    return value.length();
  }

  /**
   * Returns the GS1 prefix and the GS1 member organisation that licensed it: a HINT about the
   * licensing office, explicitly NOT the country of origin. {@code 893…} means the number was
   * licensed through GS1 Vietnam; the goods may have been made anywhere.
   *
   * <p>For GTIN-12 the prefix is read from the GTIN-13 form ({@code 0} + the 12 digits), so a UPC
   * starting {@code 2} or {@code 4} reads as restricted circulation; for GTIN-14 the leading indicator
   * digit is skipped; for GTIN-8 the first three digits are read as a GS1-8 prefix, where a first
   * digit {@code 0} or {@code 2} is a store's own restricted circulation number (RCN-8).
   *
   * @return the prefix hint
   */
  public Gs1Prefix gs1PrefixHint() {
    return value.length() == 8
        ? Gs1Prefix.ofGtin8(value.substring(0, 3))
        : Gs1Prefix.of(toGtin14().substring(1, 4));
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}
