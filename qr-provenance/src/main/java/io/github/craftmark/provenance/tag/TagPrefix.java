package io.github.craftmark.provenance.tag;

import io.github.craftmark.core.InvalidValueException;
import java.util.Locale;

/**
 * The verify address a tag's text starts with, e.g. {@code HTTPS://BATTRANG.VN/T/}: the village
 * authority's own host and path, in upper case.
 *
 * <p>Rules (format v1): {@code HTTPS://}, a host of labels made of {@code A-Z}, {@code 0-9} and
 * {@code -} separated by dots, optionally {@code :port}, then one or more path segments of {@code
 * A-Z}, {@code 0-9} and {@code -}, each followed by {@code /}; at most {@value #MAX_LENGTH}
 * characters. Labels and segments neither start nor end with {@code -}. Every character is in the
 * QR alphanumeric set, which keeps the QR small, and phones open the address because scheme and
 * host are case-insensitive: the verify server must accept the upper-case path.
 *
 * <p>Two prefixes are equal when their text is equal.
 */
public final class TagPrefix {
  /** The longest prefix, in characters. */
  public static final int MAX_LENGTH = 64;

  private static final String SCHEME = "HTTPS://";

  private final String value;
  private final String host;

  private TagPrefix(String value, String host) {
    this.value = value;
    this.host = host;
  }

  /**
   * Returns the prefix with exactly this text.
   *
   * @param value upper case, e.g. {@code "HTTPS://BATTRANG.VN/T/"}
   * @return the prefix
   * @throws InvalidValueException naming what is wrong with the text
   */
  public static TagPrefix of(String value) {
    if (value == null) {
      throw new InvalidValueException("prefix", "must not be null", null);
    }
    String problem = problem(value);
    if (problem != null) {
      throw new InvalidValueException("prefix", problem, value);
    }
    return new TagPrefix(value, hostOf(value));
  }

  /**
   * Reads a prefix in any letter case, as browsers and some scanners pass it on: {@code
   * "https://battrang.vn/T/"} gives {@code HTTPS://BATTRANG.VN/T/}.
   *
   * @param text the prefix in any case
   * @return the prefix, upper case
   * @throws InvalidValueException naming what is wrong with the text
   */
  public static TagPrefix parse(String text) {
    if (text == null) {
      throw new InvalidValueException("prefix", "must not be null", null);
    }
    if (text.length() > MAX_LENGTH) {
      return of(text); // fails naming the length, without upper-casing a long text first
    }
    return of(text.toUpperCase(Locale.ROOT));
  }

  /**
   * Returns why {@code value} is not a prefix, or null when it is one. Never throws.
   *
   * @param value the text
   * @return the problem as "must …", or null
   */
  static String problem(String value) {
    if (value.length() > MAX_LENGTH) {
      return "must be at most " + MAX_LENGTH + " characters";
    }
    if (!value.startsWith(SCHEME)) {
      return "must start with " + SCHEME;
    }
    if (value.length() == SCHEME.length() || !value.endsWith("/")) {
      return "must end with /";
    }
    int hostEnd = value.indexOf('/', SCHEME.length());
    if (hostEnd == value.length() - 1) {
      return "must have a path of at least one segment after the host";
    }
    String host = value.substring(SCHEME.length(), hostEnd);
    int colon = host.indexOf(':');
    String name = colon < 0 ? host : host.substring(0, colon);
    if (name.isEmpty() || !labels(name, '.')) {
      return "must have a host of A-Z, 0-9 and - labels separated by dots";
    }
    if (colon >= 0 && !isPort(host.substring(colon + 1))) {
      return "must have a port of 1..65535 after ':'";
    }
    if (!labels(value.substring(hostEnd + 1, value.length() - 1), '/')) {
      return "must have path segments of A-Z, 0-9 and -";
    }
    return null;
  }

  private static boolean labels(String text, char separator) {
    int start = 0;
    while (true) {
      int end = text.indexOf(separator, start);
      if (end < 0) {
        end = text.length();
      }
      if (!isLabel(text, start, end)) {
        return false;
      }
      if (end == text.length()) {
        return true;
      }
      start = end + 1;
    }
  }

  private static boolean isLabel(String text, int start, int end) {
    if (start == end || text.charAt(start) == '-' || text.charAt(end - 1) == '-') {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPort(String digits) {
    if (digits.isEmpty() || digits.length() > 5 || digits.charAt(0) == '0') {
      return false;
    }
    int port = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      port = port * 10 + (c - '0');
    }
    return port <= 65535;
  }

  private static String hostOf(String value) {
    return value.substring(SCHEME.length(), value.indexOf('/', SCHEME.length()));
  }

  /**
   * Returns the prefix text.
   *
   * @return e.g. {@code "HTTPS://BATTRANG.VN/T/"}
   */
  public String value() {
    return value;
  }

  /**
   * Returns the host, with its port if the prefix has one.
   *
   * @return e.g. {@code "BATTRANG.VN"}
   */
  public String host() {
    return host;
  }

  /**
   * Returns the length in characters.
   *
   * @return 1..{@value #MAX_LENGTH}
   */
  public int length() {
    return value.length();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TagPrefix other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the prefix text, e.g. {@code "HTTPS://BATTRANG.VN/T/"}. */
  @Override
  public String toString() {
    return value;
  }
}
