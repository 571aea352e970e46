package io.github.craftmark.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import org.junit.jupiter.api.Test;

class VariantTest {
  private static final Sku SKU = Sku.of("BT-1");

  @Test
  void single_hasNoOptions() {
    Variant variant = Variant.single(SKU, Money.ofDong(100_000), 3);
    assertThat(variant.options()).isEmpty();
    assertThat(variant.gtin()).isEmpty();
  }

  @Test
  void withStockAndWithPrice_changeOnlyThatField() {
    Variant variant = Variant.of(SKU, Money.ofDong(100_000), 3, "20 cm");
    assertThat(variant.withStock(9)).isEqualTo(Variant.of(SKU, Money.ofDong(100_000), 9, "20 cm"));
    assertThat(variant.withPrice(Money.ofDong(90_000)).price()).isEqualTo(Money.ofDong(90_000));
  }

  @Test
  void new_whenPriceNotPositive_isRejected() {
    assertThatThrownBy(() -> Variant.single(SKU, Money.ZERO, 1))
        .hasMessage("price must be positive: 0\u00a0₫");
    assertThatThrownBy(() -> Variant.single(SKU, Money.ofDong(-1), 1))
        .hasMessage("price must be positive: -1\u00a0₫");
  }

  @Test
  void new_whenStockOutOfRange_isRejected() {
    assertThatThrownBy(() -> Variant.single(SKU, Money.ofDong(1), -1))
        .hasMessage("stock must be 0..10000000: -1");
  }
}
