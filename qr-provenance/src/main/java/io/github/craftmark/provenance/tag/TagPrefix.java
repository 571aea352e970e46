package io.github.craftmark.provenance.tag;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.tag.PrefixRules;

/**
 * The verify address a tag's text starts with, such as {@code HTTPS://BATTRANG.VN/T/}: the
 * village authority's own host and path, in upper case.
 *
 * <p>Rules (format v1): {@code HTTPS://}, a host of labels made of {@code A-Z}, {@code 0-9} and
 * {@code -} (neither first nor last) separated by dots, optionally {@code :port}, then one or more
 * path segments of {@code A-Z}, {@code 0-9}, {@code -} and {@code .} (but not {@code .} or {@code
 * ..}), each followed by {@code /}; at most {@value #MAX_LENGTH} characters. Every character is in the
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
    String problem = PrefixRules.problem(value);
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
    return of(PrefixRules.asciiUpperCase(text));
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

  /** Returns the prefix text, such as {@code "HTTPS://BATTRANG.VN/T/"}. */
  @Override
  public String toString() {
    return value;
  }
}
