package io.github.craftmark.platform;

import io.github.craftmark.platform.internal.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A listing as a marketplace holds it, read back by {@link MarketplaceAdapter#listings(ShopRef)}.
 *
 * @param shop the shop it belongs to
 * @param listingId the platform's id of the listing
 * @param title the title on the platform
 * @param status where it stands, in common terms
 * @param platformStatus the platform's own status word, e.g. {@code "NORMAL"}
 * @param skus its SKUs
 * @param updatedAt when the platform last changed it, if it says
 */
public record Listing(
    ShopRef shop,
    String listingId,
    String title,
    ListingStatus status,
    String platformStatus,
    List<ListingSku> skus,
    Optional<Instant> updatedAt) {
  /**
   * Validates the listing.
   *
   * @param shop the shop it belongs to
   * @param listingId the platform's id of the listing
   * @param title the title on the platform
   * @param status where it stands, in common terms
   * @param platformStatus the platform's own status word, e.g. {@code "NORMAL"}
   * @param skus its SKUs
   * @param updatedAt when the platform last changed it, if it says
   */
  public Listing {
    Checks.notNull("shop", shop);
    Checks.token("listingId", listingId, 128);
    title = Checks.notNull("title", title).strip();
    Checks.notNull("status", status);
    platformStatus = Checks.notNull("platformStatus", platformStatus).strip();
    skus = Checks.list("skus", skus);
    updatedAt = Checks.optional(updatedAt);
  }
}
