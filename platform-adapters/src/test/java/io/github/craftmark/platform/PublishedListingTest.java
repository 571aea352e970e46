package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishedListingTest {
  private static final ShopRef SHOP = ShopRef.of(Marketplace.SHOPEE, "123456");
  private static final Sku RED = Sku.of("VP-KL-50-DO");
  private static final Sku GREEN = Sku.of("VP-KL-50-XANH");

  private final PublishedListing published = new PublishedListing(
      SHOP,
      "800123456",
      Map.of(RED, "2000111"),
      ListingStatus.LIVE,
      List.of(),
      Optional.of("req-1"));

  @Test
  void priceUpdate_carriesThePlatformSkuIdWhenKnown() {
    assertThat(published.priceUpdate(RED, Money.ofDong(370_000)))
        .isEqualTo(new PriceUpdate(
            "800123456",
            List.of(new PriceUpdate.SkuPrice(RED, Optional.of("2000111"), Money.ofDong(370_000)))));
    assertThat(published.priceUpdate(GREEN, Money.ofDong(1)).prices().get(0).platformSkuId())
        .isEmpty();
  }

  @Test
  void stockUpdate_carriesThePlatformSkuIdWhenKnown() {
    assertThat(published.stockUpdate(RED, 4))
        .isEqualTo(new StockUpdate("800123456", RED, Optional.of("2000111"), 4));
    assertThat(published.platformSkuId(GREEN)).isEmpty();
  }

  @Test
  void constructor_rejectsABlankListingId() {
    assertThatThrownBy(() -> new PublishedListing(
            SHOP, "", Map.of(), ListingStatus.LIVE, List.of(), Optional.empty()))
        .hasMessage("listingId must be 1..128 characters: \"\"");
  }
}
