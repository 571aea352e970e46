package io.github.craftmark.provenance.internal.tag;

import io.github.craftmark.provenance.tag.TagPrefix;

/**
 * The rules of a verify prefix (tag format v1 § 5, trust list format § 3.1), checked without
 * exceptions: the one place they live, for {@link TagPrefix}, the tag reader and the trust lists.
 *
 * <p>Host labels are not checked against DNS's 63 characters: at most 64 characters in all leave
 * room for no label longer than 53.
 */
public final class PrefixRules {
  private static final String SCHEME = "HTTPS://";

  private PrefixRules() {}

  /**
   * Upper-cases ASCII letters only, so that no other character turns into one (as {@code 'ı'}
   * would into {@code 'I'} with {@link String#toUpperCase()}).
   *
   * @param text the text
   * @return the text with {@code a-z} upper-cased
   */
  public static String asciiUpperCase(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = (char) (c - ('a' - 'A'));
      }
    }
    return chars == null ? text : new String(chars);
  }

  /**
   * Returns why {@code value} is not a prefix, or null when it is one. Never throws.
   *
   * @param value the text
   * @return the problem as "must …", or null
   */
  public static String problem(String value) {
    if (value.length() > TagPrefix.MAX_LENGTH) {
      return "must be at most " + TagPrefix.MAX_LENGTH + " characters";
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
    if (!segments(value.substring(hostEnd + 1, value.length() - 1))) {
      return "must have path segments of A-Z, 0-9, - and . (not . or ..)";
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

  /** Path segments: as the trust list format allows them, so every listed prefix can issue. */
  private static boolean segments(String path) {
    int start = 0;
    while (true) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      if (start == end || isDots(path, start, end)) {
        return false;
      }
      for (int i = start; i < end; i++) {
        char c = path.charAt(i);
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.')) {
          return false;
        }
      }
      if (end == path.length()) {
        return true;
      }
      start = end + 1;
    }
  }

  private static boolean isDots(String path, int start, int end) {
    int length = end - start;
    return (length == 1 && path.charAt(start) == '.')
        || (length == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.');
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
}
