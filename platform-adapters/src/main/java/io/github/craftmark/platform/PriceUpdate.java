package io.github.craftmark.platform;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.platform.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * New prices for one or more SKUs of one listing; the platforms update prices per listing.
 *
 * <p>Prices are whole đồng. Each SKU may carry the platform's SKU id (from {@link
 * PublishedListing#platformSkuIds()}); an adapter whose platform needs it and does not get it looks
 * it up.
 *
 * @param listingId the platform's id of the listing
 * @param prices the new price of each SKU, at least one, each SKU once
 */
public record PriceUpdate(String listingId, List<SkuPrice> prices) {
  /**
   * Validates the update.
   *
   * @param listingId the platform's id of the listing
   * @param prices the new price of each SKU, at least one, each SKU once
   */
  public PriceUpdate {
    Checks.token("listingId", listingId, 128);
    prices = Checks.list("prices", prices);
    if (prices.isEmpty()) {
      throw new InvalidValueException("prices", "must have at least one entry", 0);
    }
    Set<Sku> seen = new HashSet<>();
    for (int i = 0; i < prices.size(); i++) {
      if (!seen.add(prices.get(i).sku())) {
        throw new InvalidValueException(
            "prices[" + i + "].sku",
            "must not repeat another entry's SKU",
            prices.get(i).sku());
      }
    }
  }

  /**
   * Returns an update of one SKU's price.
   *
   * @param listingId the platform's id of the listing
   * @param sku the seller's SKU
   * @param price the new price
   * @return the update
   */
  public static PriceUpdate of(String listingId, Sku sku, Money price) {
    return new PriceUpdate(listingId, List.of(new SkuPrice(sku, Optional.empty(), price)));
  }

  /**
   * The new price of one SKU.
   *
   * @param sku the seller's SKU
   * @param platformSkuId the platform's id of the SKU, if known
   * @param price the new price, positive
   */
  public record SkuPrice(Sku sku, Optional<String> platformSkuId, Money price) {
    /**
     * Validates the price.
     *
     * @param sku the seller's SKU
     * @param platformSkuId the platform's id of the SKU, if known
     * @param price the new price, positive
     */
    public SkuPrice {
      Checks.notNull("sku", sku);
      platformSkuId = Checks.optionalToken("platformSkuId", platformSkuId, 128);
      Checks.notNull("price", price);
      if (!price.isPositive()) {
        throw new InvalidValueException("price", "must be positive", price);
      }
    }
  }
}
