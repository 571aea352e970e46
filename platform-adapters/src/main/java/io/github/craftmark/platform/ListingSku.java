package io.github.craftmark.platform;

import io.github.craftmark.core.money.Money;
import io.github.craftmark.platform.internal.Checks;
import java.util.Optional;

/**
 * One SKU of a {@link Listing} as the marketplace holds it.
 *
 * <p>The seller SKU is kept as the platform's text: listings made outside CraftMark may use SKUs
 * that {@link io.github.craftmark.core.id.Sku} would refuse.
 *
 * @param sellerSku the seller's SKU as on the platform, if set
 * @param platformSkuId the platform's id of the SKU, if it has one
 * @param price the current price, if the platform returned it
 * @param stock the units in stock over all warehouses, if the platform returned it
 */
public record ListingSku(
    Optional<String> sellerSku, Optional<String> platformSkuId, Optional<Money> price, int stock) {
  /**
   * Validates the SKU.
   *
   * @param sellerSku the seller's SKU as on the platform, if set
   * @param platformSkuId the platform's id of the SKU, if it has one
   * @param price the current price, if the platform returned it
   * @param stock the units in stock over all warehouses, 0 or more
   */
  public ListingSku {
    sellerSku = Checks.optionalText("sellerSku", sellerSku, 200);
    platformSkuId = Checks.optionalToken("platformSkuId", platformSkuId, 128);
    price = Checks.optional(price);
    Checks.inRange("stock", stock, 0, Integer.MAX_VALUE);
  }
}
