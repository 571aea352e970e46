package io.github.craftmark.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import io.github.craftmark.core.product.CraftCategory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelRulesTest {
  private static final LabelRules RULES = LabelRules.defaults();

  @Test
  void defaults_followDecree43AsAmended_withTextilesAsWarnings() {
    assertThat(RULES.originPhrases())
        .startsWith(
            "Sản xuất tại",
            "Chế tạo tại",
            "Nước sản xuất",
            "Xuất xứ",
            "Sản xuất bởi",
            "Sản phẩm của");
    assertThat(RULES.originPhrases()).contains("Made in", "Product of", "Đóng gói tại");
    assertThat(RULES.countryNames()).containsExactly("Việt Nam", "Vietnam");
    assertThat(RULES.forbiddenAbbreviations()).contains("VN", "SX");
    assertThat(RULES.textileCategories())
        .containsExactly(CraftCategory.SILK, CraftCategory.EMBROIDERY, CraftCategory.BROCADE);
    assertThat(RULES.textileSeverity()).isEqualTo(Severity.WARNING);
    assertThat(LabelRules.DECREE_43_2017)
        .isEqualTo("Decree 43/2017/NĐ-CP, as amended by Decree 111/2021/NĐ-CP");
  }

  @ParameterizedTest
  @CsvSource({
    "Xuất xứ: Việt Nam, Xuất xứ",
    "XUAT XU VIET NAM, Xuất xứ",
    "sản   xuất tại Việt Nam, Sản xuất tại",
    "Made in Vietnam, Made in"
  })
  void leadingPhrase_ignoresCaseDiacriticsSpaceAndPunctuation(String origin, String phrase) {
    assertThat(RULES.leadingPhrase(origin)).contains(phrase);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Việt Nam",
        "Xuất xứ",
        "Xuất xứ:",
        "Hàng Việt",
        "In Vietnam made",
        "Xuất xử Việt Nam"
      })
  void leadingPhrase_whenNoPhraseOrNothingAfter_isEmpty(String origin) {
    assertThat(RULES.leadingPhrase(origin)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"SX tại VN, VN", "Made in V.N., V.N", "sx tai viet nam, SX", "Xuất xứ: vnm, VNM"})
  void abbreviationIn_findsWholeWordAbbreviations(String origin, String abbreviation) {
    assertThat(RULES.abbreviationIn(origin)).contains(abbreviation);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sản xuất tại Việt Nam", "Made in Vietnam", "Xuất xứ: Vĩnh Phúc"})
  void abbreviationIn_whenWordsAreWhole_isEmpty(String origin) {
    assertThat(RULES.abbreviationIn(origin)).isEmpty();
  }

  @Test
  void namesCountry_matchesListedNames_andEmptyListTurnsItOff() {
    assertThat(RULES.namesCountry("Xuất xứ: VIET NAM")).isTrue();
    assertThat(RULES.namesCountry("Made in Vietnam")).isTrue();
    assertThat(RULES.namesCountry("Sản xuất tại Bát Tràng")).isFalse();
    assertThat(RULES.withCountryNames(List.of()).namesCountry("Sản xuất tại Bát Tràng"))
        .isTrue();
  }

  @Test
  void isTextile_followsTheCategories() {
    assertThat(RULES.isTextile(CraftCategory.SILK)).isTrue();
    assertThat(RULES.isTextile(CraftCategory.CERAMICS)).isFalse();
    LabelRules own = RULES.withTextileCategories(List.of(CraftCategory.BAMBOO_RATTAN));
    assertThat(own.isTextile(CraftCategory.BAMBOO_RATTAN)).isTrue();
    assertThat(own.isTextile(CraftCategory.SILK)).isFalse();
  }

  @Test
  void withers_changeOnlyTheirPart() {
    LabelRules changed =
        RULES.withTextileSeverity(Severity.ERROR).withForbiddenAbbreviations(List.of("VN"));
    assertThat(changed.textileSeverity()).isEqualTo(Severity.ERROR);
    assertThat(changed.forbiddenAbbreviations()).containsExactly("VN");
    assertThat(changed.originPhrases()).isEqualTo(RULES.originPhrases());
    assertThat(changed.textileCategories()).isEqualTo(RULES.textileCategories());
  }

  @Test
  void constructor_normalisesTextToNfc() {
    LabelRules rules = new LabelRules(
        List.of(" Xua\u0302\u0301t xu\u031b\u0301 "),
        List.of(),
        List.of(),
        List.of(),
        Severity.INFO);
    assertThat(rules.originPhrases()).containsExactly("Xuất xứ");
  }

  @Test
  void constructor_rejectsBadValuesNamingThem() {
    assertThatThrownBy(
            () -> new LabelRules(List.of(), List.of(), List.of(), List.of(), Severity.WARNING))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("originPhrases must not be empty: []");
    assertThatThrownBy(() -> new LabelRules(
            List.of("Xuất xứ"), List.of("—"), List.of(), List.of(), Severity.WARNING))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("countryNames[0] must contain a letter or digit: \"—\"");
    assertThatThrownBy(
            () -> new LabelRules(List.of("Xuất xứ"), List.of(), List.of(), List.of(), null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("textileSeverity must not be null: null");
  }

  @Test
  void json_matchesGolden() {
    GoldenJson.assertMatchesGolden(RULES, LabelRules.class, "compliance/label-rules.json");
  }

  @Test
  void json_whenPhrasesEmpty_failsWithTheSdkMessage() {
    String json = "{\"originPhrases\":[],\"countryNames\":[],\"forbiddenAbbreviations\":[],"
        + "\"textileCategories\":[],\"textileSeverity\":\"WARNING\"}";
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(json, LabelRules.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("originPhrases must not be empty: []");
  }
}
