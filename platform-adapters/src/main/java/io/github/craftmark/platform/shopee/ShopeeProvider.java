package io.github.craftmark.platform.shopee;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.AdapterSettings;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceAdapter;
import io.github.craftmark.platform.MarketplaceAdapterProvider;

/**
 * Makes {@link ShopeeAdapter}s for {@link io.github.craftmark.platform.MarketplaceAdapters}; found
 * by {@link java.util.ServiceLoader}.
 *
 * <p>It reads {@link AdapterSettings#appKey()} as Shopee's numeric {@code partner_id}, {@link
 * AdapterSettings#appSecret()} as the partner key, and the base URI (default {@link
 * ShopeeAdapter#PRODUCTION_BASE_URI}), transport, token store, clock, retry policy and rate limiter,
 * as {@link ShopeeAdapter.Builder#settings(AdapterSettings)} does. It reads no properties.
 */
public final class ShopeeProvider implements MarketplaceAdapterProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public ShopeeProvider() {}

  @Override
  public Marketplace marketplace() {
    return Marketplace.SHOPEE;
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidValueException when the app key is missing or not a positive number, or the app
   *     secret is missing
   */
  @Override
  public MarketplaceAdapter create(AdapterSettings settings) {
    if (settings == null) {
      throw new InvalidValueException("settings", "must not be null", null);
    }
    settings.requireAppKey();
    settings.requireAppSecret();
    return ShopeeAdapter.builder().settings(settings).build();
  }

  @Override
  public String toString() {
    return "ShopeeProvider";
  }
}
