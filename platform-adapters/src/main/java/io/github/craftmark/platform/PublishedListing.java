package io.github.craftmark.platform;

import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.platform.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a marketplace answered to a new listing: its ids for the listing and for each SKU, and where
 * the listing stands (many platforms review new listings first).
 *
 * @param shop the shop it was listed in
 * @param listingId the platform's id of the listing (Shopee {@code item_id}, Lazada {@code
 *     item_id}, TikTok Shop {@code product_id})
 * @param platformSkuIds the seller's SKU → the platform's id of that SKU (Shopee {@code model_id},
 *     Lazada {@code sku_id}, TikTok Shop {@code sku id}); empty when the platform has none
 * @param status where the listing stands
 * @param warnings the mapping's warnings and the platform's own warnings
 * @param requestId the platform's request id of the create call, if it gave one
 */
public record PublishedListing(
    ShopRef shop,
    String listingId,
    Map<Sku, String> platformSkuIds,
    ListingStatus status,
    List<MappingProblem> warnings,
    Optional<String> requestId) {

  /**
   * Validates the answer.
   *
   * @param shop the shop it was listed in
   * @param listingId the platform's id of the listing
   * @param platformSkuIds the seller's SKU → the platform's id of that SKU
   * @param status where the listing stands
   * @param warnings the mapping's warnings and the platform's own warnings
   * @param requestId the platform's request id of the create call, if it gave one
   */
  public PublishedListing {
    Checks.notNull("shop", shop);
    Checks.token("listingId", listingId, 128);
    Map<Sku, String> ids = new LinkedHashMap<>();
    if (platformSkuIds != null) {
      platformSkuIds.forEach((sku, id) -> ids.put(
          Checks.notNull("platformSkuIds key", sku),
          Checks.token("platformSkuIds[" + sku + "]", id, 128)));
    }
    platformSkuIds = Collections.unmodifiableMap(ids);
    Checks.notNull("status", status);
    warnings = Checks.list("warnings", warnings);
    requestId = Checks.optional(requestId);
  }

  /**
   * Returns the platform's id of one of the listing's SKUs.
   *
   * @param sku the seller's SKU
   * @return the platform's id, or empty
   */
  public Optional<String> platformSkuId(Sku sku) {
    return Optional.ofNullable(platformSkuIds.get(sku));
  }

  /**
   * Returns an update setting one SKU of this listing to a new price.
   *
   * @param sku the seller's SKU
   * @param price the new price
   * @return the update, carrying the platform's SKU id when known
   */
  public PriceUpdate priceUpdate(Sku sku, Money price) {
    return new PriceUpdate(
        listingId, List.of(new PriceUpdate.SkuPrice(sku, platformSkuId(sku), price)));
  }

  /**
   * Returns an update setting the stock of one SKU of this listing.
   *
   * @param sku the seller's SKU
   * @param quantity units in stock
   * @return the update, carrying the platform's SKU id when known
   */
  public StockUpdate stockUpdate(Sku sku, int quantity) {
    return new StockUpdate(listingId, sku, platformSkuId(sku), quantity);
  }
}
