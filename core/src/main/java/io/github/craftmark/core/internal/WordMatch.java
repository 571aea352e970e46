package io.github.craftmark.core.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Whole-word phrase matching that ignores case, and ignores Vietnamese diacritics only where one
 * side is written without them: {@code "ngà voi"} is found in {@code "Vòng tay NGA VOI"} and in
 * {@code "vòng tay ngà voi"}, but {@code "kiếm nhật"} (Japanese sword) is not found in {@code "giá
 * tiết kiệm nhất"} (cheapest price), although both fold to {@code "kiem nhat"}.
 *
 * <p>Folding every word would make everyday words collide with keywords ({@code "áo phao dài"}, a
 * long puffer coat, with {@code "pháo đại"}, a firecracker); comparing diacritics always would miss
 * the many listings typed without them. So two words match when their letters are equal once
 * diacritics are removed and either one carries no diacritics or both carry the same ones, in the
 * same order: that order ignores where the tone sits, so old- and new-style spellings ({@code
 * "hoà"}, {@code "hòa"}) still match.
 */
public final class WordMatch {
  private WordMatch() {}

  // Stands for the stroke of đ among the marks: Unicode does not decompose đ into d + a mark.
  private static final char STROKE = 'đ';

  /**
   * One word of a text: its lower-case letters and digits without diacritics, and the diacritics
   * it carried, in order.
   *
   * @param base the letters and digits, e.g. {@code "kiem"}
   * @param marks the combining marks (and {@code đ} for a stroke), e.g. {@code "\u0302\u0301"} for
   *     {@code "kiếm"}; empty for a word written without diacritics
   */
  public record Word(String base, String marks) {
    /** Tells whether this word and {@code other} are the same word, as the type describes. */
    public boolean sameAs(Word other) {
      return base.equals(other.base)
          && (marks.isEmpty() || other.marks.isEmpty() || marks.equals(other.marks));
    }
  }

  /**
   * Splits text into words; anything that is not a letter, a digit or a diacritic separates words.
   */
  public static List<Word> words(String text) {
    String decomposed = Normalizer.normalize(Checks.notNull("text", text), Normalizer.Form.NFD)
        .toLowerCase(Locale.ROOT);
    List<Word> out = new ArrayList<>();
    StringBuilder base = new StringBuilder();
    StringBuilder marks = new StringBuilder();
    for (int i = 0; i <= decomposed.length(); i++) {
      char c = i < decomposed.length() ? decomposed.charAt(i) : ' ';
      if (c == STROKE) {
        base.append('d');
        marks.append(STROKE);
      } else if (Character.isLetterOrDigit(c)) {
        base.append(c);
      } else if (isMark(c)) {
        if (base.length() > 0) {
          marks.append(c);
        }
      } else if (base.length() > 0) {
        out.add(new Word(base.toString(), marks.toString()));
        base.setLength(0);
        marks.setLength(0);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Tells whether {@code phrase} occurs as consecutive whole words of {@code textWords}. */
  public static boolean containsPhrase(List<Word> textWords, List<Word> phrase) {
    if (phrase.isEmpty()) {
      return false;
    }
    for (int start = 0; start + phrase.size() <= textWords.size(); start++) {
      if (matchesAt(textWords, start, phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether {@code textWords} starts with {@code phrase}. */
  public static boolean startsWithPhrase(List<Word> textWords, List<Word> phrase) {
    return !phrase.isEmpty()
        && phrase.size() <= textWords.size()
        && matchesAt(textWords, 0, phrase);
  }

  private static boolean matchesAt(List<Word> textWords, int start, List<Word> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      if (!textWords.get(start + k).sameAs(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
