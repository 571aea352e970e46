package io.github.craftmark.platform.internal.lazada;

/** Plain text to the small HTML subset Lazada descriptions accept. */
final class LazadaHtml {
  private LazadaHtml() {}

  /**
   * One {@code <p>} per paragraph (paragraphs are separated by blank lines), {@code <br/>} for
   * single line breaks, and every character that means something in HTML escaped, so that text
   * from a seller can never become markup.
   */
  static String paragraphs(String text) {
    String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    StringBuilder html = new StringBuilder(normalised.length() + 32);
    for (String paragraph : normalised.split("\n\\s*\n")) {
      String trimmed = paragraph.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      html.append("<p>");
      String[] lines = trimmed.split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          html.append("<br/>");
        }
        escape(lines[i].strip(), html);
      }
      html.append("</p>");
    }
    return html.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    escape(text, out);
    return out.toString();
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
