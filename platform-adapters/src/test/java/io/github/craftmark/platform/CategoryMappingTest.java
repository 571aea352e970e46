package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.platform.testing.Samples;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryMappingTest {
  private static final CategoryMapping.Target CERAMICS = CategoryMapping.Target.of("100636")
      .withAttribute("origin", "Việt Nam")
      .withAttributeFromProduct("glaze", "Màu men")
      .withAttributeFromProduct("size", "Kích thước")
      .requiring("origin", "glaze", "size");

  @Test
  void targetFor_prefersTheProductsOwnEntryOverItsCraft() {
    Product vase = Samples.vase().build();
    CategoryMapping.Target special = CategoryMapping.Target.of("101010");
    CategoryMapping mapping = CategoryMapping.builder(Marketplace.SHOPEE)
        .map(CraftCategory.CERAMICS, CERAMICS)
        .build();

    assertThat(mapping.targetFor(vase)).contains(CERAMICS);
    assertThat(mapping.toBuilder().map(vase.id(), special).build().targetFor(vase))
        .contains(special);
    assertThat(mapping.targetFor(Samples.silkScarf().build())).isEmpty();
  }

  @Test
  void attributeValues_takeFixedValuesAndTheProductsAttributes() {
    Product vase = Samples.vase().build();

    assertThat(CERAMICS.attributeValues(vase))
        .containsExactly(Map.entry("glaze", "Rạn cổ"), Map.entry("origin", "Việt Nam"));
    assertThat(CERAMICS.missingAttributes(vase)).containsExactly("size");
  }

  @Test
  void allTo_mapsEveryCraft() {
    CategoryMapping mapping =
        CategoryMapping.allTo(Marketplace.LAZADA, CategoryMapping.Target.of("3"));

    assertThat(mapping.targetFor(Samples.silkScarf().build()))
        .map(CategoryMapping.Target::categoryId)
        .contains("3");
    assertThat(mapping.marketplace()).isEqualTo(Marketplace.LAZADA);
  }

  @Test
  void target_rejectsABadCategoryId() {
    assertThatThrownBy(() -> CategoryMapping.Target.of("10 06"))
        .hasMessage("categoryId must not contain white space or control characters: \"10 06\"");
    assertThatThrownBy(() -> CERAMICS.withAttribute("origin", " "))
        .hasMessage("value must not be blank: \" \"");
  }
}
