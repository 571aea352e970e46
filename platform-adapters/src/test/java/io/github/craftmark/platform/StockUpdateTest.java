package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.id.Sku;
import org.junit.jupiter.api.Test;

class StockUpdateTest {
  @Test
  void of_hasNoPlatformSkuId() {
    StockUpdate update = StockUpdate.of("800123", Sku.of("BT-BHL-25"), 0);

    assertThat(update.platformSkuId()).isEmpty();
    assertThat(update.quantity()).isZero();
  }

  @Test
  void quantity_mustBeWithinCoresStockRange() {
    assertThatThrownBy(() -> StockUpdate.of("800123", Sku.of("A"), -1))
        .hasMessage("quantity must be 0..10000000: -1");
    assertThatThrownBy(() -> StockUpdate.of("800123", Sku.of("A"), 10_000_001))
        .hasMessage("quantity must be 0..10000000: 10000001");
  }
}
