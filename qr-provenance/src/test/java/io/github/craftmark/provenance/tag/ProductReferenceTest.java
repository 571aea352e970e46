package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.Sku;
import org.junit.jupiter.api.Test;

class ProductReferenceTest {

  @Test
  void of_sku_keepsTheSku() {
    ProductReference reference = ProductReference.of(Sku.of("bt-vase_01"));
    assertThat(reference).isEqualTo(new ProductReference.BySku(Sku.of("bt-vase_01")));
    assertThat(reference.text()).isEqualTo("bt-vase_01");
  }

  @Test
  void of_gtin_holdsTheGtin14() {
    ProductReference reference = ProductReference.of(Gtin.of("8934602001122"));
    assertThat(reference).isInstanceOf(ProductReference.ByGtin.class);
    assertThat(((ProductReference.ByGtin) reference).gtin()).isEqualTo(Gtin.of("08934602001122"));
    assertThat(reference.text()).isEqualTo("08934602001122");
    assertThat(ProductReference.of(Gtin.of("96385074")))
        .isEqualTo(ProductReference.of(Gtin.of("00000096385074")));
  }

  @Test
  void whenNull_isRejected() {
    assertThatThrownBy(() -> ProductReference.of((Sku) null))
        .hasMessage("sku must not be null: null");
    assertThatThrownBy(() -> ProductReference.of((Gtin) null))
        .hasMessage("gtin must not be null: null");
  }
}
