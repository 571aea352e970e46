package io.github.craftmark.platform.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.AdapterSettings;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceAdapter;
import io.github.craftmark.platform.MarketplaceAdapters;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.testing.TestClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TikTokShopProviderTest {
  @Test
  void serviceLoader_findsTheProviderForTikTokShop() {
    assertThat(MarketplaceAdapters.provider(Marketplace.TIKTOK_SHOP))
        .get()
        .isInstanceOf(TikTokShopProvider.class);
  }

  @Test
  void create_fromSettings_talksToTheConfiguredHostForShopAndTokenCalls() throws Exception {
    TestClock clock = new TestClock(Instant.parse("2024-06-03T05:00:00Z"));
    try (TikTokShopStandIn standIn = TikTokShopStandIn.start(clock)) {
      AdapterSettings settings = AdapterSettings.builder()
          .appKey(TikTokShopStandIn.APP_KEY)
          .appSecret(TikTokShopStandIn.APP_SECRET)
          .baseUri(standIn.baseUri())
          .clock(clock)
          .property(TikTokShopAdapter.WAREHOUSE_ID_PROPERTY, TikTokShopStandIn.WAREHOUSE_ID)
          .build();

      MarketplaceAdapter adapter = MarketplaceAdapters.create(Marketplace.TIKTOK_SHOP, settings);
      List<ShopRef> shops =
          ((TikTokShopAdapter) adapter).authorize(standIn.issueAuthCode("7494049642642441621"));

      assertThat(adapter.marketplace()).isEqualTo(Marketplace.TIKTOK_SHOP);
      assertThat(shops).extracting(ShopRef::shopId).containsExactly("7494049642642441621");
      assertThat(standIn.tokenGetCalls()).isEqualTo(1);
    }
  }

  @Test
  void create_withoutTheAppSecret_failsNamingIt() {
    AdapterSettings settings =
        AdapterSettings.builder().appKey("6abc123EXAMPLE").build();

    assertThatThrownBy(() -> new TikTokShopProvider().create(settings))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("appSecret must be set");
  }
}
