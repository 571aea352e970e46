package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Sku;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void checkBatch_keepsOrderAndAllowsOneSkuInTwoListings() {
    List<StockUpdate> updates = List.of(
        StockUpdate.of("800123", Sku.of("A"), 1),
        StockUpdate.of("800124", Sku.of("A"), 2),
        StockUpdate.of("800123", Sku.of("B"), 3));

    assertThat(StockUpdate.checkBatch(updates)).containsExactlyElementsOf(updates);
    assertThat(StockUpdate.checkBatch(List.of())).isEmpty();
  }

  @Test
  void checkBatch_whenAListingsSkuRepeats_failsNamingTheSecond() {
    List<StockUpdate> updates = List.of(
        StockUpdate.of("800123", Sku.of("A"), 1),
        StockUpdate.of("800123", Sku.of("B"), 2),
        StockUpdate.of("800123", Sku.of("A"), 3));

    assertThatThrownBy(() -> StockUpdate.checkBatch(updates))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("updates[2].sku must not repeat another update's SKU: A");
  }

  @Test
  void checkBatch_whenTheListOrAnUpdateIsNull_failsNamingIt() {
    List<StockUpdate> withNull = new ArrayList<>();
    withNull.add(StockUpdate.of("800123", Sku.of("A"), 1));
    withNull.add(null);

    assertThatThrownBy(() -> StockUpdate.checkBatch(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("updates must not be null: null");
    assertThatThrownBy(() -> StockUpdate.checkBatch(withNull))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("updates[1] must not be null: null");
  }
}
