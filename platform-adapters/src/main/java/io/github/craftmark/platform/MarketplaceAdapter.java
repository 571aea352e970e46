package io.github.craftmark.platform;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * One marketplace's API, in the verbs a craft seller's tool needs: list a product, keep price and
 * stock current, read listings and orders, and trust only genuine pushes.
 *
 * <p>Get one from {@link MarketplaceAdapters#create(Marketplace, AdapterSettings)} (found by
 * {@link java.util.ServiceLoader}) or from the adapter's own builder, e.g. {@code
 * ShopeeAdapter.builder()…build()}. Implementations are thread-safe; one instance serves every
 * shop of the application. Calls that reach the platform throw {@link PlatformException} when it
 * refuses them, after the adapter's {@link io.github.craftmark.platform.http.RetryPolicy} has
 * retried what was safe to retry; bad arguments throw {@link
 * io.github.craftmark.core.InvalidValueException}.
 *
 * <p>No operation copies listings from one marketplace to another: Shopee's partner rules forbid
 * moving listings out of Shopee to a competitor, and the SDK keeps to that.
 */
public interface MarketplaceAdapter {
  /**
   * Returns the marketplace this adapter talks to.
   *
   * @return the marketplace
   */
  Marketplace marketplace();

  /**
   * Returns the platform's limits on listings and batches, which {@link #map(ListingRequest)}
   * checks.
   *
   * @return the capabilities
   */
  AdapterCapabilities capabilities();

  /**
   * Checks a listing against the platform's rules and, when nothing blocks it, makes the draft to
   * send. Pure: no I/O, no token needed.
   *
   * <p>Every problem is listed, never only the first: missing leaf category, too many images, title
   * too long, price out of range, weight or dimensions missing, and the platform's own rules.
   *
   * @param request the listing
   * @return the report; its result is present when no problem is an error
   */
  MappingReport<ListingDraft> map(ListingRequest request);

  /**
   * Lists a product: maps it, uploads its images if the platform hosts them, and creates the
   * listing.
   *
   * <p>Creating is not idempotent, so it is not retried; a {@link PlatformException} with {@link
   * PlatformException#isRetryable()} may be retried by the caller after checking with {@link
   * #listings(ShopRef)} that no listing was made.
   *
   * @param shop the shop to list in
   * @param request the listing
   * @return the platform's ids and the listing's status
   * @throws ListingRejectedException when the mapping found an error; nothing was sent
   * @throws PlatformException when the platform refused a call
   */
  PublishedListing publish(ShopRef shop, ListingRequest request);

  /**
   * Sets new prices for SKUs of one listing.
   *
   * @param shop the shop
   * @param update the listing and its new prices; split into several calls if the platform takes
   *     fewer SKUs per call
   * @throws PlatformException when the platform refused
   */
  void updatePrice(ShopRef shop, PriceUpdate update);

  /**
   * Sets the stock of many SKUs, in as few calls as the platform allows.
   *
   * @param shop the shop
   * @param updates the new levels, each SKU once
   * @return one outcome per update, in order: a SKU the platform refused is a failed outcome, not
   *     an exception
   * @throws PlatformException when a whole call failed
   */
  StockUpdateResult updateStock(ShopRef shop, List<StockUpdate> updates);

  /**
   * Sets the stock of one SKU.
   *
   * @param shop the shop
   * @param update the new level
   * @return its outcome
   * @throws PlatformException when the call failed
   */
  default StockUpdateResult updateStock(ShopRef shop, StockUpdate update) {
    return updateStock(shop, List.of(update));
  }

  /**
   * Reads the shop's listings, a page at a time as the stream is consumed.
   *
   * <p>The stream is lazy: no call is made until it is consumed, and a page is fetched only when the
   * previous one is used up, so {@code limit(n)} fetches no more pages than needed. Page sizes,
   * cursors and page tokens are hidden. A failure while fetching a page is thrown from the stream
   * operation that needed it.
   *
   * @param shop the shop
   * @return the listings
   */
  Stream<Listing> listings(ShopRef shop);

  /**
   * Reads the shop's orders created at or after an instant, oldest first where the platform allows,
   * a page at a time as the stream is consumed.
   *
   * <p>Lazy like {@link #listings(ShopRef)}. Time windows the platform imposes (Shopee: at most 15
   * days per call) are walked behind the scenes up to the adapter's clock's present.
   *
   * @param shop the shop
   * @param since the earliest creation instant wanted
   * @return the orders
   */
  Stream<MarketplaceOrder> ordersSince(ShopRef shop, Instant since);

  /**
   * Checks that a push came from the platform, and parses it only then.
   *
   * <p>The signature is checked over the raw bytes (and URL, where the platform signs it) before
   * any parsing. Never throws on bad input: a missing or wrong signature, or a body that cannot be
   * read, is a {@link WebhookVerification.Rejected}.
   *
   * @param request the push as received
   * @return the verdict
   */
  WebhookVerification verifyWebhook(WebhookRequest request);
}
