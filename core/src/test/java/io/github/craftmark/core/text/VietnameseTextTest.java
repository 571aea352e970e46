package io.github.craftmark.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.testing.RandomInputs;
import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class VietnameseTextTest {

  @Test
  void nfc_whenDecomposed_composes() {
    String decomposed = "Lu\u0323a Va\u0323n Phu\u0301c";
    assertThat(decomposed).isNotEqualTo("Lụa Vạn Phúc");
    assertThat(VietnameseText.nfc(decomposed)).isEqualTo("Lụa Vạn Phúc");
  }

  @ParameterizedTest
  @CsvSource({
    "Lụa Vạn Phúc, Lua Van Phuc",
    "Đồ gốm, Do gom",
    "đ, d",
    "Đ, D",
    "Gốm sứ Bát Tràng, Gom su Bat Trang",
    "Nghệ nhân ưu tú, Nghe nhan uu tu",
    "ĂÂÊÔƠƯ ăâêôơư, AAEOOU aaeoou",
    "Ỹ ỹ Ỳ ỳ, Y y Y y"
  })
  void foldDiacritics_removesMarksAndStrokedD(String input, String expected) {
    assertThat(VietnameseText.foldDiacritics(input)).isEqualTo(expected);
  }

  @Test
  void foldDiacritics_keepsMarksThatBelongToLettersOfOtherScripts() {
    assertThat(VietnameseText.foldDiacritics("が")).isEqualTo("が");
    assertThat(VietnameseText.foldDiacritics("Йод")).isEqualTo("Йод");
    assertThat(VietnameseText.foldDiacritics("ที่นี่")).isEqualTo("ที่นี่");
    assertThat(VietnameseText.foldDiacritics("नमस्ते")).isEqualTo("नमस्ते");
    assertThat(VietnameseText.searchKey("がっこう")).isNotEqualTo(VietnameseText.searchKey("かっこう"));
    // Other Latin accents fold like Vietnamese ones.
    assertThat(VietnameseText.foldDiacritics("Façade crème Ñandú")).isEqualTo("Facade creme Nandu");
  }

  @Test
  void foldDiacritics_handlesSurrogatePairsAndStrayMarks() {
    // A supplementary letter and emoji pass through whole; a mark with no letter before it stays.
    assertThat(VietnameseText.foldDiacritics("𝐀ạ😀ố")).isEqualTo("𝐀a😀o");
    assertThat(VietnameseText.foldDiacritics("\u0301a")).isEqualTo("\u0301a");
    // A supplementary combining mark (U+1D167) on a Latin letter is removed like any other.
    assertThat(VietnameseText.foldDiacritics("a\uD834\uDD67b")).isEqualTo("ab");
    // An unpaired surrogate is kept rather than failing.
    assertThat(VietnameseText.foldDiacritics("a\uD800ạ")).isEqualTo("a\uD800a");
    assertThat(VietnameseText.slug("Gốm 😀 Bát Tràng")).isEqualTo("gom-bat-trang");
    assertThat(VietnameseText.searchKey("Lụa\u2003😀  Vạn")).isEqualTo("lua 😀 van");
  }

  @ParameterizedTest
  @CsvSource({
    "Lụa Vạn Phúc, lua-van-phuc",
    "Đồ gốm, do-gom",
    "'  Bình hút lộc (men rạn)  ', binh-hut-loc-men-ran",
    "Gốm--Bát   Tràng!!, gom-bat-trang",
    "Sơn mài 2025, son-mai-2025",
    "'---', ''"
  })
  void slug_foldsLowercasesAndJoinsWithDashes(String input, String expected) {
    assertThat(VietnameseText.slug(input)).isEqualTo(expected);
  }

  @Test
  void searchKey_matchesWithOrWithoutDiacritics() {
    assertThat(VietnameseText.searchKey("Lụa  Vạn Phúc"))
        .isEqualTo(VietnameseText.searchKey("lua van phuc"))
        .isEqualTo(VietnameseText.searchKey("LỤA VẠN PHÚC"))
        .isEqualTo(VietnameseText.searchKey(" Lụa\u00a0Vạn\tPhúc\n"))
        .isEqualTo("lua van phuc");
    assertThat(VietnameseText.containsIgnoringDiacritics("Bình gốm men lam Bát Tràng", "bat trang"))
        .isTrue();
    assertThat(VietnameseText.containsIgnoringDiacritics("Lụa Vạn Phúc", "gom")).isFalse();
  }

  @Test
  void nullInput_isRejectedNamingTheField() {
    assertThatThrownBy(() -> VietnameseText.slug(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("text must not be null: null");
  }

  static Stream<String> randomText() {
    return RandomInputs.stringStream(20261123L, 500, 40);
  }

  @ParameterizedTest
  @MethodSource("randomText")
  void slug_isAlwaysAsciiLowercaseWithoutEdgeOrDoubleDashes(String text) {
    String slug = VietnameseText.slug(text);
    assertThat(slug).matches("([a-z0-9]+(-[a-z0-9]+)*)?");
  }

  @ParameterizedTest
  @MethodSource("randomText")
  void foldDiacritics_isIdempotentAndNfc(String text) {
    String once = VietnameseText.foldDiacritics(text);
    assertThat(VietnameseText.foldDiacritics(once)).isEqualTo(once);
    assertThat(Normalizer.isNormalized(once, Normalizer.Form.NFC)).isTrue();
  }
}
