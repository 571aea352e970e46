package io.github.craftmark.examples.verifyserver;

/** HTML escaping: every text the pages echo goes through {@link #text(Object)}. */
final class Html {
  private Html() {}

  /**
   * Escapes text for an element's content or a quoted attribute value.
   *
   * @param value any value; null is the empty string
   * @return the escaped text
   */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // Control characters have no business on the page; NUL and friends become U+FFFD.
          if (c < 0x20 && c != '\n' && c != '\t') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
