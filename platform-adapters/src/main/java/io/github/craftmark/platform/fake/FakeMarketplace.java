package io.github.craftmark.platform.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.platform.AdapterCapabilities;
import io.github.craftmark.platform.Listing;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.ListingMapper;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.ListingSku;
import io.github.craftmark.platform.ListingStatus;
import io.github.craftmark.platform.MappingReport;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceAdapter;
import io.github.craftmark.platform.MarketplaceOrder;
import io.github.craftmark.platform.OrderLine;
import io.github.craftmark.platform.OrderStatus;
import io.github.craftmark.platform.Paging;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.PriceUpdate;
import io.github.craftmark.platform.PublishedListing;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.StockUpdate;
import io.github.craftmark.platform.StockUpdateResult;
import io.github.craftmark.platform.WebhookEvent;
import io.github.craftmark.platform.WebhookRequest;
import io.github.craftmark.platform.WebhookVerification;
import io.github.craftmark.platform.http.RateLimiter;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.http.RetryPolicy.Safety;
import io.github.craftmark.platform.internal.Checks;
import io.github.craftmark.platform.internal.HmacSha256;
import io.github.craftmark.platform.internal.Json;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * An in-memory marketplace with the same SPI as the real adapters: for an application's tests, for
 * examples, and for trying the SDK without a seller account.
 *
 * <p>It behaves as a strict platform would: it maps and checks listings with the same shared
 * rules, "uploads" images and creates listings, keeps prices and stock per SKU, pages listings and
 * orders, and signs pushes with HMAC-SHA256 so {@link #verifyWebhook(WebhookRequest)} is a real
 * check. Tests can add orders ({@link #addOrder(ShopRef, Instant, OrderLine...)}), inspect
 * listings ({@link #listing(ShopRef, String)}, {@link #price}, {@link #stock}), make the next
 * calls fail ({@link #failNext(PlatformException)}) or be rate-limited ({@link
 * #rateLimitNext(int)}), and count the calls made ({@link #callCount()}).
 *
 * <p>Every platform call goes through the {@link RetryPolicy} and {@link RateLimiter} given to the
 * builder, like a real adapter's. Thread-safe.
 *
 * <p>Pushes carry the header {@value #SIGNATURE_HEADER}: the lower-case hex HMAC-SHA256, under the
 * webhook secret, of the URL the push was sent to, a {@code |}, and the raw body. The body is JSON:
 * {@code {"event_id":…,"type":"order_status"|"listing_status"|"stock"|"authorization"|…,
 * "shop_id":…,"order_id":…,"timestamp":<Unix seconds>}}.
 */
public final class FakeMarketplace implements MarketplaceAdapter {
  /** The header that carries a push's signature. */
  public static final String SIGNATURE_HEADER = "X-Fake-Signature";

  /** The error code of the fake's rate limit, also registered with its retry policy. */
  public static final String RATE_LIMITED = "RATE_LIMITED";

  /** The error code when a listing or SKU does not exist. */
  public static final String NOT_FOUND = "NOT_FOUND";

  /** The URL {@link #signedWebhook(WebhookEvent.Kind, ShopRef, String)} sends pushes to. */
  public static final URI DEFAULT_WEBHOOK_URL = URI.create("https://shop.example.vn/webhooks/fake");

  private final Marketplace marketplace;
  private final AdapterCapabilities capabilities;
  private final Clock clock;
  private final RetryPolicy retryPolicy;
  private final RateLimiter rateLimiter;
  private final HmacSha256 webhookHmac;
  private final int pageSize;

  private final Object lock = new Object();
  private final Map<String, StoredListing> listings = new LinkedHashMap<>();
  private final List<MarketplaceOrder> orders = new ArrayList<>();
  private final Deque<PlatformException> failures = new ArrayDeque<>();
  private long calls;
  private long uploads;
  private long nextId = 1;

  private FakeMarketplace(Builder b) {
    this.marketplace = b.marketplace;
    this.capabilities = b.capabilities;
    this.clock = b.clock;
    this.retryPolicy = b.retryPolicy.withRateLimitCodes(RATE_LIMITED);
    this.rateLimiter = b.rateLimiter;
    this.webhookHmac =
        HmacSha256.ofUtf8(b.webhookSecret != null ? b.webhookSecret : randomSecret());
    this.pageSize = b.pageSize;
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /**
   * Returns a fake with the defaults of {@link #builder()}.
   *
   * @return the fake
   */
  public static FakeMarketplace create() {
    return builder().build();
  }

  /**
   * Returns a builder: marketplace {@link Marketplace#FAKE}, the capabilities of {@link
   * #defaultCapabilities()}, the UTC system clock, {@link RetryPolicy#defaults()}, no rate limit,
   * a random webhook secret and pages of 20.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the fake's default limits, close to a strict real platform: 1..9 JPEG or PNG images of
   * at most 2 MB, titles 10..120 characters, a description of at most 3,000 characters required,
   * prices 1,000..120,000,000 đồng, 50 SKUs in 2 tiers, 20 SKUs per price or stock call, weight
   * required, images uploaded to the platform first.
   *
   * @return the capabilities
   */
  public static AdapterCapabilities defaultCapabilities() {
    return AdapterCapabilities.builder()
        .images(1, 9)
        .maxImageBytes(2L * 1024 * 1024)
        .imageMediaTypes("image/jpeg", "image/png")
        .title(10, 120)
        .descriptionMaxChars(3000)
        .descriptionRequired(true)
        .price(Money.ofDong(1_000), Money.ofDong(120_000_000))
        .maxVariants(50)
        .maxTiers(2)
        .maxSkusPerStockBatch(20)
        .maxSkusPerPriceBatch(20)
        .needsWeight(true)
        .platformHostedImages(true)
        .build();
  }

  // MarketplaceAdapter

  @Override
  public Marketplace marketplace() {
    return marketplace;
  }

  @Override
  public AdapterCapabilities capabilities() {
    return capabilities;
  }

  @Override
  public MappingReport<ListingDraft> map(ListingRequest request) {
    return ListingMapper.map(marketplace, capabilities, request, r -> List.of());
  }

  @Override
  public PublishedListing publish(ShopRef shop, ListingRequest request) {
    checkShop(shop);
    MappingReport<ListingDraft> report = map(request);
    ListingDraft draft = report.orElseThrow();
    for (ListingImage image : draft.images()) {
      if (!image.isHosted()) {
        call(shop, Safety.NOT_IDEMPOTENT, () -> {
          uploads++;
          return null;
        });
      }
    }
    StoredListing stored = call(shop, Safety.NOT_IDEMPOTENT, () -> {
      String listingId = "fake-item-" + nextId++;
      Map<Sku, SkuState> skus = new LinkedHashMap<>();
      for (Variant variant : draft.variants()) {
        skus.put(
            variant.sku(), new SkuState("fake-sku-" + nextId++, variant.price(), variant.stock()));
      }
      StoredListing listing =
          new StoredListing(shop.key(), listingId, draft.title(), skus, clock.instant());
      listings.put(listingId, listing);
      return listing;
    });
    Map<Sku, String> skuIds = new LinkedHashMap<>();
    synchronized (lock) {
      stored.skus.forEach((sku, state) -> skuIds.put(sku, state.platformSkuId));
    }
    return new PublishedListing(
        shop,
        stored.listingId,
        skuIds,
        ListingStatus.LIVE,
        report.warnings(),
        Optional.of("fake-request-" + stored.listingId));
  }

  @Override
  public void updatePrice(ShopRef shop, PriceUpdate update) {
    checkShop(shop);
    Checks.notNull("update", update);
    for (List<PriceUpdate.SkuPrice> batch :
        batches(update.prices(), capabilities.maxSkusPerPriceBatch())) {
      call(shop, Safety.IDEMPOTENT, () -> {
        StoredListing listing = find(shop, update.listingId());
        for (PriceUpdate.SkuPrice price : batch) {
          if (!listing.skus.containsKey(price.sku())) {
            throw notFound("SKU " + price.sku() + " of listing " + update.listingId());
          }
        }
        for (PriceUpdate.SkuPrice price : batch) {
          if (!capabilities.acceptsPrice(price.price())) {
            throw PlatformException.builder(marketplace, "PRICE_OUT_OF_RANGE")
                .httpStatus(400)
                .message("price must be " + capabilities.minPrice().dong() + ".."
                    + capabilities.maxPrice().dong() + " đồng: " + price.price().dong())
                .requestId(requestId())
                .build();
          }
        }
        for (PriceUpdate.SkuPrice price : batch) {
          listing.skus.get(price.sku()).price = price.price();
        }
        listing.updatedAt = clock.instant();
        return null;
      });
    }
  }

  @Override
  public StockUpdateResult updateStock(ShopRef shop, List<StockUpdate> updates) {
    checkShop(shop);
    List<StockUpdate> checked = StockUpdate.checkBatch(updates);
    List<StockUpdateResult.SkuOutcome> outcomes = new ArrayList<>();
    for (List<StockUpdate> batch : batches(checked, capabilities.maxSkusPerStockBatch())) {
      outcomes.addAll(call(shop, Safety.IDEMPOTENT, () -> {
        List<StockUpdateResult.SkuOutcome> results = new ArrayList<>();
        for (StockUpdate update : batch) {
          StoredListing listing = listings.get(update.listingId());
          SkuState state = listing == null || !listing.shopKey.equals(shop.key())
              ? null
              : listing.skus.get(update.sku());
          if (state == null) {
            results.add(StockUpdateResult.SkuOutcome.failure(
                update.sku(),
                NOT_FOUND,
                "SKU " + update.sku() + " of listing " + update.listingId() + " does not exist"));
          } else {
            state.stock = update.quantity();
            listing.updatedAt = clock.instant();
            results.add(StockUpdateResult.SkuOutcome.success(update.sku()));
          }
        }
        return results;
      }));
    }
    return new StockUpdateResult(outcomes);
  }

  @Override
  public Stream<Listing> listings(ShopRef shop) {
    checkShop(shop);
    return Paging.stream(
        0,
        offset -> call(shop, Safety.IDEMPOTENT, () -> {
          List<Listing> page = new ArrayList<>();
          List<StoredListing> mine = listings.values().stream()
              .filter(l -> l.shopKey.equals(shop.key()))
              .toList();
          int end = Math.min(offset + pageSize, mine.size());
          for (int i = offset; i < end; i++) {
            page.add(mine.get(i).toListing(shop));
          }
          return Paging.Page.of(page, end < mine.size() ? end : null);
        }));
  }

  @Override
  public Stream<MarketplaceOrder> ordersSince(ShopRef shop, Instant since) {
    checkShop(shop);
    Checks.notNull("since", since);
    return Paging.stream(
        0,
        offset -> call(shop, Safety.IDEMPOTENT, () -> {
          List<MarketplaceOrder> matching = orders.stream()
              .filter(o -> o.shop().key().equals(shop.key()))
              .filter(o -> !o.createdAt().isBefore(since))
              .sorted(Comparator.comparing(MarketplaceOrder::createdAt))
              .toList();
          int end = Math.min(offset + pageSize, matching.size());
          return Paging.Page.of(
              List.copyOf(matching.subList(Math.min(offset, end), end)),
              end < matching.size() ? end : null);
        }));
  }

  @Override
  public WebhookVerification verifyWebhook(WebhookRequest request) {
    if (request == null) {
      return WebhookVerification.rejected("no request");
    }
    Optional<String> signature = request.header(SIGNATURE_HEADER);
    if (signature.isEmpty()) {
      return WebhookVerification.rejected("no " + SIGNATURE_HEADER + " header");
    }
    byte[] signed = signedBytes(request.url(), request.body());
    if (!HmacSha256.matchesHex(webhookHmac.mac(signed), signature.get())) {
      return WebhookVerification.rejected("signature does not match");
    }
    Optional<JsonNode> json = Json.read(request.body());
    if (json.isEmpty()) {
      return WebhookVerification.rejected("body is not valid JSON");
    }
    try {
      JsonNode root = json.get();
      if (!root.isObject() || !root.path("type").isTextual()) {
        return WebhookVerification.rejected("body is not a push: no type");
      }
      String type = root.path("type").asText();
      return WebhookVerification.verified(new WebhookEvent(
          marketplace,
          kind(type),
          type,
          text(root, "shop_id"),
          text(root, "event_id"),
          text(root, "order_id"),
          root.path("timestamp").canConvertToLong()
              ? Optional.of(Instant.ofEpochSecond(root.path("timestamp").asLong()))
              : Optional.empty(),
          request.bodyText()));
    } catch (RuntimeException e) {
      return WebhookVerification.rejected("body is not a push: " + e.getClass().getSimpleName());
    }
  }

  // test hooks

  /**
   * Adds an order to a shop, as if a buyer placed it; status {@link OrderStatus#TO_SHIP}.
   *
   * @param shop the shop
   * @param createdAt when it was placed
   * @param lines what was bought, at least one
   * @return the order, with its id ({@code fake-order-<n>})
   */
  public MarketplaceOrder addOrder(ShopRef shop, Instant createdAt, OrderLine... lines) {
    checkShop(shop);
    List<OrderLine> checked = Checks.list("lines", List.of(lines));
    if (checked.isEmpty()) {
      throw new InvalidValueException("lines", "must have at least one entry", 0);
    }
    Money total = Money.ZERO;
    for (OrderLine line : checked) {
      total = total.plus(line.amount());
    }
    synchronized (lock) {
      MarketplaceOrder order = new MarketplaceOrder(
          shop,
          "fake-order-" + nextId++,
          OrderStatus.TO_SHIP,
          "READY_TO_SHIP",
          createdAt,
          createdAt,
          checked,
          total);
      orders.add(order);
      return order;
    }
  }

  /**
   * Returns a listing as the fake holds it, without counting a call.
   *
   * @param shop the shop
   * @param listingId the listing's id
   * @return the listing, or empty
   */
  public Optional<Listing> listing(ShopRef shop, String listingId) {
    synchronized (lock) {
      StoredListing stored = listings.get(listingId);
      return stored == null || !stored.shopKey.equals(shop.key())
          ? Optional.empty()
          : Optional.of(stored.toListing(shop));
    }
  }

  /**
   * Returns every listing of a shop, without counting a call.
   *
   * @param shop the shop
   * @return the listings, oldest first
   */
  public List<Listing> listingsOf(ShopRef shop) {
    synchronized (lock) {
      return listings.values().stream()
          .filter(l -> l.shopKey.equals(shop.key()))
          .map(l -> l.toListing(shop))
          .toList();
    }
  }

  /**
   * Returns the current price of a SKU.
   *
   * @param shop the shop
   * @param listingId the listing's id
   * @param sku the seller's SKU
   * @return the price, or empty when there is no such SKU
   */
  public Optional<Money> price(ShopRef shop, String listingId, Sku sku) {
    synchronized (lock) {
      return state(shop, listingId, sku).map(s -> s.price);
    }
  }

  /**
   * Returns the current stock of a SKU.
   *
   * @param shop the shop
   * @param listingId the listing's id
   * @param sku the seller's SKU
   * @return the stock, or empty when there is no such SKU
   */
  public OptionalInt stock(ShopRef shop, String listingId, Sku sku) {
    synchronized (lock) {
      Optional<SkuState> state = state(shop, listingId, sku);
      return state.isPresent() ? OptionalInt.of(state.get().stock) : OptionalInt.empty();
    }
  }

  /**
   * Makes the next platform call fail with this exception (calls queue up failures in order).
   *
   * @param failure what the call throws
   */
  public void failNext(PlatformException failure) {
    Checks.notNull("failure", failure);
    synchronized (lock) {
      failures.add(failure);
    }
  }

  /**
   * Makes the next calls fail with the fake's rate limit: HTTP 429, code {@value #RATE_LIMITED}.
   * Idempotent calls are retried by the retry policy; with enough attempts they succeed.
   *
   * @param times how many calls in a row
   */
  public void rateLimitNext(int times) {
    Checks.inRange("times", times, 0, 1000);
    for (int i = 0; i < times; i++) {
      failNext(PlatformException.builder(marketplace, RATE_LIMITED)
          .httpStatus(429)
          .message("too many calls")
          .requestId("fake-rate-limit-" + i)
          .retryable(true)
          .build());
    }
  }

  /**
   * Returns how many platform calls were made, failed ones included: image uploads, listing
   * creations, price and stock batches, and each page of listings or orders.
   *
   * @return the count
   */
  public long callCount() {
    synchronized (lock) {
      return calls;
    }
  }

  /**
   * Returns how many images were uploaded.
   *
   * @return the count
   */
  public long uploadCount() {
    synchronized (lock) {
      return uploads;
    }
  }

  /**
   * Returns a push for a shop, signed as the fake signs them, sent to {@link
   * #DEFAULT_WEBHOOK_URL}.
   *
   * @param kind what happened
   * @param shop the shop
   * @param orderId the order concerned, or null
   * @return the push as an application's server would receive it
   */
  public WebhookRequest signedWebhook(WebhookEvent.Kind kind, ShopRef shop, String orderId) {
    Checks.notNull("kind", kind);
    checkShop(shop);
    ObjectNode body = Json.object();
    synchronized (lock) {
      body.put("event_id", "fake-event-" + nextId++);
    }
    body.put("type", kind.name().toLowerCase(Locale.ROOT));
    body.put("shop_id", shop.shopId());
    if (orderId != null) {
      body.put("order_id", orderId);
    }
    body.put("timestamp", clock.instant().getEpochSecond());
    return signedWebhook(DEFAULT_WEBHOOK_URL, Json.bytes(body));
  }

  /**
   * Returns a push with any body, signed with the fake's secret.
   *
   * @param url the URL the push is sent to
   * @param body the raw body
   * @return the push
   */
  public WebhookRequest signedWebhook(URI url, byte[] body) {
    Checks.notNull("url", url);
    Checks.notNull("body", body);
    String signature = HmacSha256.hex(webhookHmac.mac(signedBytes(url, body)), false);
    return WebhookRequest.ofSingleValued(
        url, Map.of(SIGNATURE_HEADER, signature, "Content-Type", "application/json"), body);
  }

  /** Returns the marketplace, page size and counts; never the webhook secret. */
  @Override
  public String toString() {
    synchronized (lock) {
      return "FakeMarketplace[" + marketplace + ", " + listings.size() + " listings, "
          + orders.size() + " orders, " + calls + " calls]";
    }
  }

  // internals

  private static byte[] signedBytes(URI url, byte[] body) {
    byte[] prefix = (url.toString() + "|").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(body, 0, all, prefix.length, body.length);
    return all;
  }

  private static WebhookEvent.Kind kind(String type) {
    for (WebhookEvent.Kind kind : WebhookEvent.Kind.values()) {
      if (kind.name().equalsIgnoreCase(type)) {
        return kind;
      }
    }
    return WebhookEvent.Kind.OTHER;
  }

  private static Optional<String> text(JsonNode root, String field) {
    JsonNode node = root.path(field);
    return node.isValueNode() && !node.asText().isBlank()
        ? Optional.of(node.asText())
        : Optional.empty();
  }

  private void checkShop(ShopRef shop) {
    Checks.notNull("shop", shop);
    if (!shop.marketplace().equals(marketplace)) {
      throw new InvalidValueException(
          "shop", "must be a shop on " + marketplace.displayName(), shop.key());
    }
  }

  private <T> T call(ShopRef shop, Safety safety, Supplier<T> action) {
    return retryPolicy.execute(safety, () -> {
      rateLimiter.acquire(shop);
      synchronized (lock) {
        calls++;
        PlatformException failure = failures.poll();
        if (failure != null) {
          throw failure;
        }
        return action.get();
      }
    });
  }

  private StoredListing find(ShopRef shop, String listingId) {
    StoredListing listing = listings.get(listingId);
    if (listing == null || !listing.shopKey.equals(shop.key())) {
      throw notFound("listing " + listingId);
    }
    return listing;
  }

  private PlatformException notFound(String what) {
    return PlatformException.builder(marketplace, NOT_FOUND)
        .httpStatus(404)
        .message(what + " does not exist")
        .requestId(requestId())
        .build();
  }

  private String requestId() {
    return "fake-request-" + nextId++;
  }

  private Optional<SkuState> state(ShopRef shop, String listingId, Sku sku) {
    StoredListing listing = listings.get(listingId);
    if (listing == null || !listing.shopKey.equals(shop.key())) {
      return Optional.empty();
    }
    return Optional.ofNullable(listing.skus.get(sku));
  }

  private static <T> List<List<T>> batches(List<T> items, int size) {
    List<List<T>> batches = new ArrayList<>();
    for (int i = 0; i < items.size(); i += size) {
      batches.add(items.subList(i, Math.min(i + size, items.size())));
    }
    return batches;
  }

  private static final class SkuState {
    final String platformSkuId;
    Money price;
    int stock;

    SkuState(String platformSkuId, Money price, int stock) {
      this.platformSkuId = platformSkuId;
      this.price = price;
      this.stock = stock;
    }
  }

  private static final class StoredListing {
    final String shopKey;
    final String listingId;
    final String title;
    final Map<Sku, SkuState> skus;
    Instant updatedAt;

    StoredListing(
        String shopKey, String listingId, String title, Map<Sku, SkuState> skus, Instant at) {
      this.shopKey = shopKey;
      this.listingId = listingId;
      this.title = title;
      this.skus = skus;
      this.updatedAt = at;
    }

    Listing toListing(ShopRef shop) {
      List<ListingSku> skuList = new ArrayList<>();
      skus.forEach((sku, state) -> skuList.add(new ListingSku(
          Optional.of(sku.value()),
          Optional.of(state.platformSkuId),
          Optional.of(state.price),
          state.stock)));
      return new Listing(
          shop, listingId, title, ListingStatus.LIVE, "LIVE", skuList, Optional.of(updatedAt));
    }
  }

  /** Builds a {@link FakeMarketplace}; setters check their argument at once. */
  public static final class Builder {
    private Marketplace marketplace = Marketplace.FAKE;
    private AdapterCapabilities capabilities = defaultCapabilities();
    private Clock clock = Clock.systemUTC();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimiter rateLimiter = RateLimiter.unlimited();
    private String webhookSecret;
    private int pageSize = 20;

    private Builder() {}

    /**
     * Sets the marketplace the fake poses as, e.g. to stand in for Shopee in an application's
     * tests.
     *
     * @param marketplace the marketplace
     * @return this builder
     */
    public Builder marketplace(Marketplace marketplace) {
      this.marketplace = Checks.notNull("marketplace", marketplace);
      return this;
    }

    /**
     * Sets the limits the fake enforces.
     *
     * @param capabilities the limits
     * @return this builder
     */
    public Builder capabilities(AdapterCapabilities capabilities) {
      this.capabilities = Checks.notNull("capabilities", capabilities);
      return this;
    }

    /**
     * Sets the clock for timestamps.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /**
     * Sets the retry policy calls go through; the fake adds its code {@value #RATE_LIMITED}.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Checks.notNull("retryPolicy", retryPolicy);
      return this;
    }

    /**
     * Sets the per-shop rate limiter calls go through.
     *
     * @param rateLimiter the limiter
     * @return this builder
     */
    public Builder rateLimiter(RateLimiter rateLimiter) {
      this.rateLimiter = Checks.notNull("rateLimiter", rateLimiter);
      return this;
    }

    /**
     * Sets the secret pushes are signed with; by default a random one.
     *
     * @param secret the secret
     * @return this builder
     */
    public Builder webhookSecret(String secret) {
      this.webhookSecret = Checks.secret("webhookSecret", secret, 1000);
      return this;
    }

    /**
     * Sets how many listings or orders a page holds.
     *
     * @param size 1..100
     * @return this builder
     */
    public Builder pageSize(int size) {
      this.pageSize = Checks.inRange("pageSize", size, 1, 100);
      return this;
    }

    /**
     * Builds the fake.
     *
     * @return the fake, empty
     */
    public FakeMarketplace build() {
      return new FakeMarketplace(this);
    }
  }
}
