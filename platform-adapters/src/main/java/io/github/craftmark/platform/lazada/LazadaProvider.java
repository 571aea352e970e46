package io.github.craftmark.platform.lazada;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.AdapterSettings;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceAdapter;
import io.github.craftmark.platform.MarketplaceAdapterProvider;

/**
 * Makes {@link LazadaAdapter}s for {@link io.github.craftmark.platform.MarketplaceAdapters}; found
 * by {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * MarketplaceAdapter lazada = MarketplaceAdapters.create(Marketplace.LAZADA, AdapterSettings.builder()
 *     .appKey("100001")
 *     .appSecret(secret)
 *     .build());
 * }</pre>
 *
 * <p>The settings it reads are listed at {@link LazadaAdapter.Builder#settings(AdapterSettings)}.
 */
public final class LazadaProvider implements MarketplaceAdapterProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public LazadaProvider() {}

  @Override
  public Marketplace marketplace() {
    return Marketplace.LAZADA;
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidValueException when the app key or secret is missing, or a setting is bad
   */
  @Override
  public MarketplaceAdapter create(AdapterSettings settings) {
    if (settings == null) {
      throw new InvalidValueException("settings", "must not be null", null);
    }
    settings.requireAppKey();
    settings.requireAppSecret();
    return LazadaAdapter.builder().settings(settings).build();
  }
}
