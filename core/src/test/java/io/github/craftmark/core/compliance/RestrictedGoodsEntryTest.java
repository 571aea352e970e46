package io.github.craftmark.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import org.junit.jupiter.api.Test;

class RestrictedGoodsEntryTest {
  static final RestrictedGoodsEntry CORAL = RestrictedGoodsEntry.builder()
      .code("red-coral")
      .level(RestrictionLevel.BANNED)
      .nameVi("San hô đỏ")
      .nameEn("Red coral")
      .addKeywords("san hô đỏ", "red coral")
      .legalBasis("Quy chế hội làng nghề 1/2025")
      .note("Example entry of a village association.")
      .build();

  @Test
  void matchedKeyword_isTheKeywordAsStored() {
    assertThat(CORAL.matchedKeyword("Vòng cổ SAN HO DO Phú Quốc")).contains("san hô đỏ");
    assertThat(CORAL.matchedKeyword("Red-coral earrings")).contains("red coral");
    assertThat(CORAL.matches("Vòng cổ san hô")).isFalse();
    assertThat(CORAL.matches("redcoral")).isFalse();
  }

  @Test
  void toBuilder_roundTrips() {
    assertThat(CORAL.toBuilder().build()).isEqualTo(CORAL);
    assertThat(CORAL.toBuilder().level(RestrictionLevel.CONDITIONAL).build().level())
        .isEqualTo(RestrictionLevel.CONDITIONAL);
  }

  @Test
  void toFinding_conditionalIsAWarning() {
    Finding finding =
        CORAL.toBuilder().level(RestrictionLevel.CONDITIONAL).build().toFinding(null, "red coral");
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.code()).isEqualTo("RESTRICTED_GOODS_CONDITIONAL");
    assertThat(finding.field()).isEmpty();
    assertThat(finding.messageEn()).contains("Red coral (keyword \"red coral\")");
  }

  @Test
  void build_whenFieldMissingOrBad_failsNamingIt() {
    assertThatThrownBy(() -> CORAL.toBuilder().code(null).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("code must not be null: null");
    assertThatThrownBy(() -> CORAL.toBuilder().code("Red Coral").build())
        .hasMessage("code must be a lower-case ASCII slug of at most 64 chars: \"Red Coral\"");
    assertThatThrownBy(() -> CORAL.toBuilder().level(null).build())
        .hasMessage("level must not be null: null");
    assertThatThrownBy(() -> CORAL.toBuilder().keywords(java.util.List.of()).build())
        .hasMessage("keywords must not be empty: []");
    assertThatThrownBy(() -> CORAL.toBuilder().addKeywords("—").build())
        .hasMessage("keywords[2] must contain a letter or digit: \"—\"");
    assertThatThrownBy(() -> CORAL.toBuilder().legalBasis(" ").build())
        .hasMessage("legalBasis must not be blank: \" \"");
  }

  @Test
  void json_matchesGolden() {
    GoldenJson.assertMatchesGolden(
        CORAL, RestrictedGoodsEntry.class, "compliance/restricted-goods-entry.json");
  }
}
