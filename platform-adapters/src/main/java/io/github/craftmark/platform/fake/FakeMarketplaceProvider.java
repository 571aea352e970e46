package io.github.craftmark.platform.fake;

import io.github.craftmark.platform.AdapterSettings;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceAdapter;
import io.github.craftmark.platform.MarketplaceAdapterProvider;

/**
 * Makes {@link FakeMarketplace}s for {@link Marketplace#FAKE} through {@link
 * java.util.ServiceLoader}.
 *
 * <p>Each call makes a new, empty fake with the settings' clock, retry policy and rate limiter; the
 * app secret, if set, is the webhook secret.
 */
public final class FakeMarketplaceProvider implements MarketplaceAdapterProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public FakeMarketplaceProvider() {}

  @Override
  public Marketplace marketplace() {
    return Marketplace.FAKE;
  }

  @Override
  public MarketplaceAdapter create(AdapterSettings settings) {
    FakeMarketplace.Builder builder = FakeMarketplace.builder()
        .clock(settings.clock())
        .retryPolicy(settings.retryPolicy())
        .rateLimiter(settings.rateLimiter());
    settings.appSecret().ifPresent(builder::webhookSecret);
    return builder.build();
  }
}
