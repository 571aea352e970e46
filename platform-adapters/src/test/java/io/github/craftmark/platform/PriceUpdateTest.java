package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceUpdateTest {
  @Test
  void of_updatesOneSku() {
    PriceUpdate update = PriceUpdate.of("800123", Sku.of("BT-BHL-25"), Money.ofDong(1_390_000));

    assertThat(update.prices()).singleElement().satisfies(p -> assertThat(p.price())
        .isEqualTo(Money.ofDong(1_390_000)));
  }

  @Test
  void constructor_rejectsNoPricesRepeatsAndNonPositivePrices() {
    PriceUpdate.SkuPrice a =
        new PriceUpdate.SkuPrice(Sku.of("A"), Optional.empty(), Money.ofDong(1_000));

    assertThatThrownBy(() -> new PriceUpdate("1", List.of()))
        .hasMessage("prices must have at least one entry: 0");
    assertThatThrownBy(() -> new PriceUpdate("1", List.of(a, a)))
        .hasMessage("prices[1].sku must not repeat another entry's SKU: A");
    assertThatThrownBy(() -> PriceUpdate.of("1", Sku.of("A"), Money.ZERO))
        .hasMessage("price must be positive: 0\u00a0₫");
  }
}
