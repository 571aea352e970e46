package io.github.craftmark.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class CraftCategoryTest {

  @Test
  void builtIns_haveVietnameseNamesAndStableCodes() {
    assertThat(CraftCategory.CERAMICS.code()).isEqualTo("ceramics");
    assertThat(CraftCategory.CERAMICS.nameVi()).isEqualTo("Gốm sứ");
    assertThat(CraftCategory.fromCode("silk")).isSameAs(CraftCategory.SILK);
    assertThat(CraftCategory.all()).contains(CraftCategory.LACQUER, CraftCategory.BAMBOO_RATTAN);
  }

  @Test
  void register_addsAnApplicationCategoryFoundByCode() {
    CraftCategory horn = CraftCategory.register("horn-carving", "Sừng mỹ nghệ", "Horn carving");
    assertThat(CraftCategory.fromCode("horn-carving")).isSameAs(horn);
    assertThat(CraftCategory.register("horn-carving", "Sừng mỹ nghệ", "Horn carving"))
        .isSameAs(horn);
    assertThatThrownBy(() -> CraftCategory.register("horn-carving", "Khác", "Other"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("already registered");
  }

  @Test
  void fromCode_whenUnknown_isRejectedNamingTheCode() {
    assertThatThrownBy(() -> CraftCategory.fromCode("pottery-x"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("craftCategory must be a built-in or registered code: \"pottery-x\"");
    assertThat(CraftCategory.find("pottery-x")).isEmpty();
  }

  @Test
  void of_whenCodeNotASlug_isRejected() {
    assertThatThrownBy(() -> CraftCategory.of("Gốm", "Gốm", "Pottery"))
        .hasMessageStartingWith("code must be a lower-case ASCII slug");
  }

  @Test
  void equality_isByCode() {
    assertThat(CraftCategory.of("ceramics", "Gốm", "Pottery")).isEqualTo(CraftCategory.CERAMICS);
  }

  record Crafts(List<CraftCategory> crafts) {}

  @Test
  void json_writesCodesAndReadsUnknownCodes() throws Exception {
    GoldenJson.assertMatchesGolden(
        new Crafts(List.of(CraftCategory.CERAMICS, CraftCategory.SILK)),
        Crafts.class,
        "product/craft-categories.json");
    Crafts unknown = GoldenJson.MAPPER.readValue("{\"crafts\":[\"kite-making\"]}", Crafts.class);
    assertThat(unknown.crafts()).extracting(CraftCategory::code).containsExactly("kite-making");
  }
}
