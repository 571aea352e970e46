package io.github.craftmark.core.money;

import io.github.craftmark.core.CraftMarkParseException;

/** Reads amounts of đồng by the grammar documented on {@link Money#parse(CharSequence)}. */
final class MoneyParser {
  private static final String SUFFIXES = "₫, đ, VND or VNĐ";

  private final String text;
  private final int end;
  private int pos;

  private MoneyParser(String text) {
    this.text = text;
    int start = 0;
    int stop = text.length();
    while (start < stop && isBlank(text.charAt(start))) {
      start++;
    }
    while (stop > start && isBlank(text.charAt(stop - 1))) {
      stop--;
    }
    this.pos = start;
    this.end = stop;
  }

  static Money parse(CharSequence input) {
    if (input == null) {
      throw new CraftMarkParseException("amount must not be null", null, 0);
    }
    return new MoneyParser(input.toString()).amount();
  }

  private Money amount() {
    if (pos == end) {
      throw fail("amount must not be empty", pos);
    }
    boolean prefixed = currencyCode();
    if (prefixed && pos < end && isSeparator(text.charAt(pos))) {
      pos++;
    }
    boolean negative = pos < end && text.charAt(pos) == '-';
    if (negative) {
      pos++;
    }
    long value = number();
    if (pos < end) {
      char c = text.charAt(pos);
      if (c == ',') {
        throw fail("amount must be whole đồng, VND has no decimals", pos);
      }
      if (isSeparator(c)) {
        pos++;
      }
      int suffixAt = pos;
      if (!(symbol() || currencyCode())) {
        throw fail("amount must end with a digit or " + SUFFIXES, suffixAt);
      }
      if (prefixed) {
        throw fail("currency must be given once, before or after the number", suffixAt);
      }
      if (pos < end) {
        throw fail("amount must end after the currency", pos);
      }
    }
    return Money.ofDong(negative ? -value : value);
  }

  /** Reads plain digits or 1-3 digits followed by groups of ".ddd"; returns the value. */
  private long number() {
    int start = pos;
    while (pos < end && isDigit(text.charAt(pos))) {
      pos++;
    }
    int firstRun = pos - start;
    if (firstRun == 0) {
      throw fail("amount must start with a digit", pos);
    }
    boolean grouped = pos < end && text.charAt(pos) == '.';
    if (text.charAt(start) == '0' && (firstRun > 1 || grouped)) {
      throw fail("amount must not have a leading 0 (VND has no decimals)", start);
    }
    if (grouped && firstRun > 3) {
      throw fail("first thousands group must have 1 to 3 digits", pos);
    }
    while (pos < end && text.charAt(pos) == '.') {
      pos++;
      int groupStart = pos;
      while (pos < end && pos - groupStart < 3 && isDigit(text.charAt(pos))) {
        pos++;
      }
      if (pos - groupStart < 3 || (pos < end && isDigit(text.charAt(pos)))) {
        throw fail("thousands group must have exactly 3 digits", pos);
      }
    }
    long value = 0;
    for (int i = start; i < pos; i++) {
      char c = text.charAt(i);
      if (c != '.') {
        value = value * 10 + (c - '0'); // at most 10^16 + 9: no overflow before the check below
        if (value > Money.MAX_DONG) {
          throw fail("amount must be within ±" + Money.MAX_DONG + " đồng", i);
        }
      }
    }
    return value;
  }

  private boolean symbol() {
    if (pos < end) {
      char c = text.charAt(pos);
      if (c == '₫' || c == 'đ' || c == 'Đ') {
        pos++;
        return true;
      }
    }
    return false;
  }

  private boolean currencyCode() {
    if (text.regionMatches(true, pos, "VND", 0, 3) || text.regionMatches(true, pos, "VNĐ", 0, 3)) {
      pos += 3;
      return true;
    }
    return false;
  }

  private CraftMarkParseException fail(String message, int index) {
    return new CraftMarkParseException(message, text, index);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u202f';
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
