package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.money.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListingTest {
  private static final ShopRef SHOP = ShopRef.of(Marketplace.LAZADA, "100");

  @Test
  void constructor_stripsTextAndKeepsSkus() {
    ListingSku sku = new ListingSku(
        Optional.of("BT-BHL-25"), Optional.of("1234"), Optional.of(Money.ofDong(1_250_000)), 12);

    Listing listing = new Listing(
        SHOP,
        "2001",
        " Bình hút lộc ",
        ListingStatus.IN_REVIEW,
        " pending ",
        List.of(sku),
        Optional.empty());

    assertThat(listing.title()).isEqualTo("Bình hút lộc");
    assertThat(listing.platformStatus()).isEqualTo("pending");
    assertThat(listing.skus()).containsExactly(sku);
  }

  @Test
  void constructor_namesTheBadField() {
    assertThatThrownBy(() -> new Listing(SHOP, "2001", "t", null, "x", List.of(), Optional.empty()))
        .hasMessage("status must not be null: null");
  }
}
