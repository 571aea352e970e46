package io.github.craftmark.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindingTest {
  static final Finding ORIGIN_MISSING = Finding.error(
          "LABEL_ORIGIN_MISSING",
          "The label must state where the goods were made, e.g. \"Sản xuất tại Việt Nam\".",
          "Nhãn phải ghi xuất xứ hàng hóa, ví dụ \"Sản xuất tại Việt Nam\".")
      .withField("label.origin")
      .withLegalBasis("Decree 43/2017/NĐ-CP art. 10");

  @Test
  void factories_setSeverityAndOptionalParts() {
    assertThat(ORIGIN_MISSING.severity()).isEqualTo(Severity.ERROR);
    assertThat(ORIGIN_MISSING.field()).contains("label.origin");
    assertThat(ORIGIN_MISSING.legalBasis()).contains("Decree 43/2017/NĐ-CP art. 10");
    Finding warning = Finding.warning("OCOP_STARS_UNVERIFIED", "Check the stars.", "Kiểm tra sao.");
    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
    assertThat(warning.field()).isEmpty();
    assertThat(Finding.info("X", "a", "b").severity()).isEqualTo(Severity.INFO);
    assertThat(ORIGIN_MISSING.withField("  ").field()).isEmpty();
    assertThat(ORIGIN_MISSING.withLegalBasis(null).legalBasis()).isEmpty();
  }

  @Test
  void constructor_normalisesTextAndNullOptionals() {
    Finding decomposed = new Finding(
        "LABEL_NAME_MISSING",
        Severity.ERROR,
        " Name missing ",
        "Thiếu tên hàng hóa".replace("ế", "e\u0302\u0301"),
        null,
        Optional.of(" Decree 43/2017/NĐ-CP "));
    assertThat(decomposed.messageVi()).isEqualTo("Thiếu tên hàng hóa");
    assertThat(decomposed.messageEn()).isEqualTo("Name missing");
    assertThat(decomposed.field()).isEmpty();
    assertThat(decomposed.legalBasis()).contains("Decree 43/2017/NĐ-CP");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "label_origin", "LABEL-ORIGIN", "_LABEL", "LABEL__ORIGIN", "1ABC"})
  void constructor_whenCodeNotUpperSnakeCase_isRejected(String code) {
    assertThatThrownBy(() -> Finding.error(code, "a", "b"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("code must be UPPER_SNAKE_CASE of at most 64 chars: \"" + code + "\"");
  }

  @Test
  void constructor_whenMessageOrSeverityMissing_isRejected() {
    assertThatThrownBy(() -> Finding.error("A", " ", "b"))
        .hasMessage("messageEn must not be blank: \" \"");
    assertThatThrownBy(() -> Finding.of("A", null, "a", "b"))
        .hasMessage("severity must not be null: null");
  }

  @Test
  void json_matchesGolden() {
    GoldenJson.assertMatchesGolden(ORIGIN_MISSING, Finding.class, "compliance/finding.json");
  }

  @Test
  void json_whenCodeInvalid_failsToRead() {
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(
            "{\"code\":\"bad code\",\"severity\":\"ERROR\",\"messageEn\":\"a\",\"messageVi\":\"b\"}",
            Finding.class))
        .hasMessageContaining("code must be UPPER_SNAKE_CASE of at most 64 chars: \"bad code\"");
  }
}
