package io.github.craftmark.platform.lazada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.AdapterSettings;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceAdapter;
import io.github.craftmark.platform.MarketplaceAdapterProvider;
import io.github.craftmark.platform.MarketplaceAdapters;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.auth.InMemoryTokenStore;
import io.github.craftmark.platform.testing.TestClock;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LazadaProviderTest {
  @Test
  void serviceLoader_findsTheLazadaProvider() {
    assertThat(MarketplaceAdapters.provider(Marketplace.LAZADA))
        .get()
        .isInstanceOf(LazadaProvider.class)
        .extracting(MarketplaceAdapterProvider::marketplace)
        .isEqualTo(Marketplace.LAZADA);
  }

  @Test
  void create_readsTheSettingsAndReachesTheGatewayTheyName() throws IOException {
    TestClock clock = new TestClock(Instant.parse("2026-03-01T02:00:00Z"));
    try (LazadaStandIn standIn = LazadaStandIn.start("100001", "EXAMPLE-secret", clock)) {
      InMemoryTokenStore tokens = new InMemoryTokenStore();
      MarketplaceAdapter adapter = MarketplaceAdapters.create(
          Marketplace.LAZADA,
          AdapterSettings.builder()
              .appKey("100001")
              .appSecret("EXAMPLE-secret")
              .baseUri(standIn.gateway())
              .property("authBaseUri", standIn.gateway().toString())
              .property("skusPerBatch", "50")
              .tokenStore(tokens)
              .clock(clock)
              .build());
      standIn.issueAuthCode("0_EXAMPLE", "200123456");

      ShopRef shop = ((LazadaAdapter) adapter).authorize("0_EXAMPLE");

      assertThat(adapter.marketplace()).isEqualTo(Marketplace.LAZADA);
      assertThat(adapter.capabilities().maxSkusPerStockBatch()).isEqualTo(50);
      assertThat(adapter.listings(shop).toList()).isEmpty();
      assertThat(standIn.received("/products/get")).hasSize(1);
      assertThat(tokens.load(shop)).isPresent();
    }
  }

  @Test
  void create_readsTheAuthorisationPageAndCountryProperties() {
    MarketplaceAdapter adapter = new LazadaProvider()
        .create(AdapterSettings.builder()
            .appKey("100001")
            .appSecret("EXAMPLE-secret")
            .property(LazadaAdapter.AUTHORIZATION_PAGE_URI_PROPERTY, "https://auth.example.vn/ok")
            .property(LazadaAdapter.COUNTRY_PROPERTY, "SG")
            .build());

    URI link = ((LazadaAdapter) adapter)
        .authorizationUri(URI.create("https://gom.example.vn/lazada/callback"), null);

    assertThat(link.toString()).startsWith("https://auth.example.vn/ok?").contains("country=sg");
    assertThat(adapter.toString()).endsWith("country=sg]");
  }

  @Test
  void create_whenAUriPropertyIsMalformed_failsNamingTheProperty() {
    assertThatThrownBy(() -> new LazadaProvider()
            .create(AdapterSettings.builder()
                .appKey("100001")
                .appSecret("EXAMPLE-secret")
                .property(LazadaAdapter.AUTH_BASE_URI_PROPERTY, "https://auth example")
                .build()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("authBaseUri must be a URI: \"https://auth example\"");
  }

  @Test
  void create_withoutCredentials_failsNamingThem() {
    LazadaProvider provider = new LazadaProvider();

    assertThatThrownBy(() -> provider.create(AdapterSettings.builder().build()))
        .hasMessage("appKey must be set: null");
    assertThatThrownBy(
            () -> provider.create(AdapterSettings.builder().appKey("100001").build()))
        .hasMessage("appSecret must be set");
    assertThatThrownBy(() -> provider.create(AdapterSettings.builder()
            .appKey("100001")
            .appSecret("s")
            .property("skusPerBatch", "many")
            .build()))
        .hasMessage("skusPerBatch must be a whole number 1..50: \"many\"");
  }
}
