package io.github.craftmark.platform;

import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.platform.internal.Checks;
import java.util.Optional;

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
}
