package io.github.craftmark.core.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductGroupTest {

  @Test
  void of148_hasTheSixGroups() {
    assertThat(ProductGroup.of(CriteriaVersion.DECISION_148_2023))
        .containsExactly(
            ProductGroup.FOOD,
            ProductGroup.BEVERAGES,
            ProductGroup.HERBAL_MEDICINAL,
            ProductGroup.HANDICRAFTS,
            ProductGroup.ORNAMENTAL_PLANTS_ANIMALS,
            ProductGroup.TOURISM_SERVICES);
    assertThat(ProductGroup.of(CriteriaVersion.DECISION_1489_2025))
        .isEqualTo(ProductGroup.of(CriteriaVersion.DECISION_148_2023));
  }

  @Test
  void of1048_hasItsSixGroups() {
    assertThat(ProductGroup.of(CriteriaVersion.DECISION_1048_2019))
        .containsExactly(
            ProductGroup.FOOD,
            ProductGroup.BEVERAGES,
            ProductGroup.HERBAL_MEDICINAL,
            ProductGroup.TEXTILES_GARMENTS,
            ProductGroup.SOUVENIRS_FURNITURE_DECORATION,
            ProductGroup.RURAL_TOURISM_SALES);
  }

  @Test
  void legacyGroups_mapToTheirCurrentEquivalent() {
    assertThat(ProductGroup.TEXTILES_GARMENTS.currentEquivalent())
        .isEqualTo(ProductGroup.HANDICRAFTS);
    assertThat(ProductGroup.SOUVENIRS_FURNITURE_DECORATION.currentEquivalent())
        .isEqualTo(ProductGroup.HANDICRAFTS);
    assertThat(ProductGroup.RURAL_TOURISM_SALES.currentEquivalent())
        .isEqualTo(ProductGroup.TOURISM_SERVICES);
    assertThat(ProductGroup.HANDICRAFTS.currentEquivalent()).isEqualTo(ProductGroup.HANDICRAFTS);
    assertThat(ProductGroup.TEXTILES_GARMENTS.isLegacy()).isTrue();
    assertThat(ProductGroup.FOOD.isLegacy()).isFalse();
    for (ProductGroup group : ProductGroup.values()) {
      assertThat(group.currentEquivalent().isLegacy()).isFalse();
      assertThat(group.currentEquivalent().belongsTo(CriteriaVersion.DECISION_148_2023))
          .isTrue();
    }
  }

  @Test
  void names_areVietnamese() {
    assertThat(ProductGroup.HANDICRAFTS.nameVi()).isEqualTo("Hàng thủ công mỹ nghệ");
    assertThat(ProductGroup.TEXTILES_GARMENTS.nameVi()).isEqualTo("Vải và may mặc");
    assertThat(ProductGroup.ORNAMENTAL_PLANTS_ANIMALS.nameVi()).isEqualTo("Sinh vật cảnh");
  }
}
