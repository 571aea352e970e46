package io.github.craftmark.core.internal;

import io.github.craftmark.core.text.VietnameseText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Whole-word phrase matching that ignores Vietnamese diacritics and case: {@code "ngà voi"} is
 * found in {@code "Vòng tay NGA VOI"} but {@code "voi"} is not found in {@code "voile"}.
 */
public final class WordMatch {
  private WordMatch() {}

  /**
   * Splits text into lower-case words with diacritics folded; anything that is not a letter or a
   * digit separates words.
   */
  public static List<String> words(String text) {
    String key = VietnameseText.searchKey(Checks.notNull("text", text));
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= key.length(); i++) {
      boolean wordChar = i < key.length() && Character.isLetterOrDigit(key.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        out.add(key.substring(start, i));
        start = -1;
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Tells whether {@code phrase} occurs as consecutive whole words of {@code textWords}. */
  public static boolean containsPhrase(List<String> textWords, List<String> phrase) {
    return !phrase.isEmpty() && Collections.indexOfSubList(textWords, phrase) >= 0;
  }
}
