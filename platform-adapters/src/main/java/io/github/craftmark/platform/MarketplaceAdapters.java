package io.github.craftmark.platform;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the adapters on the class path or module path with {@link ServiceLoader}.
 *
 * <pre>{@code
 * MarketplaceAdapter shopee = MarketplaceAdapters.create(Marketplace.SHOPEE, settings);
 * }</pre>
 */
public final class MarketplaceAdapters {
  private MarketplaceAdapters() {}

  /**
   * Returns every provider found, in {@link ServiceLoader} order.
   *
   * @return the providers
   */
  public static List<MarketplaceAdapterProvider> providers() {
    return load(ServiceLoader.load(MarketplaceAdapterProvider.class));
  }

  /**
   * Returns every provider a class loader finds, for applications that load adapters as plugins.
   *
   * @param loader the class loader
   * @return the providers
   */
  public static List<MarketplaceAdapterProvider> providers(ClassLoader loader) {
    return load(ServiceLoader.load(MarketplaceAdapterProvider.class, loader));
  }

  private static List<MarketplaceAdapterProvider> load(
      ServiceLoader<MarketplaceAdapterProvider> loader) {
    List<MarketplaceAdapterProvider> found = new ArrayList<>();
    loader.forEach(found::add);
    return List.copyOf(found);
  }

  /**
   * Finds the provider for a marketplace.
   *
   * @param marketplace the marketplace
   * @return its provider, the first found, or empty
   */
  public static Optional<MarketplaceAdapterProvider> provider(Marketplace marketplace) {
    Checks.notNull("marketplace", marketplace);
    return providers().stream().filter(p -> p.marketplace().equals(marketplace)).findFirst();
  }

  /**
   * Makes an adapter for a marketplace with the provider found for it.
   *
   * @param marketplace the marketplace
   * @param settings the application's settings
   * @return the adapter
   * @throws InvalidValueException when no provider for the marketplace is on the path
   */
  public static MarketplaceAdapter create(Marketplace marketplace, AdapterSettings settings) {
    Checks.notNull("settings", settings);
    MarketplaceAdapterProvider provider = provider(marketplace)
        .orElseThrow(() -> new InvalidValueException(
            "marketplace",
            "must have an adapter provider on the class or module path",
            marketplace));
    return provider.create(settings);
  }
}
