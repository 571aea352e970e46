package io.github.craftmark.core.text;

import io.github.craftmark.core.internal.Checks;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text helpers: NFC normalisation, ASCII folding, slugs and search keys.
 *
 * <p>Unicode decomposition strips tone and vowel marks ({@code "ạ"} becomes {@code "a"}) but leaves
 * {@code đ}/{@code Đ} alone, since the stroke is not a combining mark; folding here maps them to
 * {@code d}/{@code D} as Vietnamese readers expect: {@code "Đồ gốm"} folds to {@code "Do gom"}.
 *
 * <p>All methods are pure and thread-safe.
 */
public final class VietnameseText {
  private VietnameseText() {}

  /**
   * Normalises text to Unicode NFC, the form CraftMark stores.
   *
   * <p>Text typed on some keyboards or copied from PDFs arrives decomposed ({@code "a" + U+0323});
   * NFC makes equal strings compare equal.
   *
   * @param text the text, not null
   * @return the NFC form of {@code text}
   */
  public static String nfc(String text) {
    Checks.notNull("text", text);
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Removes Vietnamese diacritics, keeping case and every other character: {@code "Lụa Vạn Phúc"}
   * becomes {@code "Lua Van Phuc"}, {@code "Đồ gốm"} becomes {@code "Do gom"}.
   *
   * <p>Only marks on Latin letters are removed, so other Latin-script accents fold too ({@code
   * "ç"} becomes {@code "c"}); a mark on a letter of another script is part of that letter and is
   * kept ({@code "が"}, {@code "й"} and Thai tone marks stay as they are). Characters outside the
   * Basic Multilingual Plane are kept whole.
   *
   * @param text the text, not null
   * @return the folded text, NFC
   */
  public static String foldDiacritics(String text) {
    Checks.notNull("text", text);
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean afterLatinLetter = false;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        if (!afterLatinLetter) {
          out.appendCodePoint(c);
        }
        continue;
      }
      afterLatinLetter =
          Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
      out.appendCodePoint(
          switch (c) {
            case 'đ' -> 'd';
            case 'Đ' -> 'D';
            default -> c;
          });
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /**
   * Makes a URL- and SKU-friendly slug: diacritics folded, lower case, runs of anything other than
   * ASCII letters and digits turned into one {@code -}, no leading or trailing {@code -}.
   *
   * <p>{@code "Lụa Vạn Phúc"} becomes {@code "lua-van-phuc"}; {@code "Bình hút lộc (men rạn)"}
   * becomes {@code "binh-hut-loc-men-ran"}.
   *
   * @param text the text, not null
   * @return the slug, possibly empty when {@code text} has no ASCII letter or digit after folding
   */
  public static String slug(String text) {
    String folded = foldDiacritics(text).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    boolean pendingDash = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (keep) {
        if (pendingDash && out.length() > 0) {
          out.append('-');
        }
        pendingDash = false;
        out.append(c);
      } else {
        pendingDash = true;
      }
    }
    return out.toString();
  }

  /**
   * Makes a key for diacritic- and case-insensitive search: folded, lower case, white space
   * collapsed to single spaces and trimmed.
   *
   * <p>{@code searchKey("Lụa Vạn Phúc")}, {@code searchKey("lua van phuc")} and {@code
   * searchKey("LỤA VẠN PHÚC")} are equal, so a shopper who types without diacritics still finds the
   * product.
   *
   * @param text the text, not null
   * @return the search key
   */
  public static String searchKey(String text) {
    String folded = foldDiacritics(text).toLowerCase(Locale.ROOT);
    // One pass instead of a regular expression: search keys are built for every product shown.
    StringBuilder out = new StringBuilder(folded.length());
    boolean pendingSpace = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = true;
      } else {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Tells whether {@code query} occurs in {@code text}, ignoring diacritics, case and repeated
   * white space.
   *
   * @param text the text searched, not null
   * @param query what to look for, not null
   * @return true when the search key of {@code query} is contained in that of {@code text}
   */
  public static boolean containsIgnoringDiacritics(String text, String query) {
    return searchKey(text).contains(searchKey(query));
  }
}
