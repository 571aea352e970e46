package io.github.craftmark.platform.tiktok;

import io.github.craftmark.platform.AdapterSettings;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceAdapter;
import io.github.craftmark.platform.MarketplaceAdapterProvider;

/**
 * Makes {@link TikTokShopAdapter}s for {@link io.github.craftmark.platform.MarketplaceAdapters};
 * found by {@link java.util.ServiceLoader}.
 *
 * <p>Reads the app key and secret, base URI, transport, token store, clock, retry policy and rate
 * limiter from {@link AdapterSettings}, and the properties {@value
 * TikTokShopAdapter#AUTH_BASE_URI_PROPERTY} (the token API's base URI) and {@value
 * TikTokShopAdapter#WAREHOUSE_ID_PROPERTY} (the default warehouse id).
 */
public final class TikTokShopProvider implements MarketplaceAdapterProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public TikTokShopProvider() {}

  @Override
  public Marketplace marketplace() {
    return Marketplace.TIKTOK_SHOP;
  }

  /**
   * Makes an adapter from the settings.
   *
   * @param settings the application's settings
   * @return the adapter
   * @throws io.github.craftmark.core.InvalidValueException naming the app key or secret when it is
   *     missing
   */
  @Override
  public MarketplaceAdapter create(AdapterSettings settings) {
    if (settings == null) {
      throw new io.github.craftmark.core.InvalidValueException(
          "settings", "must not be null", null);
    }
    settings.requireAppKey();
    settings.requireAppSecret();
    return TikTokShopAdapter.builder().settings(settings).build();
  }
}
