package io.github.craftmark.platform.tiki;

import io.github.craftmark.platform.AdapterSettings;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceAdapter;
import io.github.craftmark.platform.MarketplaceAdapterProvider;

/**
 * Makes {@link TikiAdapter}s from {@link AdapterSettings}, for {@link java.util.ServiceLoader}. A
 * real adapter jar lists it in {@code META-INF/services} and in {@code module-info.java}.
 */
public final class TikiAdapterProvider implements MarketplaceAdapterProvider {
  /** Creates the provider. */
  public TikiAdapterProvider() {}

  @Override
  public Marketplace marketplace() {
    return TikiAdapter.TIKI;
  }

  @Override
  public MarketplaceAdapter create(AdapterSettings settings) {
    TikiAdapter.Builder builder = TikiAdapter.builder()
        .clientId(settings.requireAppKey())
        .clientSecret(settings.requireAppSecret())
        .transport(settings.transport())
        .tokenStore(settings.tokenStore())
        .clock(settings.clock())
        .retryPolicy(settings.retryPolicy())
        .rateLimiter(settings.rateLimiter());
    settings.baseUri().ifPresent(builder::baseUri);
    return builder.build();
  }
}
