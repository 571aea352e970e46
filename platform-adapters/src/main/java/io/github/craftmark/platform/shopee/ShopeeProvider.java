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
 * ShopeeAdapter#PRODUCTION}), transport, token store, clock, retry policy and rate limiter. It reads
 * no properties.
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
    String appKey = settings.requireAppKey();
    long partnerId;
    try {
      partnerId = Long.parseLong(appKey);
    } catch (NumberFormatException e) {
      throw new InvalidValueException("appKey", "must be Shopee's numeric partner_id", appKey);
    }
    if (partnerId <= 0) {
      throw new InvalidValueException("appKey", "must be Shopee's numeric partner_id", appKey);
    }
    ShopeeAdapter.Builder builder = ShopeeAdapter.builder()
        .partnerId(partnerId)
        .partnerKey(settings.requireAppSecret())
        .transport(settings.transport())
        .tokenStore(settings.tokenStore())
        .clock(settings.clock())
        .retryPolicy(settings.retryPolicy())
        .rateLimiter(settings.rateLimiter());
    settings.baseUri().ifPresent(builder::baseUri);
    return builder.build();
  }

  @Override
  public String toString() {
    return "ShopeeProvider";
  }
}
