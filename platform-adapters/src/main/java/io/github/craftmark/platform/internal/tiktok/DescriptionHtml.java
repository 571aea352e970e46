package io.github.craftmark.platform.internal.tiktok;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns plain text into the HTML TikTok Shop takes as a product description.
 *
 * <p>TikTok Shop accepts only {@code <p> <img> <ul> <ol> <li> <br> <strong> <b> <i> <em> <u>},
 * does not nest block tags and counts the limit of 10,000 characters over the HTML. Paragraphs
 * (separated by blank lines) become {@code <p>}, line breaks inside them {@code <br>}, and {@code &
 * < > " '} are escaped, so seller text can never add markup.
 */
public final class DescriptionHtml {
  private DescriptionHtml() {}

  /** The most characters TikTok Shop accepts in a description, counted over the HTML. */
  public static final int MAX_CHARS = 10_000;

  /** Converts plain text, NFC-normalised, to paragraphs of escaped HTML; blank text gives "". */
  public static String fromPlainText(String text) {
    String normalised =
        Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : normalised.split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        flush(paragraphs, current);
      } else {
        if (current.length() > 0) {
          current.append("<br>");
        }
        current.append(escape(stripped));
      }
    }
    flush(paragraphs, current);
    StringBuilder html = new StringBuilder();
    for (String paragraph : paragraphs) {
      html.append("<p>").append(paragraph).append("</p>");
    }
    return html.toString();
  }

  /** Counts the characters of {@code html} as TikTok Shop does: code points. */
  public static int length(String html) {
    return html.codePointCount(0, html.length());
  }

  private static void flush(List<String> paragraphs, StringBuilder current) {
    if (current.length() > 0) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }

  /** Escapes the five characters that could start markup or end an attribute. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (!Character.isISOControl(c) || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
