package io.github.craftmark.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.testing.RandomInputs;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WordMatchTest {
  private static boolean contains(String text, String phrase) {
    return WordMatch.containsPhrase(WordMatch.words(text), WordMatch.words(phrase));
  }

  @Test
  void words_splitOnAnythingButLettersDigitsAndMarks_keepingTheMarks() {
    assertThat(WordMatch.words("Vòng-tay NGÀ voi, 2025!"))
        .containsExactly(
            new WordMatch.Word("vong", "\u0300"),
            new WordMatch.Word("tay", ""),
            new WordMatch.Word("nga", "\u0300"),
            new WordMatch.Word("voi", ""),
            new WordMatch.Word("2025", ""));
    assertThat(WordMatch.words("Đồ")).containsExactly(new WordMatch.Word("do", "đ\u0302\u0300"));
    assertThat(WordMatch.words(" \u0300 ,. ")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Either side without diacritics: folded comparison.
        "Vòng tay NGA VOI|ngà voi|true",
        "vòng tay ngà voi|nga voi|true",
        "Vo\u0300ng tay nga\u0300 voi|ngà voi|true",
        // Both with diacritics: they must agree, wherever the tone sits.
        "Giá tiết kiệm nhất|kiếm nhật|false",
        "Áo phao dài|pháo đại|false",
        "Túi có vật liệu tái chế|cổ vật|false",
        "Hoà bình|hòa bình|true",
        "Thuỷ tinh|thủy tinh|true",
        // Whole words only.
        "Khăn voile|voi|false",
        "Khăn|khăn lụa|false"
      })
  void containsPhrase_comparesDiacriticsOnlyWhenBothSidesHaveThem(
      String text, String phrase, boolean expected) {
    assertThat(contains(text, phrase)).isEqualTo(expected);
  }

  @Test
  void startsWithPhrase_matchesOnlyAtTheStart() {
    assertThat(WordMatch.startsWithPhrase(
            WordMatch.words("XUAT XU: Việt Nam"), WordMatch.words("Xuất xứ")))
        .isTrue();
    assertThat(WordMatch.startsWithPhrase(
            WordMatch.words("Hàng xuất xứ Việt Nam"), WordMatch.words("Xuất xứ")))
        .isFalse();
    assertThat(WordMatch.startsWithPhrase(WordMatch.words("Xuất"), WordMatch.words("Xuất xứ")))
        .isFalse();
    assertThat(WordMatch.startsWithPhrase(WordMatch.words("Xuất"), WordMatch.words("")))
        .isFalse();
  }

  @Test
  void words_whenNull_isRejectedNamingText() {
    assertThatThrownBy(() -> WordMatch.words(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("text must not be null: null");
  }

  @ParameterizedTest
  @MethodSource("randomTexts")
  void words_onRandomText_matchThemselves(String text) {
    var words = WordMatch.words(text);
    assertThat(words).allSatisfy(w -> assertThat(w.base()).isNotEmpty());
    assertThat(WordMatch.containsPhrase(words, words)).isEqualTo(!words.isEmpty());
  }

  static Stream<String> randomTexts() {
    return RandomInputs.stringStream(117L, 300, 40);
  }
}
