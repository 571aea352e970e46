package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarketplaceOrderTest {
  private static final ShopRef SHOP = ShopRef.of(Marketplace.SHOPEE, "123456");
  private static final Instant AT = Instant.parse("2025-02-20T03:15:00Z");
  private static final OrderLine LINE = new OrderLine(
      "800123", Optional.empty(), Optional.of("BT-BHL-25"), "Bình", 1, Money.ofDong(1_250_000));

  @Test
  void constructor_keepsThePlatformsOwnStatusWord() {
    MarketplaceOrder order = new MarketplaceOrder(
        SHOP,
        "250220ABCD1234",
        OrderStatus.TO_SHIP,
        " READY_TO_SHIP ",
        AT,
        AT,
        List.of(LINE),
        Money.ofDong(1_280_000));

    assertThat(order.platformStatus()).isEqualTo("READY_TO_SHIP");
    assertThat(order.lines()).containsExactly(LINE);
  }

  @Test
  void constructor_namesTheBadField() {
    assertThatThrownBy(() -> new MarketplaceOrder(
            SHOP, "x", OrderStatus.UNKNOWN, "", null, AT, List.of(), Money.ZERO))
        .hasMessage("createdAt must not be null: null");
  }
}
