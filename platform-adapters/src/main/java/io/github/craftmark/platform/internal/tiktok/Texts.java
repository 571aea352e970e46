package io.github.craftmark.platform.internal.tiktok;

/** Text helpers for messages built from platform responses. */
final class Texts {
  private Texts() {}

  /**
   * Cuts {@code text} to {@code max} code points (never inside a surrogate pair) and escapes
   * control characters, so that text from a response cannot forge extra lines in a log.
   */
  static String shorten(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max + 8));
    int shown = 0;
    for (int i = 0; i < text.length(); ) {
      if (shown == max) {
        return out.append('…').toString();
      }
      int c = text.codePointAt(i);
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
      shown++;
    }
    return out.toString();
  }
}
