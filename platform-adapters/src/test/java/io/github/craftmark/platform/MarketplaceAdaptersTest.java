package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.fake.FakeMarketplace;
import io.github.craftmark.platform.fake.FakeMarketplaceProvider;
import org.junit.jupiter.api.Test;

class MarketplaceAdaptersTest {
  @Test
  void providers_includeTheFake() {
    assertThat(MarketplaceAdapters.providers())
        .anySatisfy(p -> assertThat(p).isInstanceOf(FakeMarketplaceProvider.class));
    assertThat(MarketplaceAdapters.providers(getClass().getClassLoader()))
        .anySatisfy(p -> assertThat(p.marketplace()).isEqualTo(Marketplace.FAKE));
  }

  @Test
  void create_makesAnAdapterForTheMarketplace() {
    MarketplaceAdapter adapter =
        MarketplaceAdapters.create(Marketplace.FAKE, AdapterSettings.builder().build());

    assertThat(adapter).isInstanceOf(FakeMarketplace.class);
    assertThat(adapter.marketplace()).isEqualTo(Marketplace.FAKE);
  }

  @Test
  void create_withoutAProvider_failsNamingTheMarketplace() {
    Marketplace sendo = Marketplace.of("sendo", "Sendo");

    assertThat(MarketplaceAdapters.provider(sendo)).isEmpty();
    assertThatThrownBy(
            () -> MarketplaceAdapters.create(sendo, AdapterSettings.builder().build()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("marketplace must have an adapter provider on the class or module path: sendo");
  }
}
