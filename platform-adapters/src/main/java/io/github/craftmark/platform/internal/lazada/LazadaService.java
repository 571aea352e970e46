package io.github.craftmark.platform.internal.lazada;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.platform.AdapterCapabilities;
import io.github.craftmark.platform.Listing;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.ListingSku;
import io.github.craftmark.platform.ListingStatus;
import io.github.craftmark.platform.MappingReport;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceOrder;
import io.github.craftmark.platform.OrderLine;
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
import io.github.craftmark.platform.http.MultipartPart;
import io.github.craftmark.platform.http.RetryPolicy;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What the Lazada adapter does, behind its public face. Thread-safe. */
public final class LazadaService {
  private static final System.Logger LOG = System.getLogger(LazadaService.class.getName());

  static final String IMAGE_UPLOAD = "/image/upload";
  static final String IMAGE_MIGRATE = "/image/migrate";
  static final String PRODUCT_CREATE = "/product/create";
  static final String PRICE_QUANTITY = "/product/price_quantity/update";
  static final String PRODUCTS_GET = "/products/get";
  static final String ORDERS_GET = "/orders/get";
  static final String ORDER_ITEMS_GET = "/order/items/get";

  /** Lazada's order time filters read {@code YYYY-MM-DDTHH:mm:ss±HH:MM}; Vietnam is UTC+7. */
  private static final DateTimeFormatter ORDER_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.ofHours(7));

  private final LazadaConfig config;
  private final LazadaClient client;
  private final AdapterCapabilities capabilities;
  private final LazadaMapper mapper;

  public LazadaService(LazadaConfig config) {
    this.config = config;
    this.client = new LazadaClient(config);
    this.capabilities = LazadaRules.capabilities(config.skusPerBatch());
    this.mapper = new LazadaMapper(capabilities);
  }

  public AdapterCapabilities capabilities() {
    return capabilities;
  }

  public MappingReport<ListingDraft> map(ListingRequest request) {
    return mapper.map(request);
  }

  // ------------------------------------------------------------------ authorisation

  public URI authorizationUri(URI redirectUri, Optional<String> state) {
    return LazadaOAuth.authorizationUri(
        config.authorizeEndpoint(),
        config.appKey(),
        redirectUri,
        state,
        Optional.of(config.venture()));
  }

  /**
   * Exchanges the one-time code from the authorisation callback for the shop's tokens, saves them
   * and returns the shop (its seller id in the venture).
   */
  public ShopRef authorize(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidValueException("code", "must not be blank", code);
    }
    Instant sent = config.clock().instant();
    LazadaResponse response = LazadaClient.require(
        client.authCall(LazadaOAuth.TOKEN_CREATE, Map.of("code", code.strip())));
    LazadaTokenGrant grant = LazadaClient.read(
        response, r -> LazadaTokenGrant.parse(LazadaOAuth.TOKEN_CREATE, r.root(), sent));
    String sellerId = LazadaClient.read(response, r -> grant
        .sellerId(config.venture())
        .or(() -> grant.countryUsers().stream()
            .map(LazadaTokenGrant.CountryUser::sellerId)
            .flatMap(Optional::stream)
            .findFirst())
        .orElseThrow(() -> new LazadaFormatException(
            LazadaOAuth.TOKEN_CREATE, "names no seller in country_user_info")));
    ShopRef shop = ShopRef.of(Marketplace.LAZADA, sellerId);
    config.tokenStore().save(shop, LazadaClient.toAccessToken(grant));
    return shop;
  }

  // ------------------------------------------------------------------ listings

  public PublishedListing publish(ShopRef shop, ListingRequest request) {
    check(shop);
    MappingReport<ListingDraft> report = map(request);
    ListingDraft draft = report.orElseThrow();
    List<String> imageUrls = new ArrayList<>();
    for (int i = 0; i < draft.images().size(); i++) {
      ListingImage image = draft.images().get(i);
      imageUrls.add(
          image.isHosted() ? image.hostedId().orElseThrow() : uploadImage(shop, image, i));
    }
    LazadaResponse response = LazadaClient.require(client.post(
        shop,
        RetryPolicy.Safety.NOT_IDEMPOTENT,
        PRODUCT_CREATE,
        Map.of("payload", LazadaPayloads.createProduct(draft, imageUrls))));
    LazadaReplies.Created created = LazadaClient.read(response, LazadaReplies::created);
    Map<Sku, String> skuIds = new LinkedHashMap<>();
    for (Variant variant : draft.variants()) {
      String id = created.skuIds().get(variant.sku().value());
      if (id != null) {
        skuIds.put(variant.sku(), id);
      }
    }
    return LazadaClient.read(
        response,
        r -> new PublishedListing(
            shop,
            created.itemId(),
            skuIds,
            ListingStatus.IN_REVIEW,
            report.warnings(),
            r.requestId()));
  }

  /** Uploads image bytes with {@code /image/upload} (multipart field {@code image}). */
  public String uploadImage(ShopRef shop, ListingImage image, int index) {
    check(shop);
    MultipartPart file = MultipartPart.file(
        "image", image.fileName(index), image.mediaType().orElse("image/jpeg"), image.bytes());
    LazadaResponse response = LazadaClient.require(
        client.call(shop, RetryPolicy.Safety.NOT_IDEMPOTENT, IMAGE_UPLOAD, token -> client
            .requests()
            .postFile(config.gateway(), IMAGE_UPLOAD, Map.of(), Optional.of(token), file)));
    return LazadaClient.read(response, r -> LazadaReplies.imageUrl(IMAGE_UPLOAD, r));
  }

  /** Copies an image Lazada can download onto Lazada with {@code /image/migrate}. */
  public String migrateImage(ShopRef shop, URI imageUrl) {
    check(shop);
    String scheme = imageUrl == null ? null : imageUrl.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || imageUrl.getHost() == null) {
      throw new InvalidValueException(
          "imageUrl", "must be an absolute http or https URI", imageUrl);
    }
    LazadaResponse response = LazadaClient.require(client.post(
        shop,
        RetryPolicy.Safety.NOT_IDEMPOTENT,
        IMAGE_MIGRATE,
        Map.of("payload", LazadaPayloads.migrateImage(imageUrl.toASCIIString()))));
    return LazadaClient.read(response, r -> LazadaReplies.imageUrl(IMAGE_MIGRATE, r));
  }

  // ------------------------------------------------------------------ price and stock

  public void updatePrice(ShopRef shop, PriceUpdate update) {
    check(shop);
    if (update == null) {
      throw new InvalidValueException("update", "must not be null", null);
    }
    List<LazadaPayloads.SkuChange> changes = new ArrayList<>();
    for (PriceUpdate.SkuPrice price : update.prices()) {
      changes.add(new LazadaPayloads.SkuChange(
          update.listingId(),
          price.platformSkuId(),
          price.sku().value(),
          Optional.of(price.price()),
          Optional.empty()));
    }
    for (List<LazadaPayloads.SkuChange> batch : batches(changes)) {
      LazadaResponse response = priceQuantity(shop, batch);
      if (!response.isSuccess()) {
        throw failureWithDetail(response);
      }
    }
  }

  public StockUpdateResult updateStock(ShopRef shop, List<StockUpdate> updates) {
    check(shop);
    List<StockUpdate> checked = StockUpdate.checkBatch(updates);
    // Lazada answers per seller SKU, whatever the listing: one SKU once per call.
    Set<Sku> seen = new HashSet<>();
    List<LazadaPayloads.SkuChange> changes = new ArrayList<>();
    for (int i = 0; i < checked.size(); i++) {
      StockUpdate update = checked.get(i);
      if (!seen.add(update.sku())) {
        throw new InvalidValueException(
            "updates[" + i + "].sku", "must not repeat another update's SKU", update.sku());
      }
      changes.add(new LazadaPayloads.SkuChange(
          update.listingId(),
          update.platformSkuId(),
          update.sku().value(),
          Optional.empty(),
          Optional.of(update.quantity())));
    }
    List<StockUpdateResult.SkuOutcome> outcomes = new ArrayList<>();
    for (List<LazadaPayloads.SkuChange> batch : batches(changes)) {
      outcomes.addAll(stockBatch(shop, batch, true));
    }
    return new StockUpdateResult(outcomes);
  }

  /**
   * Sends one batch of stock levels. When Lazada refuses the call and names the SKUs it refused in
   * {@code detail}, its documentation does not say whether it applied the others, so they are sent
   * again on their own and take that call's outcome: a SKU is reported updated only after a call
   * that Lazada answered with success. Levels are absolute, so sending one twice does no harm.
   */
  private List<StockUpdateResult.SkuOutcome> stockBatch(
      ShopRef shop, List<LazadaPayloads.SkuChange> batch, boolean resendUnnamed) {
    LazadaResponse response = priceQuantity(shop, batch);
    if (response.isSuccess()) {
      return batch.stream()
          .map(c -> StockUpdateResult.SkuOutcome.success(Sku.of(c.sellerSku())))
          .toList();
    }
    Map<String, String> refused = LazadaReplies.detailsBySellerSku(response);
    if (refused.isEmpty()) {
      throw LazadaClient.failure(response, Optional.empty());
    }
    List<LazadaPayloads.SkuChange> unnamed =
        batch.stream().filter(c -> !refused.containsKey(c.sellerSku())).toList();
    Map<String, StockUpdateResult.SkuOutcome> unnamedOutcomes = new LinkedHashMap<>();
    if (!unnamed.isEmpty() && resendUnnamed) {
      stockBatch(shop, unnamed, false).forEach(o -> unnamedOutcomes.put(o.sku().value(), o));
    }
    List<StockUpdateResult.SkuOutcome> outcomes = new ArrayList<>();
    for (LazadaPayloads.SkuChange change : batch) {
      Sku sku = Sku.of(change.sellerSku());
      String why = refused.get(change.sellerSku());
      if (why != null) {
        outcomes.add(StockUpdateResult.SkuOutcome.failure(sku, response.errorCode(), why));
      } else {
        outcomes.add(unnamedOutcomes.getOrDefault(
            change.sellerSku(),
            StockUpdateResult.SkuOutcome.failure(
                sku,
                response.errorCode(),
                "Lazada refused the call without naming this SKU; its level is not confirmed")));
      }
    }
    return outcomes;
  }

  private LazadaResponse priceQuantity(ShopRef shop, List<LazadaPayloads.SkuChange> batch) {
    // Absolute price and stock values: making the call twice does no harm, so it is retried.
    return client.post(
        shop,
        RetryPolicy.Safety.IDEMPOTENT,
        PRICE_QUANTITY,
        Map.of("payload", LazadaPayloads.priceQuantity(batch)));
  }

  private List<List<LazadaPayloads.SkuChange>> batches(List<LazadaPayloads.SkuChange> changes) {
    List<List<LazadaPayloads.SkuChange>> batches = new ArrayList<>();
    for (int from = 0; from < changes.size(); from += config.skusPerBatch()) {
      batches.add(changes.subList(from, Math.min(changes.size(), from + config.skusPerBatch())));
    }
    return batches;
  }

  private static PlatformException failureWithDetail(LazadaResponse response) {
    Map<String, String> failed = LazadaReplies.detailsBySellerSku(response);
    if (failed.isEmpty()) {
      return LazadaClient.failure(response, Optional.empty());
    }
    StringBuilder message = new StringBuilder(response.errorMessage());
    failed.forEach((sku, why) -> message.append("; ").append(sku).append(": ").append(why));
    PlatformException.Builder failure = PlatformException.builder(
            Marketplace.LAZADA, response.errorCode())
        .message(message.toString())
        .httpStatus(response.httpStatus());
    response.requestId().ifPresent(failure::requestId);
    return failure.build();
  }

  // ------------------------------------------------------------------ reading

  /**
   * {@code /products/get} by offset, 50 at a time (Lazada's maximum). Lazada serves offsets up to
   * 10,000 (and calls the offset deprecated); a shop with more listings is read up to there, with a
   * warning in the log.
   */
  public Stream<Listing> listings(ShopRef shop) {
    check(shop);
    return Paging.stream(0, offset -> {
      Map<String, String> params = new TreeMap<>();
      params.put("filter", "all");
      params.put("limit", Integer.toString(LazadaRules.PRODUCTS_PAGE));
      params.put("offset", Integer.toString(offset));
      LazadaResponse response = LazadaClient.require(client.get(shop, PRODUCTS_GET, params));
      LazadaReplies.ProductPage page = LazadaClient.read(response, LazadaReplies::productPage);
      List<Listing> listings = LazadaClient.read(
          response, r -> page.products().stream().map(p -> listing(shop, p)).toList());
      int next = offset + LazadaRules.PRODUCTS_PAGE;
      boolean more =
          page.products().size() == LazadaRules.PRODUCTS_PAGE && next < page.totalProducts();
      if (more && next > LazadaRules.PRODUCTS_MAX_OFFSET) {
        LOG.log(
            System.Logger.Level.WARNING,
            "Lazada serves product offsets up to {0}; listings of shop {1} beyond it are not read",
            LazadaRules.PRODUCTS_MAX_OFFSET,
            shop);
        more = false;
      }
      return Paging.Page.of(listings, more ? next : null);
    });
  }

  public Stream<MarketplaceOrder> ordersSince(ShopRef shop, Instant since) {
    return ordersSince(shop, since, LazadaRules.ORDERS_PAGE, LazadaRules.ORDERS_MAX_OFFSET);
  }

  /**
   * {@code /orders/get} by creation time, oldest first. Lazada serves offsets up to 5,000; at that
   * point its guide says to restart from the creation time of the last order read with offset 0.
   * Orders of that second read before the restart are skipped, so none is returned twice.
   *
   * @param shop the shop
   * @param since the earliest creation instant
   * @param pageSize orders per call (Lazada: at most 100)
   * @param maxOffset the largest offset Lazada serves (5,000)
   * @return the orders
   */
  public Stream<MarketplaceOrder> ordersSince(
      ShopRef shop, Instant since, int pageSize, int maxOffset) {
    check(shop);
    if (since == null) {
      throw new InvalidValueException("since", "must not be null", null);
    }
    OrderCursor first = new OrderCursor(
        since.truncatedTo(ChronoUnit.SECONDS), 0, Optional.empty(), Set.of(), Set.of());
    return Paging.stream(first, cursor -> orderPage(shop, since, pageSize, maxOffset, cursor));
  }

  /**
   * Where the next order page starts.
   *
   * @param windowStart the {@code created_after} sent
   * @param offset the offset within that window
   * @param lastCreated the creation time of the last order returned
   * @param idsAtLastCreated the orders returned with that creation time
   * @param skipAtWindowStart orders of the window's first second already returned before a restart
   */
  private record OrderCursor(
      Instant windowStart,
      int offset,
      Optional<Instant> lastCreated,
      Set<String> idsAtLastCreated,
      Set<String> skipAtWindowStart) {}

  private Paging.Page<MarketplaceOrder, OrderCursor> orderPage(
      ShopRef shop, Instant since, int pageSize, int maxOffset, OrderCursor cursor) {
    Map<String, String> params = new TreeMap<>();
    params.put("created_after", ORDER_TIME.format(cursor.windowStart()));
    params.put("sort_by", "created_at");
    params.put("sort_direction", "ASC");
    params.put("limit", Integer.toString(pageSize));
    params.put("offset", Integer.toString(cursor.offset()));
    LazadaResponse response = LazadaClient.require(client.get(shop, ORDERS_GET, params));
    LazadaReplies.OrderPage page = LazadaClient.read(response, LazadaReplies::orderPage);

    Optional<Instant> lastCreated = cursor.lastCreated();
    Set<String> atLastCreated = new HashSet<>(cursor.idsAtLastCreated());
    List<MarketplaceOrder> orders = new ArrayList<>();
    for (LazadaReplies.Order order : page.orders()) {
      boolean seenBeforeRestart =
          order.createdAt().truncatedTo(ChronoUnit.SECONDS).equals(cursor.windowStart())
              && cursor.skipAtWindowStart().contains(order.orderId());
      if (order.createdAt().isBefore(since) || seenBeforeRestart) {
        continue;
      }
      if (!lastCreated.equals(Optional.of(order.createdAt()))) {
        lastCreated = Optional.of(order.createdAt());
        atLastCreated.clear();
      }
      if (atLastCreated.add(order.orderId())) {
        orders.add(order(shop, order));
      }
    }
    if (page.orders().size() < pageSize || cursor.offset() + pageSize >= page.countTotal()) {
      return Paging.Page.last(orders);
    }
    int offset = cursor.offset() + pageSize;
    if (offset <= maxOffset) {
      return Paging.Page.of(
          orders,
          new OrderCursor(
              cursor.windowStart(),
              offset,
              lastCreated,
              Set.copyOf(atLastCreated),
              cursor.skipAtWindowStart()));
    }
    Instant restart = lastCreated.orElse(cursor.windowStart()).truncatedTo(ChronoUnit.SECONDS);
    if (!restart.isAfter(cursor.windowStart())) {
      throw PlatformException.builder(Marketplace.LAZADA, PlatformException.UNEXPECTED_RESPONSE)
          .message("more than " + (maxOffset + pageSize) + " orders of shop " + shop.key()
              + " were created in the second " + ORDER_TIME.format(cursor.windowStart())
              + "; Lazada's offset limit cannot page past them")
          .build();
    }
    LOG.log(
        System.Logger.Level.DEBUG,
        "Lazada order offset limit reached for shop {0}; restarting from {1}",
        shop,
        restart);
    return Paging.Page.of(
        orders,
        new OrderCursor(
            restart, 0, lastCreated, Set.copyOf(atLastCreated), Set.copyOf(atLastCreated)));
  }

  private static Listing listing(ShopRef shop, LazadaReplies.Product product) {
    List<ListingSku> skus = new ArrayList<>();
    for (LazadaReplies.ProductSku sku : product.skus()) {
      skus.add(new ListingSku(sku.sellerSku(), sku.skuId(), sku.price(), sku.quantity()));
    }
    return new Listing(
        shop,
        product.itemId(),
        product.name(),
        LazadaStatuses.listing(product.status()),
        product.status(),
        skus,
        product.updatedAt());
  }

  private MarketplaceOrder order(ShopRef shop, LazadaReplies.Order order) {
    LazadaResponse response = LazadaClient.require(
        client.get(shop, ORDER_ITEMS_GET, Map.of("order_id", order.orderId())));
    List<LazadaReplies.OrderItem> items = LazadaClient.read(response, LazadaReplies::orderItems);
    return LazadaClient.read(response, r -> {
      // One Lazada item per unit: units of the same SKU at the same price make one line.
      Map<List<Object>, int[]> quantities = new LinkedHashMap<>();
      Map<List<Object>, LazadaReplies.OrderItem> first = new LinkedHashMap<>();
      for (LazadaReplies.OrderItem item : items) {
        List<Object> key = List.of(
            item.listingId().orElse(""),
            item.skuId().orElse(""),
            item.sellerSku(),
            item.itemPrice());
        quantities.computeIfAbsent(key, k -> new int[1])[0]++;
        first.putIfAbsent(key, item);
      }
      List<OrderLine> lines = new ArrayList<>();
      first.forEach((key, item) -> lines.add(new OrderLine(
          item.listingId()
              .orElseThrow(() -> new LazadaFormatException(
                  ORDER_ITEMS_GET, "has an item with neither product_id nor shop_sku")),
          item.skuId(),
          Optional.of(item.sellerSku()).filter(s -> !s.isBlank()),
          item.name(),
          quantities.get(key)[0],
          item.itemPrice())));
      // Lazada's GetOrder guide: buyer paid price = price - voucher + shipping_fee.
      Money total = order.price().minus(order.voucher()).plus(order.shippingFee());
      return new MarketplaceOrder(
          shop,
          order.orderId(),
          LazadaStatuses.order(order.statuses()),
          String.join(",", order.statuses()),
          order.createdAt(),
          order.updatedAt(),
          lines,
          total.isNegative() ? Money.ZERO : total);
    });
  }

  // ------------------------------------------------------------------ pushes

  public WebhookVerification verifyWebhook(WebhookRequest request) {
    if (request == null) {
      return WebhookVerification.rejected("no request");
    }
    Optional<String> authorization = request.header("Authorization");
    if (authorization.isEmpty() || authorization.get().isBlank()) {
      return WebhookVerification.rejected("no Authorization header");
    }
    byte[] body = request.body();
    if (!config.signer().isValidWebhookSignature(config.appKey(), body, authorization.get())) {
      return WebhookVerification.rejected(
          "Authorization is not HMAC-SHA256(app secret, app key + raw body)");
    }
    Optional<LazadaPushMessage> parsed = LazadaPushMessage.parse(body);
    if (parsed.isEmpty()) {
      return WebhookVerification.rejected("the signed body is not a Lazada push message");
    }
    LazadaPushMessage message = parsed.get();
    return WebhookVerification.verified(new WebhookEvent(
        Marketplace.LAZADA,
        kind(message.messageType()),
        type(message),
        message.sellerId(),
        Optional.of(message.eventId()),
        message.tradeOrderId(),
        changedAt(message).or(message::sentAt),
        request.bodyText()));
  }

  private static WebhookEvent.Kind kind(int messageType) {
    return switch (messageType) {
      case 0 -> WebhookEvent.Kind.ORDER_STATUS;
      case 1, 3, 4, 5 -> WebhookEvent.Kind.LISTING_STATUS;
      case 6 -> WebhookEvent.Kind.STOCK;
      case 8 -> WebhookEvent.Kind.AUTHORIZATION;
      default -> WebhookEvent.Kind.OTHER;
    };
  }

  private static String type(LazadaPushMessage message) {
    return switch (message.messageType()) {
      case 0 -> message.data().has("reverse_order_id") ? "reverse_order" : "trade_order";
      case 1 -> "product_quality_control";
      case 3 -> "product_created";
      case 4 -> "product_updated";
      case 5 -> "product_deleted";
      case 6 -> "shallow_stock";
      case 8 -> "token_expiration_alert";
      default -> "message_type_" + message.messageType();
    };
  }

  /** {@code data.status_update_time}: seconds in order messages, milliseconds in product ones. */
  private static Optional<Instant> changedAt(LazadaPushMessage message) {
    return LazadaReplies.wholeNumber(message.data().path("status_update_time"))
        .filter(v -> v > 0)
        .map(v -> v < 100_000_000_000L ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v));
  }

  // ------------------------------------------------------------------ helpers

  private static void check(ShopRef shop) {
    if (shop == null) {
      throw new InvalidValueException("shop", "must not be null", null);
    }
    if (!shop.marketplace().equals(Marketplace.LAZADA)) {
      throw new InvalidValueException("shop", "must be a Lazada shop", shop.key());
    }
  }
}
