/**
 * One interface over the marketplaces a Vietnamese craft workshop sells on: list a core product,
 * keep price and stock current, read listings and orders, verify pushes.
 *
 * <p>{@link io.github.craftmark.platform.MarketplaceAdapter} is the SPI each platform implements;
 * {@link io.github.craftmark.platform.MarketplaceAdapters} finds them. Mapping a product to a
 * listing is a separate, pure step that reports every {@link
 * io.github.craftmark.platform.MappingProblem} before any call.
 */
package io.github.craftmark.platform;
