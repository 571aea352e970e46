package io.github.craftmark.platform.shopee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.AdapterSettings;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceAdapter;
import io.github.craftmark.platform.MarketplaceAdapters;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.auth.InMemoryTokenStore;
import io.github.craftmark.platform.testing.TestClock;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ShopeeProviderTest {
  @Test
  void serviceLoader_findsTheShopeeProvider() {
    assertThat(MarketplaceAdapters.provider(Marketplace.SHOPEE))
        .get()
        .isInstanceOf(ShopeeProvider.class);
  }

  @Test
  void create_readsPartnerIdKeyAndMachineryFromTheSettings() throws Exception {
    TestClock clock = new TestClock(Instant.parse("2026-11-23T08:00:00Z"));
    InMemoryTokenStore tokens = new InMemoryTokenStore();
    try (ShopeeStandIn shopee = new ShopeeStandIn(2001887, "EXAMPLE-partner-key", clock)) {
      MarketplaceAdapter adapter = MarketplaceAdapters.create(
          Marketplace.SHOPEE,
          AdapterSettings.builder()
              .appKey("2001887")
              .appSecret("EXAMPLE-partner-key")
              .baseUri(shopee.baseUri())
              .tokenStore(tokens)
              .clock(clock)
              .build());
      shopee.authorise(14701711, "EXAMPLE-code");
      ShopRef shop = ((ShopeeAdapter) adapter).authorize("EXAMPLE-code", 14701711);
      shopee.addItem("Bình", "BINH", 100_000, 1, "NORMAL");

      assertThat(adapter.marketplace()).isEqualTo(Marketplace.SHOPEE);
      assertThat(adapter.listings(shop).count()).isEqualTo(1);
      assertThat(tokens.load(shop)).isPresent();
      assertThat(adapter.toString())
          .isEqualTo("ShopeeAdapter[partnerId=2001887, baseUri=" + shopee.baseUri() + "]");
    }
  }

  @Test
  void create_withoutBaseUri_talksToShopeeProduction() {
    MarketplaceAdapter adapter = new ShopeeProvider()
        .create(AdapterSettings.builder().appKey("2001887").appSecret("k").build());

    assertThat(adapter.toString())
        .isEqualTo(
            "ShopeeAdapter[partnerId=2001887, baseUri=" + ShopeeAdapter.PRODUCTION_BASE_URI + "]");
    assertThat(ShopeeAdapter.PRODUCTION_BASE_URI)
        .isEqualTo(URI.create("https://partner.shopeemobile.com"));
  }

  @Test
  void create_whenAppKeyIsNotAPartnerId_failsNamingIt() {
    assertThatThrownBy(() -> new ShopeeProvider()
            .create(AdapterSettings.builder().appKey("abc").appSecret("k").build()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("appKey must be Shopee's numeric partner_id: \"abc\"");
    assertThatThrownBy(() -> new ShopeeProvider()
            .create(AdapterSettings.builder().appKey("-5").appSecret("k").build()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("appKey must be Shopee's numeric partner_id: \"-5\"");
  }

  @Test
  void create_whenCredentialsMissing_failsNamingThem() {
    assertThatThrownBy(
            () -> new ShopeeProvider().create(AdapterSettings.builder().build()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("appKey must be set: null");
    assertThatThrownBy(() ->
            new ShopeeProvider().create(AdapterSettings.builder().appKey("1").build()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("appSecret must be set");
  }

  @Test
  void marketplace_isShopee() {
    assertThat(new ShopeeProvider().marketplace()).isEqualTo(Marketplace.SHOPEE);
  }
}
