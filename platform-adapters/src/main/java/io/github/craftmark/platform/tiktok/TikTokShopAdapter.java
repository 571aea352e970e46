package io.github.craftmark.platform.tiktok;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.platform.AdapterCapabilities;
import io.github.craftmark.platform.AdapterSettings;
import io.github.craftmark.platform.Listing;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.ListingRejectedException;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.ListingSku;
import io.github.craftmark.platform.ListingStatus;
import io.github.craftmark.platform.MappingProblem;
import io.github.craftmark.platform.MappingReport;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceAdapter;
import io.github.craftmark.platform.MarketplaceOrder;
import io.github.craftmark.platform.OrderLine;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.PriceUpdate;
import io.github.craftmark.platform.ProblemCode;
import io.github.craftmark.platform.PublishedListing;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.StockUpdate;
import io.github.craftmark.platform.StockUpdateResult;
import io.github.craftmark.platform.WebhookEvent;
import io.github.craftmark.platform.WebhookRequest;
import io.github.craftmark.platform.WebhookVerification;
import io.github.craftmark.platform.auth.AccessToken;
import io.github.craftmark.platform.auth.InMemoryTokenStore;
import io.github.craftmark.platform.auth.TokenStore;
import io.github.craftmark.platform.http.HttpTransport;
import io.github.craftmark.platform.http.JdkHttpTransport;
import io.github.craftmark.platform.http.RateLimiter;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.internal.tiktok.QueryString;
import io.github.craftmark.platform.internal.tiktok.TikTokApi;
import io.github.craftmark.platform.internal.tiktok.TikTokClient;
import io.github.craftmark.platform.internal.tiktok.TikTokEnvelope;
import io.github.craftmark.platform.internal.tiktok.TikTokListingMapper;
import io.github.craftmark.platform.internal.tiktok.TikTokOrder;
import io.github.craftmark.platform.internal.tiktok.TikTokPayloads;
import io.github.craftmark.platform.internal.tiktok.TikTokProduct;
import io.github.craftmark.platform.internal.tiktok.TikTokStatuses;
import io.github.craftmark.platform.internal.tiktok.TikTokWebhookMessage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The TikTok Shop marketplace adapter (Open API version 202309): authorise shops, publish a craft
 * product, keep its prices and stock current, read products and orders, and verify webhooks, for
 * Vietnamese local shops selling in đồng.
 *
 * <p>Build one with {@link #builder()} (or get it from {@link
 * io.github.craftmark.platform.MarketplaceAdapters} through {@link TikTokShopProvider}):
 *
 * <pre>{@code
 * TikTokShopAdapter tiktok = TikTokShopAdapter.builder()
 *     .appKey("6abc123")
 *     .appSecret(secretFromVault)
 *     .tokenStore(myTokenStore)
 *     .build();
 * URI consent = tiktok.authorizationUri(csrfState);       // send the seller here
 * List<ShopRef> shops = tiktok.authorize(codeFromRedirect); // stores the tokens
 * PublishedListing listing = tiktok.publish(shops.get(0), request);
 * }</pre>
 *
 * <p>Every shop call is signed with {@link TikTokShopSigner}, names the shop by its {@code
 * shop_cipher} and carries the access token in the {@code x-tts-access-token} header. Tokens come
 * from the {@link TokenStore}; an expiring one is refreshed once for all threads (TikTok Shop gives
 * expiries as absolute Unix times), and a call refused with code 105002 (expired token) is sent
 * once more after a refresh. Success is {@code code == 0} in the response body; any other code is
 * a {@link PlatformException} carrying TikTok's code, message and request id. Rate limits (HTTP 429
 * or code 36009002) and transient errors are retried with back-off for reads and updates, never for
 * creating a product.
 *
 * <p>{@link ShopRef} properties read: {@value #SHOP_CIPHER} (the shop's {@code shop_cipher}; learnt
 * from {@code /authorization/202309/shops} when absent) and {@value #WAREHOUSE_ID} (the warehouse
 * holding the stock; else the builder's default, else the shop's default sales warehouse from
 * TikTok Shop).
 *
 * <p>Listings follow TikTok Shop's rules for Vietnam (Partner Center API reference, "Create
 * product", 202309): a title of 25 to 255 characters (the
 * product's Vietnamese name), a required description sent as HTML of at most 10,000 characters
 * (the Vietnamese description in paragraphs, then the provenance line), 1 to 9 JPEG or PNG images
 * of at most 5 MB uploaded to TikTok Shop, at most 300 SKUs priced 1 to 180,000,000 đồng (sent as
 * strings in {@code VND}), the package weight in kilograms and, when known, the package dimensions
 * rounded up to whole centimetres. The {@link ListingRequest#logisticsChannelIds()} are sent as
 * {@code delivery_option_ids} and category attribute values as custom value names.
 *
 * <p>Instances are immutable and thread-safe; one serves every shop of an application.
 */
public final class TikTokShopAdapter implements MarketplaceAdapter {
  /** TikTok Shop's production Open API host, the default {@link Builder#baseUri(URI)}. */
  public static final URI PRODUCTION_BASE_URI = TikTokApi.OPEN_API;

  /**
   * TikTok Shop's token and authorisation host, the default {@link Builder#authBaseUri(URI)} with
   * the production Open API.
   */
  public static final URI AUTH_BASE_URI = TikTokApi.AUTH_API;

  /** The {@link ShopRef} property holding the shop's {@code shop_cipher}. */
  public static final String SHOP_CIPHER = TikTokClient.SHOP_CIPHER;

  /** The {@link ShopRef} property holding the id of the warehouse the shop's stock is in. */
  public static final String WAREHOUSE_ID = TikTokClient.WAREHOUSE_ID;

  /** The {@link AdapterSettings} property naming the token API's base URI. */
  public static final String AUTH_BASE_URI_PROPERTY = "authBaseUri";

  /** The {@link AdapterSettings} property naming the default warehouse id. */
  public static final String WAREHOUSE_ID_PROPERTY = "warehouseId";

  private static final Marketplace TIKTOK = Marketplace.TIKTOK_SHOP;
  private static final ProblemCode PLATFORM_WARNING = ProblemCode.of("PLATFORM_WARNING");

  private final Builder settings;
  private final TikTokClient client;

  private TikTokShopAdapter(Builder b) {
    this.settings = b.copy();
    this.client = new TikTokClient(
        b.appKey,
        b.appSecret,
        b.baseUri,
        b.authBase(),
        b.transport != null ? b.transport : JdkHttpTransport.create(),
        b.clock,
        b.retryPolicy,
        b.rateLimiter,
        b.tokenStore,
        b.refreshMargin,
        b.warehouseId);
  }

  /**
   * Returns a builder: production hosts, a {@link JdkHttpTransport}, an {@link InMemoryTokenStore},
   * the UTC system clock, {@link RetryPolicy#defaults()} and no rate limit.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this adapter's settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return settings.copy();
  }

  @Override
  public Marketplace marketplace() {
    return TIKTOK;
  }

  @Override
  public AdapterCapabilities capabilities() {
    return TikTokListingMapper.CAPABILITIES;
  }

  // --- authorisation
  // ------------------------------------------------------------------------------

  /**
   * Returns the page where a seller authorises the app: {@code
   * https://auth.tiktok-shops.com/oauth/authorize?app_key=…&state=…}. TikTok Shop sends the seller
   * back to the app's registered redirect URI with {@code code} and the same {@code state}; check
   * the state, then call {@link #authorize(String)} with the code.
   *
   * @param state an unguessable value tied to the seller's session, against cross-site forgery
   * @return the URI
   * @throws InvalidValueException when the state is blank
   */
  public URI authorizationUri(String state) {
    if (state == null || state.isBlank()) {
      throw new InvalidValueException("state", "must not be blank", state);
    }
    Map<String, String> query = new LinkedHashMap<>();
    query.put("app_key", settings.appKey);
    query.put("state", state);
    return URI.create(
        stripSlash(settings.authBase()) + TikTokApi.AUTHORIZE + "?" + QueryString.encode(query));
  }

  /**
   * Finishes the authorisation: exchanges the one-time code from the redirect for tokens, finds the
   * shops they cover and stores the token for each in the {@link TokenStore}.
   *
   * <p>The code is single-use, so this call is never retried.
   *
   * @param code the {@code code} from the redirect
   * @return the authorised shops, each with its {@value #SHOP_CIPHER} property set
   * @throws PlatformException when TikTok Shop refuses the code (e.g. 36004004, used or expired)
   */
  public List<ShopRef> authorize(String code) {
    if (code == null || code.isBlank()) {
      throw InvalidValueException.withoutValue("code", "must not be blank");
    }
    AccessToken token = client.exchangeCode(code.strip());
    return client.connect(token);
  }

  // --- listings
  // -----------------------------------------------------------------------------------

  @Override
  public MappingReport<ListingDraft> map(ListingRequest request) {
    if (request == null) {
      throw new InvalidValueException("request", "must not be null", null);
    }
    return TikTokListingMapper.map(request);
  }

  @Override
  public PublishedListing publish(ShopRef shop, ListingRequest request) {
    checkShop(shop);
    MappingReport<ListingDraft> report = map(request);
    if (!report.isOk()) {
      throw new ListingRejectedException(TIKTOK, report.problems());
    }
    ListingDraft draft = report.result().orElseThrow();
    String warehouseId = client.warehouseFor(shop);
    List<String> imageUris = new ArrayList<>();
    for (int i = 0; i < draft.images().size(); i++) {
      ListingImage image = draft.images().get(i);
      imageUris.add(
          image.isHosted()
              ? image.hostedId().orElseThrow()
              : client.uploadImage(
                  shop, image.bytes(), image.mediaType().orElseThrow(), image.fileName(i)));
    }
    byte[] body = TikTokPayloads.createProduct(draft, imageUris, warehouseId);
    TikTokEnvelope envelope = client.execute(
        shop,
        TikTokClient.Call.postJson(
            TikTokApi.PRODUCTS, Map.of(), body, RetryPolicy.Safety.NOT_IDEMPOTENT));
    JsonNode data = envelope.data();
    String productId = data.path("product_id").asText("");
    if (productId.isEmpty()) {
      throw PlatformException.builder(TIKTOK, PlatformException.UNEXPECTED_RESPONSE)
          .message("create product response must have a product_id")
          .requestId(envelope.requestId())
          .build();
    }
    Map<String, String> idsBySellerSku = new LinkedHashMap<>();
    for (JsonNode sku : data.path("skus")) {
      idsBySellerSku.put(sku.path("seller_sku").asText(""), sku.path("id").asText(""));
    }
    Map<Sku, String> skuIds = new LinkedHashMap<>();
    for (Variant variant : draft.variants()) {
      String id = idsBySellerSku.get(variant.sku().value());
      if (id != null && !id.isEmpty()) {
        skuIds.put(variant.sku(), id);
      }
    }
    List<MappingProblem> warnings = new ArrayList<>(report.warnings());
    for (JsonNode warning : data.path("warnings")) {
      String message = warning.path("message").asText("").strip();
      if (!message.isEmpty()) {
        warnings.add(MappingProblem.warning("platform", PLATFORM_WARNING, message));
      }
    }
    return new PublishedListing(
        shop,
        productId,
        skuIds,
        ListingStatus.IN_REVIEW,
        warnings,
        Optional.of(envelope.requestId()).filter(id -> !id.isEmpty()));
  }

  @Override
  public void updatePrice(ShopRef shop, PriceUpdate update) {
    checkShop(shop);
    if (update == null) {
      throw new InvalidValueException("update", "must not be null", null);
    }
    Map<Sku, Optional<String>> wanted = new LinkedHashMap<>();
    update.prices().forEach(p -> wanted.put(p.sku(), p.platformSkuId()));
    Map<Sku, String> ids = skuIds(shop, update.listingId(), wanted);
    List<TikTokPayloads.SkuPrice> prices = new ArrayList<>();
    for (PriceUpdate.SkuPrice price : update.prices()) {
      String id = ids.get(price.sku());
      if (id == null) {
        throw PlatformException.builder(TIKTOK, PlatformException.SKU_NOT_FOUND)
            .message(
                "listing " + update.listingId() + " has no SKU " + price.sku().value())
            .build();
      }
      if (!capabilities().acceptsPrice(price.price())) {
        throw new InvalidValueException(
            "price",
            "must be 1..180000000 đồng on TikTok Shop Vietnam",
            price.price().dong());
      }
      prices.add(new TikTokPayloads.SkuPrice(id, price.price()));
    }
    for (List<TikTokPayloads.SkuPrice> batch :
        batches(prices, capabilities().maxSkusPerPriceBatch())) {
      client.execute(
          shop,
          TikTokClient.Call.postJson(
              TikTokApi.priceUpdatePath(update.listingId()),
              Map.of(),
              TikTokPayloads.priceUpdate(batch),
              // Setting a price to a value twice leaves the same price.
              RetryPolicy.Safety.IDEMPOTENT));
    }
  }

  @Override
  public StockUpdateResult updateStock(ShopRef shop, List<StockUpdate> updates) {
    checkShop(shop);
    List<StockUpdate> checked = StockUpdate.checkBatch(updates);
    Map<String, List<StockUpdate>> byListing = new LinkedHashMap<>();
    for (StockUpdate update : checked) {
      byListing.computeIfAbsent(update.listingId(), k -> new ArrayList<>()).add(update);
    }
    Map<StockUpdate, StockUpdateResult.SkuOutcome> outcomes = new LinkedHashMap<>();
    String warehouseId = checked.isEmpty() ? null : client.warehouseFor(shop);
    for (Map.Entry<String, List<StockUpdate>> group : byListing.entrySet()) {
      Map<Sku, Optional<String>> wanted = new LinkedHashMap<>();
      group.getValue().forEach(u -> wanted.put(u.sku(), u.platformSkuId()));
      Map<Sku, String> ids = skuIds(shop, group.getKey(), wanted);
      List<StockUpdate> sendable = new ArrayList<>();
      for (StockUpdate update : group.getValue()) {
        if (ids.containsKey(update.sku())) {
          sendable.add(update);
        } else {
          outcomes.put(
              update,
              StockUpdateResult.SkuOutcome.failure(
                  update.sku(),
                  PlatformException.SKU_NOT_FOUND,
                  "listing " + group.getKey() + " has no SKU " + update.sku().value()));
        }
      }
      for (List<StockUpdate> batch : batches(sendable, capabilities().maxSkusPerStockBatch())) {
        List<TikTokPayloads.SkuQuantity> quantities = batch.stream()
            .map(u -> new TikTokPayloads.SkuQuantity(ids.get(u.sku()), u.quantity()))
            .toList();
        List<TikTokPayloads.SkuError> errors = client.execute(
            shop,
            TikTokClient.Call.postJson(
                TikTokApi.inventoryUpdatePath(group.getKey()),
                Map.of(),
                TikTokPayloads.inventoryUpdate(quantities, warehouseId),
                RetryPolicy.Safety.IDEMPOTENT),
            TikTokPayloads::inventoryErrors);
        Map<String, TikTokPayloads.SkuError> errorBySkuId = new LinkedHashMap<>();
        errors.forEach(e -> errorBySkuId.putIfAbsent(e.skuId(), e));
        for (StockUpdate update : batch) {
          TikTokPayloads.SkuError error = errorBySkuId.get(ids.get(update.sku()));
          outcomes.put(
              update,
              error == null
                  ? StockUpdateResult.SkuOutcome.success(update.sku())
                  : StockUpdateResult.SkuOutcome.failure(
                      update.sku(), error.code(), error.message()));
        }
      }
    }
    List<StockUpdateResult.SkuOutcome> ordered = new ArrayList<>();
    checked.forEach(u -> ordered.add(outcomes.get(u)));
    return new StockUpdateResult(ordered);
  }

  /** Finds TikTok's SKU ids of a listing's SKUs, searching by seller SKU for those not given. */
  private Map<Sku, String> skuIds(
      ShopRef shop, String listingId, Map<Sku, Optional<String>> wanted) {
    Map<Sku, String> ids = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    wanted.forEach((sku, id) -> {
      if (id.isPresent()) {
        ids.put(sku, id.get());
      } else {
        unknown.add(sku.value());
      }
    });
    if (unknown.isEmpty()) {
      return ids;
    }
    byte[] body = TikTokPayloads.productSearch(unknown);
    try (Stream<TikTokProduct> products = client.pages(
        shop,
        token -> searchCall(TikTokApi.PRODUCTS_SEARCH, token, Map.of(), body),
        TikTokProduct::listFrom)) {
      products.filter(p -> p.id().equals(listingId)).forEach(product -> {
        for (TikTokProduct.Sku sku : product.skus()) {
          if (unknown.contains(sku.sellerSku())) {
            ids.put(Sku.of(sku.sellerSku()), sku.id());
          }
        }
      });
    }
    return ids;
  }

  @Override
  public Stream<Listing> listings(ShopRef shop) {
    checkShop(shop);
    byte[] body = TikTokPayloads.productSearch(List.of());
    return client.pages(
        shop,
        token -> searchCall(TikTokApi.PRODUCTS_SEARCH, token, Map.of(), body),
        data -> TikTokProduct.listFrom(data).stream()
            .map(product -> toListing(shop, product))
            .toList());
  }

  private static Listing toListing(ShopRef shop, TikTokProduct product) {
    List<ListingSku> skus = new ArrayList<>();
    for (TikTokProduct.Sku sku : product.skus()) {
      skus.add(new ListingSku(
          Optional.of(sku.sellerSku()).filter(s -> !s.isBlank()),
          Optional.of(sku.id()),
          Optional.of(sku.price()),
          (int) Math.min(Integer.MAX_VALUE, Math.max(0, sku.quantity()))));
    }
    return new Listing(
        shop,
        product.id(),
        product.title(),
        TikTokStatuses.listing(product.status()),
        product.status(),
        skus,
        product.updateTime().equals(Instant.EPOCH)
            ? Optional.empty()
            : Optional.of(product.updateTime()));
  }

  // --- orders
  // -------------------------------------------------------------------------------------

  @Override
  public Stream<MarketplaceOrder> ordersSince(ShopRef shop, Instant since) {
    checkShop(shop);
    if (since == null) {
      throw new InvalidValueException("since", "must not be null", null);
    }
    Map<String, String> sort = new LinkedHashMap<>();
    sort.put("sort_field", "create_time");
    sort.put("sort_order", "ASC");
    byte[] body = TikTokPayloads.orderSearch(since);
    return client.pages(
        shop,
        token -> searchCall(TikTokApi.ORDERS_SEARCH, token, sort, body),
        data -> TikTokOrder.listFrom(data).stream()
            .map(order -> toOrder(shop, order))
            .toList());
  }

  /**
   * Reads orders by id, up to {@value TikTokApi#MAX_ORDER_IDS} per call, e.g. the order a webhook
   * names. Ids TikTok Shop does not know are left out.
   *
   * @param shop the shop
   * @param orderIds the order ids
   * @return the orders found, in TikTok Shop's order within each batch
   * @throws PlatformException when TikTok Shop refuses a call
   */
  public List<MarketplaceOrder> orders(ShopRef shop, Collection<String> orderIds) {
    checkShop(shop);
    if (orderIds == null) {
      throw new InvalidValueException("orderIds", "must not be null", null);
    }
    List<String> ids = new ArrayList<>();
    for (String id : orderIds) {
      if (id == null || id.isBlank() || id.contains(",")) {
        throw new InvalidValueException("orderIds", "must hold non-blank ids without commas", id);
      }
      ids.add(id.strip());
    }
    List<MarketplaceOrder> orders = new ArrayList<>();
    for (List<String> batch : batches(ids, TikTokApi.MAX_ORDER_IDS)) {
      orders.addAll(client.execute(
          shop,
          TikTokClient.Call.get(TikTokApi.ORDERS, Map.of("ids", String.join(",", batch)), true),
          data -> TikTokOrder.listFrom(data).stream()
              .map(order -> toOrder(shop, order))
              .toList()));
    }
    return List.copyOf(orders);
  }

  private static MarketplaceOrder toOrder(ShopRef shop, TikTokOrder order) {
    List<OrderLine> lines = new ArrayList<>();
    for (TikTokOrder.Line line : order.lines()) {
      lines.add(new OrderLine(
          line.productId().isEmpty() ? line.skuId() : line.productId(),
          Optional.of(line.skuId()),
          Optional.of(line.sellerSku()).filter(s -> !s.isBlank()),
          line.productName(),
          line.quantity(),
          line.unitPrice()));
    }
    return new MarketplaceOrder(
        shop,
        order.id(),
        TikTokStatuses.order(order.status()),
        order.status(),
        order.createTime(),
        order.updateTime(),
        lines,
        order.total());
  }

  private static TikTokClient.Call searchCall(
      String path, String pageToken, Map<String, String> extra, byte[] body) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("page_size", Integer.toString(TikTokApi.MAX_PAGE_SIZE));
    if (!pageToken.isEmpty()) {
      query.put("page_token", pageToken);
    }
    query.putAll(extra);
    return TikTokClient.Call.postJson(path, query, body, RetryPolicy.Safety.IDEMPOTENT);
  }

  // --- webhooks
  // -----------------------------------------------------------------------------------

  /**
   * Checks a TikTok Shop webhook and parses it only then.
   *
   * <p>The {@code Authorization} header must be the hex HMAC-SHA256, keyed by the app secret, of the
   * app key followed by the raw body, compared in constant time. The URL is not signed by TikTok
   * Shop. Duplicates happen: use {@link WebhookEvent#eventId()} ({@code tts_notification_id}) to
   * handle each event once. Reply 200 quickly; TikTok Shop retries otherwise.
   *
   * @param request the push as received
   * @return the verdict; never throws for bad input
   */
  @Override
  public WebhookVerification verifyWebhook(WebhookRequest request) {
    if (request == null) {
      return WebhookVerification.rejected("no request");
    }
    try {
      Optional<String> authorization = request.header("Authorization");
      if (authorization.isEmpty()) {
        return WebhookVerification.rejected("missing Authorization header");
      }
      byte[] body = request.body();
      if (!client.signer().isValidWebhookSignature(client.appKey(), body, authorization.get())) {
        return WebhookVerification.rejected("Authorization is not the signature of this body");
      }
      Optional<TikTokWebhookMessage> parsed = TikTokWebhookMessage.parse(body);
      if (parsed.isEmpty()) {
        return WebhookVerification.rejected("signed body is not a TikTok Shop webhook");
      }
      TikTokWebhookMessage message = parsed.get();
      TikTokStatuses.WebhookType type = TikTokStatuses.webhook(message.type());
      return WebhookVerification.verified(new WebhookEvent(
          TIKTOK,
          type.kind(),
          type.name(),
          Optional.of(message.shopId()).filter(s -> !s.isBlank()),
          Optional.of(message.notificationId()).filter(s -> !s.isBlank()),
          message.orderId(),
          Optional.of(message.timestamp()),
          request.bodyText()));
    } catch (RuntimeException e) {
      return WebhookVerification.rejected(
          "webhook could not be read: " + e.getClass().getSimpleName());
    }
  }

  // --- helpers
  // ------------------------------------------------------------------------------------

  private static void checkShop(ShopRef shop) {
    if (shop == null) {
      throw new InvalidValueException("shop", "must not be null", null);
    }
    if (!shop.marketplace().equals(TIKTOK)) {
      throw new InvalidValueException("shop", "must be a TikTok Shop shop", shop.key());
    }
  }

  private static <T> List<List<T>> batches(List<T> items, int size) {
    List<List<T>> batches = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      batches.add(items.subList(from, Math.min(items.size(), from + size)));
    }
    return batches;
  }

  private static String stripSlash(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /** Returns the app key and hosts; never the secret. */
  @Override
  public String toString() {
    return "TikTokShopAdapter[appKey=" + settings.appKey + ", baseUri=" + settings.baseUri + "]";
  }

  /**
   * Builds a {@link TikTokShopAdapter}; {@link #build()} fails naming a missing app key or secret.
   */
  public static final class Builder {
    private String appKey;
    private String appSecret;
    private URI baseUri = PRODUCTION_BASE_URI;
    private URI authBaseUri;
    private HttpTransport transport;
    private TokenStore tokenStore = new InMemoryTokenStore();
    private Clock clock = Clock.systemUTC();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimiter rateLimiter = RateLimiter.unlimited();
    private Duration refreshMargin = Duration.ofMinutes(5);
    private String warehouseId;

    private Builder() {}

    /** The token API's base URI: as set, else production's or the shop API's (a test server). */
    private URI authBase() {
      if (authBaseUri != null) {
        return authBaseUri;
      }
      return baseUri.equals(PRODUCTION_BASE_URI) ? AUTH_BASE_URI : baseUri;
    }

    private Builder copy() {
      Builder b = new Builder();
      b.appKey = appKey;
      b.appSecret = appSecret;
      b.baseUri = baseUri;
      b.authBaseUri = authBaseUri;
      b.transport = transport;
      b.tokenStore = tokenStore;
      b.clock = clock;
      b.retryPolicy = retryPolicy;
      b.rateLimiter = rateLimiter;
      b.refreshMargin = refreshMargin;
      b.warehouseId = warehouseId;
      return b;
    }

    /**
     * Takes every setting {@link AdapterSettings} holds: credentials, base URI, transport, token
     * store, clock, retry policy, rate limiter, and the properties {@value
     * #AUTH_BASE_URI_PROPERTY} and {@value #WAREHOUSE_ID_PROPERTY}.
     *
     * @param settings the settings
     * @return this builder
     */
    public Builder settings(AdapterSettings settings) {
      if (settings == null) {
        throw new InvalidValueException("settings", "must not be null", null);
      }
      settings.appKey().ifPresent(this::appKey);
      settings.appSecret().ifPresent(this::appSecret);
      settings.baseUri().ifPresent(this::baseUri);
      settings.property(AUTH_BASE_URI_PROPERTY).ifPresent(uri -> authBaseUri(parseUri(uri)));
      settings.property(WAREHOUSE_ID_PROPERTY).ifPresent(this::warehouseId);
      transport(settings.transport());
      tokenStore(settings.tokenStore());
      clock(settings.clock());
      retryPolicy(settings.retryPolicy());
      rateLimiter(settings.rateLimiter());
      return this;
    }

    private static URI parseUri(String text) {
      try {
        return URI.create(text.strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(AUTH_BASE_URI_PROPERTY, "must be a URI", text);
      }
    }

    /**
     * Sets the app key from TikTok Shop Partner Center.
     *
     * @param appKey the app key
     * @return this builder
     */
    public Builder appKey(String appKey) {
      if (appKey == null || appKey.isBlank() || !appKey.strip().matches("[A-Za-z0-9_-]{1,100}")) {
        throw new InvalidValueException(
            "appKey", "must be 1..100 letters, digits, '_' or '-'", appKey);
      }
      this.appKey = appKey.strip();
      return this;
    }

    /**
     * Sets the app secret; it signs every call and webhook and is never shown.
     *
     * @param appSecret the app secret
     * @return this builder
     */
    public Builder appSecret(String appSecret) {
      if (appSecret == null || appSecret.isBlank()) {
        throw InvalidValueException.withoutValue("appSecret", "must not be blank");
      }
      this.appSecret = appSecret.strip();
      return this;
    }

    /**
     * Sets the shop API's base URI (default {@code https://open-api.tiktokglobalshop.com}), e.g. a
     * sandbox or a local test server.
     *
     * @param baseUri an absolute http or https URI
     * @return this builder
     */
    public Builder baseUri(URI baseUri) {
      this.baseUri = httpUri("baseUri", baseUri);
      return this;
    }

    /**
     * Sets the token API's base URI. By default it is {@code https://auth.tiktok-shops.com} with
     * the production shop API, and the shop API's base URI when {@link #baseUri(URI)} was changed
     * (so that one local test server serves both).
     *
     * @param authBaseUri an absolute http or https URI
     * @return this builder
     */
    public Builder authBaseUri(URI authBaseUri) {
      this.authBaseUri = httpUri("authBaseUri", authBaseUri);
      return this;
    }

    /**
     * Sets how requests are sent (default {@link JdkHttpTransport}).
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = notNull("transport", transport);
      return this;
    }

    /**
     * Sets where shops' tokens are kept (default {@link InMemoryTokenStore}).
     *
     * @param tokenStore the store
     * @return this builder
     */
    public Builder tokenStore(TokenStore tokenStore) {
      this.tokenStore = notNull("tokenStore", tokenStore);
      return this;
    }

    /**
     * Sets the clock for timestamps and token expiry.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = notNull("clock", clock);
      return this;
    }

    /**
     * Sets the retry policy; TikTok Shop's rate-limit code 36009002 is added to it.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = notNull("retryPolicy", retryPolicy);
      return this;
    }

    /**
     * Sets the per-shop rate limiter (default unlimited).
     *
     * @param rateLimiter the limiter
     * @return this builder
     */
    public Builder rateLimiter(RateLimiter rateLimiter) {
      this.rateLimiter = notNull("rateLimiter", rateLimiter);
      return this;
    }

    /**
     * Sets how long before its expiry an access token is refreshed (default 5 minutes).
     *
     * @param margin a non-negative duration
     * @return this builder
     */
    public Builder refreshMargin(Duration margin) {
      if (margin == null || margin.isNegative()) {
        throw new InvalidValueException("refreshMargin", "must not be negative", margin);
      }
      this.refreshMargin = margin;
      return this;
    }

    /**
     * Sets the warehouse for shops without a {@value #WAREHOUSE_ID} property; by default each
     * shop's default sales warehouse is read from TikTok Shop.
     *
     * @param warehouseId TikTok Shop's warehouse id
     * @return this builder
     */
    public Builder warehouseId(String warehouseId) {
      if (warehouseId == null || !warehouseId.strip().matches("[0-9A-Za-z_-]{1,64}")) {
        throw new InvalidValueException(
            "warehouseId", "must be 1..64 letters or digits", warehouseId);
      }
      this.warehouseId = warehouseId.strip();
      return this;
    }

    /**
     * Builds the adapter.
     *
     * @return the adapter
     * @throws InvalidValueException naming the app key or secret when it was not set
     */
    public TikTokShopAdapter build() {
      if (appKey == null) {
        throw new InvalidValueException("appKey", "must be set", null);
      }
      if (appSecret == null) {
        throw InvalidValueException.withoutValue("appSecret", "must be set");
      }
      return new TikTokShopAdapter(this);
    }

    private static <T> T notNull(String field, T value) {
      if (value == null) {
        throw new InvalidValueException(field, "must not be null", null);
      }
      return value;
    }

    private static URI httpUri(String field, URI uri) {
      notNull(field, uri);
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null
          || uri.getRawQuery() != null) {
        throw new InvalidValueException(
            field, "must be an absolute http or https URI without a query", uri);
      }
      return uri;
    }
  }
}
