package io.github.craftmark.platform;

/**
 * Makes adapters for one marketplace; found by {@link java.util.ServiceLoader}.
 *
 * <p>An adapter jar declares its provider in {@code module-info.java} ({@code provides
 * io.github.craftmark.platform.MarketplaceAdapterProvider with …}) and in {@code
 * META-INF/services/io.github.craftmark.platform.MarketplaceAdapterProvider} for the class path.
 * Implementations have a public no-argument constructor and are stateless.
 */
public interface MarketplaceAdapterProvider {
  /**
   * Returns the marketplace this provider's adapters talk to.
   *
   * @return the marketplace
   */
  Marketplace marketplace();

  /**
   * Makes an adapter.
   *
   * @param settings the application's credentials, transport, token store, clock, retry policy
   *     and rate limiter
   * @return the adapter
   * @throws io.github.craftmark.core.InvalidValueException when a setting the platform needs is
   *     missing, naming it
   */
  MarketplaceAdapter create(AdapterSettings settings);
}
