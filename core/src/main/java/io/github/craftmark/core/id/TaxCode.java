package io.github.craftmark.core.id;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.util.Optional;

/**
 * A Vietnamese tax code (mã số thuế), stored in its canonical form: {@code "0101234567"}, {@code
 * "0101234567-001"} or a 12-digit personal identification number.
 *
 * <ul>
 *   <li>{@link Kind#TEN_DIGIT}: 10 digits, issued to enterprises, cooperatives and other
 *       organisations, and to individuals and households before 1 July 2025.
 *   <li>{@link Kind#DEPENDENT_UNIT}: 13 digits, the 10-digit code of the parent followed by three
 *       digits 001..999 for a branch, representative office or other dependent unit; written with a
 *       dash, {@code "0101234567-001"}.
 *   <li>{@link Kind#PERSONAL_ID}: 12 digits. Since 1 July 2025 individuals, households and household
 *       businesses use the personal identification number issued by the Ministry of Public Security
 *       as their tax code (Circular 86/2024/TT-BTC, art. 5(5), under Law 38/2019/QH14 art. 35).
 * </ul>
 *
 * <p><strong>The check digit rule is not from an official source.</strong> The tax regulations say
 * that the tenth digit of a 10- or 13-digit code is a check digit over the first nine, but do not
 * publish the formula. The formula used here was taken from a third-party open-source validator
 * (python-stdnum's {@code vn.mst}): with weights 31, 29, 23, 19, 17, 13, 7, 5, 3 the check digit is
 * {@code 10 - (sum mod 11)}, and a base whose sum is a multiple of 11 has no valid check digit. It
 * accepts the sample codes of well-known enterprises in this SDK's tests, but it has not been
 * confirmed by the General Department of Taxation. A 12-digit personal identification number has no
 * check digit, so only its format is checked.
 *
 * <p>{@link #of(String)} and {@link #parse(String)} reject a code whose check digit fails, to catch
 * typing errors. When a seller's real code is rejected (it appears on their registration
 * certificate or on the tax authority's lookup), accept it with {@link
 * #parseWithoutCheckDigit(String)}: the format is still checked, and {@link #hasValidCheckDigit()}
 * tells the two apart afterwards. JSON reading does not enforce the check digit either, so that a
 * code accepted this way reads back.
 */
public final class TaxCode {
  private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

  private final String value;

  /** The kind of tax code, told apart by length. */
  public enum Kind {
    /** 10 digits: an organisation, or an individual or household registered before July 2025. */
    TEN_DIGIT,
    /** 13 digits written {@code NNNNNNNNNN-NNN}: a branch or other dependent unit. */
    DEPENDENT_UNIT,
    /** 12 digits: a personal identification number used as tax code since 1 July 2025. */
    PERSONAL_ID
  }

  private TaxCode(String value, boolean verifyCheckDigit) {
    Checks.notNull("taxCode", value);
    boolean tenDigits = value.length() == 10 && allDigits(value);
    boolean twelveDigits = value.length() == 12 && allDigits(value);
    boolean dependent = value.length() == 14
        && value.charAt(10) == '-'
        && allDigits(value.substring(0, 10))
        && allDigits(value.substring(11));
    if (!tenDigits && !twelveDigits && !dependent) {
      throw new InvalidValueException(
          "taxCode", "must be 10 digits, 10 digits + '-' + 3 digits, or 12 digits", value);
    }
    if (dependent && value.endsWith("-000")) {
      throw new InvalidValueException("taxCode", "dependent-unit number must be 001..999", value);
    }
    if (verifyCheckDigit && !twelveDigits) {
      int expected = checkDigitOf(value.substring(0, 9));
      if (expected < 0) {
        throw new InvalidValueException(
            "taxCode", "has no valid check digit for its first nine digits", value);
      }
      if (value.charAt(9) - '0' != expected) {
        throw new InvalidValueException("taxCode", "check digit must be " + expected, value);
      }
    }
    this.value = value;
  }

  /**
   * Returns the tax code with exactly this canonical text, verifying the check digit.
   *
   * @param value {@code "0101234567"}, {@code "0101234567-001"} or 12 digits
   * @return the tax code
   * @throws InvalidValueException when the form or the check digit is wrong
   */
  public static TaxCode of(String value) {
    return new TaxCode(value, true);
  }

  /**
   * Parses a tax code as written on invoices and registration certificates, verifying the check
   * digit: white space and dots are ignored, the dash before a dependent-unit number is optional
   * ({@code "0101234567 - 001"}, {@code "0101234567001"}).
   *
   * @param text the text
   * @return the tax code in canonical form
   * @throws InvalidValueException when the digits do not form a valid tax code; the message shows
   *     the compacted text
   */
  public static TaxCode parse(String text) {
    return new TaxCode(compact(text), true);
  }

  /**
   * Parses a tax code like {@link #parse(String)} but accepts a check digit that the formula in this
   * class rejects. Use it for a code known to be real (read from the registration certificate or
   * confirmed on the tax authority's lookup) when {@link #parse(String)} refuses it: that formula
   * comes from a third-party validator, not from the tax authority, and must not stop a seller from
   * being recorded. The length, the digits and the dependent-unit number are still checked.
   *
   * @param text the text
   * @return the tax code in canonical form; {@link #hasValidCheckDigit()} may be false
   * @throws InvalidValueException when the text does not have the form of a tax code
   */
  public static TaxCode parseWithoutCheckDigit(String text) {
    return new TaxCode(compact(text), false);
  }

  private static String compact(String text) {
    Checks.notNull("taxCode", text);
    String compact = text.replaceAll("[\\s.\\u00a0]", "");
    if (compact.length() == 13 && allDigits(compact)) {
      compact = compact.substring(0, 10) + "-" + compact.substring(10);
    }
    return compact;
  }

  /**
   * Returns the check digit for the first nine digits of a 10-digit tax code, by the third-party
   * formula described on this class.
   *
   * @param firstNine nine digits
   * @return the check digit 0..9, or -1 when no digit is valid for this base
   * @throws InvalidValueException when {@code firstNine} is not nine ASCII digits
   */
  public static int checkDigitOf(String firstNine) {
    Checks.notNull("firstNine", firstNine);
    if (firstNine.length() != 9 || !allDigits(firstNine)) {
      throw new InvalidValueException("firstNine", "must be 9 digits", firstNine);
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += WEIGHTS[i] * (firstNine.charAt(i) - '0');
    }
    int check = 10 - sum % 11;
    return check == 10 ? -1 : check;
  }

  /**
   * Returns the canonical text: {@code "0101234567"}, {@code "0101234567-001"} or 12 digits.
   *
   * @return the tax code text
   */
  public String value() {
    return value;
  }

  /**
   * Tells whether the check digit agrees with the third-party formula described on this class.
   * Always true for a code from {@link #of(String)} or {@link #parse(String)} and for a 12-digit
   * personal identification number, which has no check digit; may be false for a code from {@link
   * #parseWithoutCheckDigit(String)} or read from JSON.
   *
   * @return true when the check digit is valid or there is none
   */
  public boolean hasValidCheckDigit() {
    return kind() == Kind.PERSONAL_ID
        || checkDigitOf(value.substring(0, 9)) == value.charAt(9) - '0';
  }

  /**
   * Returns the kind of tax code.
   *
   * @return the kind, from the length
   */
  public Kind kind() {
    return switch (value.length()) {
      case 10 -> Kind.TEN_DIGIT;
      case 12 -> Kind.PERSONAL_ID;
      default -> Kind.DEPENDENT_UNIT;
    };
  }

  /**
   * Returns the 10-digit code of the organisation: the code itself, or for a dependent unit the
   * parent's code.
   *
   * @return the base code, empty for a personal identification number
   */
  public Optional<TaxCode> baseCode() {
    return switch (kind()) {
      case TEN_DIGIT -> Optional.of(this);
      case DEPENDENT_UNIT -> Optional.of(new TaxCode(value.substring(0, 10), false));
      case PERSONAL_ID -> Optional.empty();
    };
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /**
   * Tells whether {@code other} is a tax code with the same canonical text.
   *
   * @param other the object to compare
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof TaxCode code && value.equals(code.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the canonical text.
   *
   * @return the tax code text
   */
  @Override
  public String toString() {
    return value;
  }
}
