package io.github.craftmark.platform.tiki;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.github.craftmark.platform.MappingProblem;
import io.github.craftmark.platform.MappingReport;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceAdapter;
import io.github.craftmark.platform.MarketplaceOrder;
import io.github.craftmark.platform.OrderLine;
import io.github.craftmark.platform.OrderStatus;
import io.github.craftmark.platform.Paging;
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
import io.github.craftmark.platform.auth.TokenManager;
import io.github.craftmark.platform.auth.TokenStore;
import io.github.craftmark.platform.http.HttpTransport;
import io.github.craftmark.platform.http.JdkHttpTransport;
import io.github.craftmark.platform.http.MultipartPart;
import io.github.craftmark.platform.http.RateLimiter;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.http.RetryPolicy.Safety;
import io.github.craftmark.platform.http.TransportRequest;
import io.github.craftmark.platform.http.TransportResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A worked skeleton of a fourth adapter, for Tiki: how a platform plugs into the SPI. It passes the
 * shared {@code MarketplaceAdapterContractTest} against {@link TikiStandIn}.
 *
 * <p>What follows Tiki's published documentation: the OAuth 2.0 client-credentials token call
 * ({@code POST /sc/oauth2/token}, HTTP Basic with client id and secret, no refresh token) and the
 * page-numbered listing shape ({@code data} + {@code paging.current_page/last_page}). Everything
 * else (paths under {@code /integration/v2}, payloads, error body, webhook signature) is an
 * EXAMPLE shape for this guide, not Tiki's API: a real Tiki adapter creates an asynchronous,
 * reviewed "product request" and must follow Tiki's documentation for each call.
 */
public final class TikiAdapter implements MarketplaceAdapter {
  /** Tiki, registered so that {@link Marketplace#fromCode(String)} finds it. */
  public static final Marketplace TIKI = Marketplace.register("tiki", "Tiki");

  /** The header carrying a push's signature (EXAMPLE scheme: hex HMAC-SHA256 of the body). */
  static final String SIGNATURE_HEADER = "X-Tiki-Signature";

  /** The error code the skeleton's platform gives for its rate limit (with HTTP 429). */
  static final String RATE_LIMITED = "too_many_requests";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PAGE_SIZE = 50;

  private final String clientId;
  private final String clientSecret;
  private final URI baseUri;
  private final HttpTransport transport;
  private final Clock clock;
  private final RetryPolicy retryPolicy;
  private final RateLimiter rateLimiter;
  private final TokenManager tokens;
  private final RandomGenerator random;

  private TikiAdapter(Builder b) {
    this.clientId = Objects.requireNonNull(b.clientId, "clientId");
    this.clientSecret = Objects.requireNonNull(b.clientSecret, "clientSecret");
    this.baseUri = b.baseUri;
    this.transport = b.transport;
    this.clock = b.clock;
    // Add the platform's rate-limit code to whatever policy the user configured.
    this.retryPolicy = b.retryPolicy.withRateLimitCodes(RATE_LIMITED);
    this.rateLimiter = b.rateLimiter;
    this.random = b.random;
    this.tokens =
        TokenManager.issuing(b.tokenStore, this::issueToken).clock(clock).build();
  }

  /**
   * Returns a builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // Identity, limits and mapping

  @Override
  public Marketplace marketplace() {
    return TIKI;
  }

  @Override
  public AdapterCapabilities capabilities() {
    return AdapterCapabilities.builder()
        .images(1, 8)
        .maxImageBytes(5L * 1024 * 1024)
        .imageMediaTypes("image/jpeg", "image/png")
        .title(10, 255)
        .descriptionMaxChars(10_000)
        .descriptionRequired(true)
        .price(Money.ofDong(1_000), Money.ofDong(500_000_000))
        .maxVariants(100)
        .maxSkusPerStockBatch(50)
        .maxSkusPerPriceBatch(50)
        .needsWeight(true)
        .platformHostedImages(true)
        .build();
  }

  @Override
  public MappingReport<ListingDraft> map(ListingRequest request) {
    return ListingMapper.map(TIKI, capabilities(), request, this::tikiRules);
  }

  /** The platform's own rules, run after the shared checks: pure, every problem listed. */
  private List<MappingProblem> tikiRules(ListingRequest request) {
    List<MappingProblem> problems = new ArrayList<>();
    if (request.brandId().isEmpty()) {
      problems.add(MappingProblem.warning(
          "brandId",
          ProblemCode.of("TIKI_NO_BRAND"),
          "is recommended for Tiki: none, the listing shows \"OEM\""));
    }
    return problems;
  }

  // Publishing

  @Override
  public PublishedListing publish(ShopRef shop, ListingRequest request) {
    checkShop(shop);
    MappingReport<ListingDraft> report = map(request);
    ListingDraft draft = report.orElseThrow(); // ListingRejectedException before any call
    List<String> imageUrls = new ArrayList<>();
    for (int i = 0; i < draft.images().size(); i++) {
      imageUrls.add(upload(shop, draft.images().get(i), i));
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("category_id", draft.categoryId());
    body.put("name", draft.title());
    body.put("description", draft.description());
    draft.weightGrams().ifPresent(g -> body.put("weight_gram", g));
    body.set("attributes", JSON.valueToTree(draft.attributes()));
    body.set("images", JSON.valueToTree(imageUrls));
    ArrayNode variants = body.putArray("variants");
    for (Variant variant : draft.variants()) {
      ObjectNode v = variants.addObject();
      v.put("original_sku", variant.sku().value());
      v.put("price", variant.price().dong());
      v.put("quantity", variant.stock());
      v.set("options", JSON.valueToTree(variant.options()));
    }
    Result created = call(
        shop,
        Safety.NOT_IDEMPOTENT,
        token -> authorised(
            TransportRequest.postJson(api("/integration/v2/products"), write(body)), token));
    Map<Sku, String> skuIds = new LinkedHashMap<>();
    for (JsonNode v : created.body().path("variants")) {
      skuIds.put(Sku.of(v.path("original_sku").asText()), v.path("sku_id").asText());
    }
    ListingStatus status = "approved".equals(created.body().path("state").asText())
        ? ListingStatus.LIVE
        : ListingStatus.IN_REVIEW;
    return new PublishedListing(
        shop,
        created.body().path("product_id").asText(),
        skuIds,
        status,
        report.warnings(),
        created.requestId());
  }

  private String upload(ShopRef shop, ListingImage image, int index) {
    if (image.isHosted()) {
      return image.hostedId().orElseThrow();
    }
    String boundary = TransportRequest.newBoundary(random);
    MultipartPart file = MultipartPart.file(
        "file", image.fileName(index), image.mediaType().orElseThrow(), image.bytes());
    Result uploaded = call(
        shop,
        Safety.NOT_IDEMPOTENT,
        token -> authorised(
            TransportRequest.multipart(
                api("/integration/v2/media/images"), boundary, List.of(file)),
            token));
    return uploaded.body().path("url").asText();
  }

  // Prices and stock

  @Override
  public void updatePrice(ShopRef shop, PriceUpdate update) {
    checkShop(shop);
    List<PriceUpdate.SkuPrice> prices = update.prices();
    for (int i = 0; i < prices.size(); i += capabilities().maxSkusPerPriceBatch()) {
      ObjectNode body = JSON.createObjectNode();
      ArrayNode list = body.putArray("prices");
      for (PriceUpdate.SkuPrice price :
          prices.subList(i, Math.min(prices.size(), i + capabilities().maxSkusPerPriceBatch()))) {
        list.addObject()
            .put("original_sku", price.sku().value())
            .put("price", price.price().dong());
      }
      URI uri = api("/integration/v2/products/" + encode(update.listingId()) + "/prices");
      call(shop, Safety.IDEMPOTENT, token -> authorised(put(uri, write(body)), token));
    }
  }

  @Override
  public StockUpdateResult updateStock(ShopRef shop, List<StockUpdate> updates) {
    checkShop(shop);
    List<StockUpdate> checked = StockUpdate.checkBatch(updates);
    List<StockUpdateResult.SkuOutcome> outcomes = new ArrayList<>();
    int batch = capabilities().maxSkusPerStockBatch();
    for (int i = 0; i < checked.size(); i += batch) {
      List<StockUpdate> part = checked.subList(i, Math.min(checked.size(), i + batch));
      ObjectNode body = JSON.createObjectNode();
      ArrayNode items = body.putArray("items");
      for (StockUpdate update : part) {
        items
            .addObject()
            .put("product_id", update.listingId())
            .put("original_sku", update.sku().value())
            .put("quantity", update.quantity());
      }
      Result result = call(
          shop,
          Safety.IDEMPOTENT,
          token -> authorised(put(api("/integration/v2/inventory"), write(body)), token));
      Map<String, JsonNode> bySku = new LinkedHashMap<>();
      for (JsonNode r : result.body().path("results")) {
        bySku.put(r.path("original_sku").asText(), r);
      }
      for (StockUpdate update : part) {
        JsonNode r = bySku.get(update.sku().value());
        if (r != null && r.path("success").asBoolean()) {
          outcomes.add(StockUpdateResult.SkuOutcome.success(update.sku()));
        } else {
          outcomes.add(StockUpdateResult.SkuOutcome.failure(
              update.sku(),
              r == null ? "missing_result" : r.path("error_code").asText("unknown"),
              r == null
                  ? "the platform gave no result for this SKU"
                  : r.path("message").asText()));
        }
      }
    }
    return new StockUpdateResult(outcomes);
  }

  // Listings and orders: Tiki pages by number; Paging hides it

  @Override
  public Stream<Listing> listings(ShopRef shop) {
    checkShop(shop);
    return Paging.stream(1, page -> {
      Result result = call(
          shop,
          Safety.IDEMPOTENT,
          token -> authorised(
              TransportRequest.get(
                  api("/integration/v2/products?page=" + page + "&limit=" + PAGE_SIZE)),
              token));
      List<Listing> listings = new ArrayList<>();
      for (JsonNode p : result.body().path("data")) {
        List<ListingSku> skus = new ArrayList<>();
        for (JsonNode v : p.path("variants")) {
          skus.add(new ListingSku(
              Optional.of(v.path("original_sku").asText()),
              Optional.of(v.path("sku_id").asText()),
              Optional.of(Money.ofDong(v.path("price").asLong())),
              v.path("quantity").asInt()));
        }
        listings.add(new Listing(
            shop,
            p.path("product_id").asText(),
            p.path("name").asText(),
            p.path("active").asInt() == 1 ? ListingStatus.LIVE : ListingStatus.INACTIVE,
            p.path("active").asText(),
            skus,
            Optional.empty()));
      }
      return Paging.Page.of(listings, nextPage(result.body(), page));
    });
  }

  @Override
  public Stream<MarketplaceOrder> ordersSince(ShopRef shop, Instant since) {
    checkShop(shop);
    String from = encode(since.toString());
    return Paging.stream(1, page -> {
      Result result = call(
          shop,
          Safety.IDEMPOTENT,
          token -> authorised(
              TransportRequest.get(api("/integration/v2/orders?created_from_date=" + from + "&page="
                  + page + "&limit=" + PAGE_SIZE)),
              token));
      List<MarketplaceOrder> orders = new ArrayList<>();
      for (JsonNode o : result.body().path("data")) {
        List<OrderLine> lines = new ArrayList<>();
        for (JsonNode item : o.path("items")) {
          lines.add(new OrderLine(
              item.path("product_id").asText(),
              Optional.empty(),
              Optional.of(item.path("original_sku").asText()),
              item.path("name").asText(),
              item.path("qty").asInt(),
              Money.ofDong(item.path("price").asLong())));
        }
        orders.add(new MarketplaceOrder(
            shop,
            o.path("code").asText(),
            orderStatus(o.path("status").asText()),
            o.path("status").asText(),
            Instant.parse(o.path("created_at").asText()),
            Instant.parse(o.path("updated_at").asText()),
            lines,
            Money.ofDong(o.path("grand_total").asLong())));
      }
      return Paging.Page.of(orders, nextPage(result.body(), page));
    });
  }

  private static Integer nextPage(JsonNode body, int page) {
    return page < body.path("paging").path("last_page").asInt(0) ? page + 1 : null;
  }

  private static OrderStatus orderStatus(String status) {
    return switch (status) {
      case "queueing", "processing" -> OrderStatus.TO_SHIP;
      case "shipping" -> OrderStatus.SHIPPED;
      case "delivered" -> OrderStatus.DELIVERED;
      case "complete" -> OrderStatus.COMPLETED;
      case "canceled" -> OrderStatus.CANCELLED;
      default -> OrderStatus.UNKNOWN;
    };
  }

  // Webhooks: check the raw bytes first, parse only then, never throw

  @Override
  public WebhookVerification verifyWebhook(WebhookRequest request) {
    if (request == null) {
      return WebhookVerification.rejected("no request");
    }
    Optional<String> given = request.header(SIGNATURE_HEADER);
    if (given.isEmpty()) {
      return WebhookVerification.rejected("no " + SIGNATURE_HEADER + " header");
    }
    byte[] expected = hmac(clientSecret, request.body());
    byte[] actual;
    try {
      actual = HexFormat.of().parseHex(given.get().strip());
    } catch (IllegalArgumentException e) {
      return WebhookVerification.rejected("signature is not hexadecimal");
    }
    if (!MessageDigest.isEqual(expected, actual)) {
      return WebhookVerification.rejected("signature does not match");
    }
    try {
      JsonNode root = JSON.readTree(request.body());
      if (root == null || !root.path("type").isTextual()) {
        return WebhookVerification.rejected("body is not a push: no type");
      }
      String type = root.path("type").asText();
      return WebhookVerification.verified(new WebhookEvent(
          TIKI,
          type.startsWith("ORDER_") ? WebhookEvent.Kind.ORDER_STATUS : WebhookEvent.Kind.OTHER,
          type,
          text(root, "seller_id"),
          text(root, "id"),
          text(root, "order_code"),
          root.path("created_at").canConvertToLong()
              ? Optional.of(Instant.ofEpochSecond(root.path("created_at").asLong()))
              : Optional.empty(),
          request.bodyText()));
    } catch (IOException | RuntimeException e) {
      return WebhookVerification.rejected("body is not valid JSON");
    }
  }

  private static Optional<String> text(JsonNode root, String field) {
    JsonNode node = root.path(field);
    return node.isValueNode() && !node.asText().isBlank()
        ? Optional.of(node.asText())
        : Optional.empty();
  }

  static byte[] hmac(String key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  // Tokens: client credentials, no refresh token; TokenManager issues once per shop

  private AccessToken issueToken(ShopRef shop) {
    String basic = Base64.getEncoder()
        .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    TransportRequest request = TransportRequest.post(
            api("/sc/oauth2/token"),
            "application/x-www-form-urlencoded",
            "grant_type=client_credentials".getBytes(StandardCharsets.UTF_8))
        .withHeader("Authorization", "Basic " + basic);
    // Not through call(): call() asks the TokenManager for a token, which is what we make here.
    Result result = retryPolicy.execute(Safety.IDEMPOTENT, () -> send(request));
    JsonNode body = result.body();
    return AccessToken.withoutRefresh(
        body.path("access_token").asText(),
        clock.instant().plusSeconds(body.path("expires_in").asLong()));
  }

  // One call: rate limit, token, send, decide success the platform's way, retry what is safe

  private record Result(JsonNode body, Optional<String> requestId) {}

  private Result call(
      ShopRef shop, Safety safety, Function<AccessToken, TransportRequest> request) {
    return retryPolicy.execute(safety, () -> {
      rateLimiter.acquire(shop);
      return send(request.apply(tokens.token(shop)));
    });
  }

  private Result send(TransportRequest request) {
    TransportResponse response;
    try {
      response = transport.send(request);
    } catch (IOException e) {
      throw PlatformException.builder(TIKI, PlatformException.TRANSPORT_ERROR)
          .message(e.getClass().getSimpleName() + " for " + request)
          .retryable(true)
          .cause(e)
          .build();
    }
    Optional<String> requestId = response.header("X-Request-Id");
    JsonNode body;
    try {
      body = response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw PlatformException.builder(TIKI, PlatformException.UNEXPECTED_RESPONSE)
          .message("the answer is not JSON")
          .httpStatus(response.statusCode())
          .requestId(requestId.orElse(null))
          .build();
    }
    if (!response.isSuccessStatus()) {
      throw PlatformException.builder(
              TIKI, body.path("code").asText("http_" + response.statusCode()))
          .message(body.path("message").asText(""))
          .httpStatus(response.statusCode())
          .requestId(body.path("request_id").asText(requestId.orElse(null)))
          .retryAfter(response
              .header("Retry-After")
              .map(s -> Duration.ofSeconds(Long.parseLong(s)))
              .orElse(null))
          .build();
    }
    return new Result(body, requestId);
  }

  private static TransportRequest authorised(TransportRequest request, AccessToken token) {
    return request.withHeader("Authorization", "Bearer " + token.accessToken());
  }

  private static TransportRequest put(URI uri, String json) {
    return new TransportRequest(
        "PUT",
        uri,
        Map.of("Content-Type", List.of("application/json")),
        json.getBytes(StandardCharsets.UTF_8));
  }

  private URI api(String pathAndQuery) {
    return URI.create(baseUri.toString().replaceAll("/+$", "") + pathAndQuery);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static void checkShop(ShopRef shop) {
    if (!shop.marketplace().equals(TIKI)) {
      throw new io.github.craftmark.core.InvalidValueException(
          "shop", "must be a shop on Tiki", shop.key());
    }
  }

  /** Builds a {@link TikiAdapter}. */
  public static final class Builder {
    private String clientId;
    private String clientSecret;
    private URI baseUri = URI.create("https://api.tiki.vn");
    private HttpTransport transport;
    private TokenStore tokenStore = new InMemoryTokenStore();
    private Clock clock = Clock.systemUTC();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimiter rateLimiter = RateLimiter.unlimited();
    private RandomGenerator random = new java.security.SecureRandom();

    private Builder() {}

    /**
     * Sets the application's client id.
     *
     * @param clientId the id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * Sets the application's client secret.
     *
     * @param clientSecret the secret
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * Sets the base URI, e.g. a local stand-in.
     *
     * @param baseUri the base URI
     * @return this builder
     */
    public Builder baseUri(URI baseUri) {
      this.baseUri = baseUri;
      return this;
    }

    /**
     * Sets the transport.
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = transport;
      return this;
    }

    /**
     * Sets the token store.
     *
     * @param tokenStore the store
     * @return this builder
     */
    public Builder tokenStore(TokenStore tokenStore) {
      this.tokenStore = tokenStore;
      return this;
    }

    /**
     * Sets the clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
      return this;
    }

    /**
     * Sets the rate limiter.
     *
     * @param rateLimiter the limiter
     * @return this builder
     */
    public Builder rateLimiter(RateLimiter rateLimiter) {
      this.rateLimiter = rateLimiter;
      return this;
    }

    /**
     * Sets the source of multipart boundaries.
     *
     * @param random the generator
     * @return this builder
     */
    public Builder random(RandomGenerator random) {
      this.random = random;
      return this;
    }

    /**
     * Builds the adapter.
     *
     * @return the adapter
     */
    public TikiAdapter build() {
      if (transport == null) {
        transport = JdkHttpTransport.create();
      }
      return new TikiAdapter(this);
    }
  }
}
