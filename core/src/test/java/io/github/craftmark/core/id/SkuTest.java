package io.github.craftmark.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.testing.RandomInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SkuTest {

  @Test
  void of_keepsCaseAndSeparators() {
    assertThat(Sku.of("BT-binh_25cm.v2/xanh").value()).isEqualTo("BT-binh_25cm.v2/xanh");
    assertThat(Sku.of("a")).hasToString("a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-BT01", "BT01/", ".x", "x_"})
  void of_whenStartsOrEndsWithSeparator_isRejected(String bad) {
    assertThatThrownBy(() -> Sku.of(bad))
        .hasMessage("sku must not start or end with a separator: \"" + bad + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"BÌNH-01", "BT 01", "BT#01"})
  void of_whenCharacterNotAllowed_isRejected(String bad) {
    assertThatThrownBy(() -> Sku.of(bad))
        .hasMessageStartingWith("sku must use only ASCII letters, digits, '-', '_', '.' and '/'");
  }

  @Test
  void of_whenEmptyOrLongerThan64_isRejected() {
    assertThatThrownBy(() -> Sku.of("")).hasMessage("sku must be 1..64 characters: \"\"");
    assertThat(Sku.of("A".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> Sku.of("A".repeat(65)))
        .hasMessageStartingWith("sku must be 1..64 characters");
  }

  @Test
  void fromText_foldsVietnameseAndUpperCases() {
    assertThat(Sku.fromText("Bình gốm men lam 25cm")).isEqualTo(Sku.of("BINH-GOM-MEN-LAM-25CM"));
    assertThat(Sku.fromText("Lụa Vạn Phúc – khăn đỏ")).isEqualTo(Sku.of("LUA-VAN-PHUC-KHAN-DO"));
  }

  @Test
  void fromText_cutsLongNamesAtAWordBoundary() {
    Sku sku = Sku.fromText("Bộ ấm chén ".repeat(10));
    assertThat(sku.value())
        .hasSizeLessThanOrEqualTo(64)
        .startsWith("BO-AM-CHEN-")
        .doesNotEndWith("-");
  }

  @Test
  void fromText_whenNoLetterOrDigit_isRejected() {
    assertThatThrownBy(() -> Sku.fromText("–…"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("text must contain a letter or digit: \"–…\"");
  }

  static java.util.stream.Stream<String> randomTexts() {
    return RandomInputs.stringStream(64L, 300, 120);
  }

  @ParameterizedTest
  @MethodSource("randomTexts")
  void fromText_alwaysGivesAValidSkuOrRejectsCleanly(String text) {
    try {
      Sku sku = Sku.fromText(text);
      assertThat(Sku.of(sku.value())).isEqualTo(sku);
    } catch (InvalidValueException e) {
      assertThat(e.field()).isEqualTo("text");
    }
  }
}
