package io.github.craftmark.platform;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.platform.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sets the units in stock of one SKU of a listing (an absolute level, so sending it twice is
 * harmless).
 *
 * @param listingId the platform's id of the listing
 * @param sku the seller's SKU
 * @param platformSkuId the platform's id of the SKU, if known
 * @param quantity units in stock, 0..{@link Variant#MAX_STOCK}
 */
public record StockUpdate(String listingId, Sku sku, Optional<String> platformSkuId, int quantity) {
  /**
   * Validates the update.
   *
   * @param listingId the platform's id of the listing
   * @param sku the seller's SKU
   * @param platformSkuId the platform's id of the SKU, if known
   * @param quantity units in stock, 0..{@link Variant#MAX_STOCK}
   */
  public StockUpdate {
    Checks.token("listingId", listingId, 128);
    Checks.notNull("sku", sku);
    platformSkuId = Checks.optionalToken("platformSkuId", platformSkuId, 128);
    Checks.inRange("quantity", quantity, 0, Variant.MAX_STOCK);
  }

  /**
   * Returns an update of one SKU's stock.
   *
   * @param listingId the platform's id of the listing
   * @param sku the seller's SKU
   * @param quantity units in stock
   * @return the update
   */
  public static StockUpdate of(String listingId, Sku sku, int quantity) {
    return new StockUpdate(listingId, sku, Optional.empty(), quantity);
  }

  /**
   * Checks a batch of stock updates before any call, as every adapter's {@link
   * MarketplaceAdapter#updateStock(ShopRef, List)} does: a SKU may appear once per listing, since
   * two levels for one SKU in one call leave the platform's answer, and the outcome, ambiguous.
   *
   * @param updates the updates
   * @return an unmodifiable copy, in order
   * @throws InvalidValueException when the list or an update is null, or a listing's SKU repeats
   */
  public static List<StockUpdate> checkBatch(List<StockUpdate> updates) {
    Checks.notNull("updates", updates);
    List<StockUpdate> copy = Checks.list("updates", updates);
    Set<List<Object>> seen = new HashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      StockUpdate update = copy.get(i);
      if (!seen.add(List.of(update.listingId(), update.sku()))) {
        throw new InvalidValueException(
            "updates[" + i + "].sku", "must not repeat another update's SKU", update.sku());
      }
    }
    return copy;
  }
}
