package io.github.craftmark.examples.marketplace;

import io.github.craftmark.platform.CategoryMapping;
import io.github.craftmark.platform.MarketplaceAdapter;
import io.github.craftmark.platform.ShopRef;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * One shop the catalogue is listed in: the adapter that talks to its marketplace, the shop, the
 * seller's category choices there and, because the marketplace here is local, its buyers.
 *
 * @param name the marketplace's display name
 * @param adapter the adapter
 * @param shop the authorised shop
 * @param categories the seller's leaf categories on this marketplace
 * @param logisticsChannels the shipping channels enabled for the shop (Shopee needs one)
 * @param buyers places orders in the shop, as buyers would
 * @param orderPagesServed how many order pages the marketplace has served so far
 * @param stockCallsServed how many stock calls the marketplace has answered so far
 */
public record Channel(
    String name,
    MarketplaceAdapter adapter,
    ShopRef shop,
    CategoryMapping categories,
    List<String> logisticsChannels,
    Buyers buyers,
    LongSupplier orderPagesServed,
    LongSupplier stockCallsServed) {
  /**
   * Copies the list.
   *
   * @param name the marketplace's display name
   * @param adapter the adapter
   * @param shop the authorised shop
   * @param categories the seller's leaf categories on this marketplace
   * @param logisticsChannels the shipping channels enabled for the shop (Shopee needs one)
   * @param buyers places orders in the shop, as buyers would
   * @param orderPagesServed how many order pages the marketplace has served so far
   * @param stockCallsServed how many stock calls the marketplace has answered so far
   */
  public Channel {
    logisticsChannels = List.copyOf(logisticsChannels);
  }

  /** Buyers of a local marketplace, who order what the shop lists. */
  @FunctionalInterface
  public interface Buyers {
    /**
     * Places orders for the shop's listings, created between two instants.
     *
     * @param from the earliest creation time
     * @param to the latest creation time
     */
    void placeOrders(Instant from, Instant to);
  }
}
