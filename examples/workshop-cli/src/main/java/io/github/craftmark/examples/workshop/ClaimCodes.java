package io.github.craftmark.examples.workshop;

import java.security.SecureRandom;

/**
 * Claim codes for scratch-off labels: 12 random decimal digits (about 40 bits). Digits because a
 * phone shows its number pad for them; 40 bits is ample because the verifier throttles wrong
 * guesses per serial (docs/copy-detection.md), so a guesser gets a handful of tries, not 10^12.
 */
public final class ClaimCodes {
  /** The number of digits in a code. */
  public static final int LENGTH = 12;

  private ClaimCodes() {}

  /**
   * Draws a new code.
   *
   * @param random the source of randomness
   * @return 12 digits, no separators: the exact string the tag commits to
   */
  public static String next(SecureRandom random) {
    char[] digits = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      digits[i] = (char) ('0' + random.nextInt(10));
    }
    return new String(digits);
  }

  /**
   * Formats a code for printing, in groups of four: {@code 4829 1307 5516}.
   *
   * @param code a code from {@link #next}
   * @return the grouped code
   */
  public static String grouped(String code) {
    StringBuilder out = new StringBuilder(code.length() + code.length() / 4);
    for (int i = 0; i < code.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        out.append(' ');
      }
      out.append(code.charAt(i));
    }
    return out.toString();
  }

  /**
   * Turns what a buyer typed into the code: spaces and dashes removed.
   *
   * @param typed the typed text
   * @return the code to claim with
   */
  public static String normalise(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "");
  }
}
