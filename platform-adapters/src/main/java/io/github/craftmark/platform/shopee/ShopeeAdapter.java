package io.github.craftmark.platform.shopee;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.platform.AdapterCapabilities;
import io.github.craftmark.platform.AdapterSettings;
import io.github.craftmark.platform.Listing;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.MappingReport;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceAdapter;
import io.github.craftmark.platform.MarketplaceOrder;
import io.github.craftmark.platform.PriceUpdate;
import io.github.craftmark.platform.PublishedListing;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.StockUpdate;
import io.github.craftmark.platform.StockUpdateResult;
import io.github.craftmark.platform.WebhookEvent;
import io.github.craftmark.platform.WebhookRequest;
import io.github.craftmark.platform.WebhookVerification;
import io.github.craftmark.platform.auth.InMemoryTokenStore;
import io.github.craftmark.platform.auth.TokenStore;
import io.github.craftmark.platform.http.HttpTransport;
import io.github.craftmark.platform.http.JdkHttpTransport;
import io.github.craftmark.platform.http.RateLimiter;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.internal.shopee.ShopeeAuthorization;
import io.github.craftmark.platform.internal.shopee.ShopeeClient;
import io.github.craftmark.platform.internal.shopee.ShopeeMapping;
import io.github.craftmark.platform.internal.shopee.ShopeeOperations;
import io.github.craftmark.platform.internal.shopee.ShopeePayloads;
import io.github.craftmark.platform.internal.shopee.ShopeePush;
import io.github.craftmark.platform.internal.shopee.ShopeeRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * The Shopee Open Platform v2 marketplace adapter: authorise shops, publish a craft product as a
 * Shopee item, keep its prices and stock current, read items and orders, and verify pushes.
 *
 * <p>Build one with {@link #builder()} (partner id and partner key from the Shopee Open Platform
 * console), or get one from {@link io.github.craftmark.platform.MarketplaceAdapters} with the
 * partner id as {@code appKey} and the partner key as {@code appSecret}. One instance serves every
 * shop and is safe to share between threads.
 *
 * <pre>{@code
 * ShopeeAdapter shopee = ShopeeAdapter.builder()
 *     .partnerId(2001887)                        // EXAMPLE
 *     .partnerKey(System.getenv("SHOPEE_PARTNER_KEY"))
 *     .tokenStore(myDatabaseTokenStore)
 *     .build();
 * URI link = shopee.authorizationUri(URI.create("https://gom.example.vn/shopee/callback"));
 * // … the seller opens the link; Shopee redirects to the callback with code and shop_id …
 * ShopRef shop = shopee.authorize(callbackUri);
 * PublishedListing listing = shopee.publish(shop, request);
 * }</pre>
 *
 * <p>How Shopee is handled (Shopee Open Platform v2 documentation: "Authorization and
 * Authentication", the product, media space and order API references, "Push Mechanism"):
 *
 * <ul>
 *   <li>Every call is signed with {@link ShopeeSigner} at the moment it is sent (timestamps are valid
 *       five minutes). Access tokens last four hours and are refreshed through {@link
 *       io.github.craftmark.platform.auth.TokenManager} five minutes before they expire, one refresh
 *       at a time per shop: Shopee's refresh token can be spent only once. A token Shopee refuses
 *       ({@code invalid_acceess_token}) is refreshed once and the call sent again.
 *   <li>Images are uploaded to Shopee's media space ({@code media_space/upload_image}, JPG or PNG,
 *       10 MB at most) and the item refers to them by {@code image_id}; pass {@link
 *       io.github.craftmark.platform.ListingImage#hosted(String)} to reuse an uploaded one.
 *   <li>A product with variant tiers becomes one item ({@code add_item}) and its models ({@code
 *       init_tier_variation}); {@link PublishedListing#platformSkuIds()} holds each SKU's {@code
 *       model_id}, and {@code "0"} for a product without tiers.
 *   <li>Category attributes come from the {@link io.github.craftmark.platform.CategoryMapping}; a
 *       value written {@code "#1476"} is Shopee's {@code value_id} 1476, any other text is sent as
 *       {@code original_value_name}. The extra {@code shopee.brand_name} gives the brand's {@code
 *       original_brand_name}; without {@link ListingRequest#brandId()} the item has brand 0 (no
 *       brand).
 *   <li>Prices and stock go out at most 50 models of one item per call, looking the {@code
 *       model_id}s up by SKU when an update does not carry them. A SKU the item lacks is error
 *       {@link io.github.craftmark.platform.PlatformException#SKU_NOT_FOUND}; a model Shopee lists in its {@code failure_list} is error {@code
 *       failure_list} (a failed {@link StockUpdateResult.SkuOutcome} for stock). {@link
 *       #ordersSince} walks 15-day windows of {@code get_order_list} by {@code create_time}.
 *   <li>HTTP 429 and Shopee's {@code error_rate_limit} / {@code error_limit} are retried with the
 *       {@link RetryPolicy}'s back-off, for calls that are safe to repeat.
 * </ul>
 *
 * <p>No method copies listings out of Shopee to another marketplace: Shopee's partner rules forbid
 * it.
 */
public final class ShopeeAdapter implements MarketplaceAdapter {
  /** Shopee Open Platform v2's production API host, the default {@link Builder#baseUri(URI)}. */
  public static final URI PRODUCTION_BASE_URI = URI.create("https://partner.shopeemobile.com");

  /** Shopee Open Platform v2's sandbox API host. */
  public static final URI SANDBOX_BASE_URI =
      URI.create("https://openplatform.sandbox.test-stable.shopee.sg");

  /** The largest image Shopee's media space takes: 10 MB. */
  public static final long MAX_IMAGE_BYTES = 10L * 1024 * 1024;

  private final Builder settings;
  private final ShopeeSigner signer;
  private final ShopeeClient client;
  private final ShopeeOperations operations;

  private ShopeeAdapter(Builder b) {
    this.settings = b.copy();
    this.signer = ShopeeSigner.of(b.partnerId, b.partnerKey);
    this.client = new ShopeeClient(
        b.baseUri, signer, b.transport, b.tokenStore, b.clock, b.retryPolicy, b.rateLimiter);
    this.operations = new ShopeeOperations(client, b.clock, b.random, b.pageSize);
  }

  /**
   * Returns a builder: production host, a {@link JdkHttpTransport}, an {@link InMemoryTokenStore},
   * the UTC system clock, {@link RetryPolicy#defaults()}, no rate limit and {@link
   * #defaultCapabilities()}. Partner id and key must be set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this adapter's settings, e.g. to point a copy at the sandbox.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return settings.copy();
  }

  /**
   * Returns the limits this adapter checks by default: 1..9 JPG or PNG images of at most 10 MB,
   * titles of 1..120 characters, a description (required) of at most 3,000 characters, prices of
   * 1.000 ₫..120.000.000 ₫, 50 models in at most 2 tiers, batches of 50 models, the packed weight
   * required, platform-hosted images.
   *
   * <p>Shopee sets these per market and shop, and changes them: read {@code
   * v2.product.get_item_limit} for the shop and pass the result with {@link
   * Builder#capabilities(AdapterCapabilities)}.
   *
   * @return the limits
   */
  public static AdapterCapabilities defaultCapabilities() {
    return AdapterCapabilities.builder()
        .images(1, 9)
        .maxImageBytes(MAX_IMAGE_BYTES)
        .imageMediaTypes("image/jpeg", "image/png")
        .title(1, 120)
        .descriptionMaxChars(3000)
        .descriptionRequired(true)
        .price(Money.ofDong(1_000), Money.ofDong(120_000_000))
        .maxVariants(50)
        .maxTiers(2)
        .maxSkusPerStockBatch(ShopeePayloads.MAX_MODELS_PER_UPDATE)
        .maxSkusPerPriceBatch(ShopeePayloads.MAX_MODELS_PER_UPDATE)
        .needsWeight(true)
        .needsDimensions(false)
        .platformHostedImages(true)
        .build();
  }

  /**
   * Returns the link a seller opens to authorise the application for a shop ({@code
   * /api/v2/shop/auth_partner}). It is signed with the clock's present and stops working five
   * minutes later, so make it when the seller asks.
   *
   * @param redirectUri where Shopee sends the seller back with {@code code} and {@code shop_id};
   *     its domain must be registered on the console
   * @return the link
   */
  public URI authorizationUri(URI redirectUri) {
    return ShopeeAuthorization.link(
        settings.baseUri, signer, settings.clock.instant().getEpochSecond(), redirectUri);
  }

  /**
   * Finishes the authorisation from the redirect Shopee sent the seller to: exchanges the one-time
   * code (valid 10 minutes) for the shop's tokens and saves them in the token store.
   *
   * @param callback the full redirect URI, with {@code code} and {@code shop_id} in its query
   * @return the shop, to pass to the other methods
   * @throws InvalidValueException when the redirect lacks the code or a numeric shop id
   * @throws io.github.craftmark.platform.PlatformException when Shopee refuses the code
   */
  public ShopRef authorize(URI callback) {
    ShopeeAuthorization.Callback parsed = ShopeeAuthorization.parseCallback(callback);
    return client.authorize(parsed.code(), parsed.shopId());
  }

  /**
   * Finishes the authorisation with the code and shop id read from the redirect.
   *
   * @param code the one-time authorisation code
   * @param shopId the shop id
   * @return the shop
   * @throws io.github.craftmark.platform.PlatformException when Shopee refuses the code
   */
  public ShopRef authorize(String code, long shopId) {
    if (shopId <= 0) {
      throw new InvalidValueException("shopId", "must be positive", shopId);
    }
    return client.authorize(code, shopId);
  }

  /**
   * Returns a reference to a shop by its Shopee {@code shop_id}.
   *
   * @param shopId the shop id
   * @return the reference
   */
  public static ShopRef shop(long shopId) {
    if (shopId <= 0) {
      throw new InvalidValueException("shopId", "must be positive", shopId);
    }
    return ShopRef.of(Marketplace.SHOPEE, Long.toString(shopId));
  }

  @Override
  public Marketplace marketplace() {
    return Marketplace.SHOPEE;
  }

  @Override
  public AdapterCapabilities capabilities() {
    return settings.capabilities;
  }

  @Override
  public MappingReport<ListingDraft> map(ListingRequest request) {
    if (request == null) {
      throw new InvalidValueException("request", "must not be null", null);
    }
    return ShopeeMapping.map(request, settings.capabilities);
  }

  @Override
  public PublishedListing publish(ShopRef shop, ListingRequest request) {
    ShopeeClient.shopId(shop);
    MappingReport<ListingDraft> report = map(request);
    return operations.publish(shop, report.orElseThrow(), report.warnings());
  }

  @Override
  public void updatePrice(ShopRef shop, PriceUpdate update) {
    if (update == null) {
      throw new InvalidValueException("update", "must not be null", null);
    }
    ShopeeClient.shopId(shop);
    operations.updatePrice(shop, update);
  }

  @Override
  public StockUpdateResult updateStock(ShopRef shop, List<StockUpdate> updates) {
    ShopeeClient.shopId(shop);
    return operations.updateStock(shop, StockUpdate.checkBatch(updates));
  }

  @Override
  public Stream<Listing> listings(ShopRef shop) {
    return operations.listings(shop);
  }

  @Override
  public Stream<MarketplaceOrder> ordersSince(ShopRef shop, Instant since) {
    return operations.ordersSince(shop, since);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Shopee signs {@code url + "|" + body} with the partner key and sends the hex HMAC in the
   * {@code Authorization} header, so {@link WebhookRequest#url()} must be the callback URL exactly
   * as registered on the console. Answer a verified push with HTTP 200 and an empty body.
   */
  @Override
  public WebhookVerification verifyWebhook(WebhookRequest request) {
    if (request == null) {
      return WebhookVerification.rejected("no request");
    }
    Optional<String> authorization = request.header("Authorization");
    if (authorization.isEmpty()) {
      return WebhookVerification.rejected("no Authorization header");
    }
    byte[] body = request.body();
    if (!signer.isValidWebhookSignature(request.url().toString(), body, authorization.get())) {
      return WebhookVerification.rejected(
          "the Authorization header is not the partner key's signature of this URL and body");
    }
    Optional<ShopeePush> push = ShopeePush.parse(body);
    if (push.isEmpty()) {
      return WebhookVerification.rejected("the body is not a Shopee push");
    }
    ShopeePush p = push.get();
    return WebhookVerification.verified(new WebhookEvent(
        Marketplace.SHOPEE,
        kind(p.code()),
        type(p.code()),
        p.shopId() > 0 ? Optional.of(Long.toString(p.shopId())) : Optional.empty(),
        Optional.empty(),
        p.orderSn(),
        Optional.of(p.timestamp()),
        request.bodyText()));
  }

  private static WebhookEvent.Kind kind(int code) {
    return switch (code) {
      case 3, 4 -> WebhookEvent.Kind.ORDER_STATUS;
      case 1, 2, 12 -> WebhookEvent.Kind.AUTHORIZATION;
      default -> WebhookEvent.Kind.OTHER;
    };
  }

  private static String type(int code) {
    return switch (code) {
      case 1 -> "shop_authorization_push";
      case 2 -> "shop_authorization_canceled_push";
      case 3 -> "order_status_push";
      case 4 -> "order_trackingno_push";
      case 12 -> "open_api_authorization_expiry";
      default -> "push_code_" + code;
    };
  }

  /** Returns the partner id and host; never the partner key. */
  @Override
  public String toString() {
    return "ShopeeAdapter[partnerId=" + settings.partnerId + ", baseUri=" + settings.baseUri + "]";
  }

  /** Builds a {@link ShopeeAdapter}; setters check their argument, {@link #build()} the whole. */
  public static final class Builder {
    private long partnerId;
    private String partnerKey;
    private URI baseUri = PRODUCTION_BASE_URI;
    private HttpTransport transport;
    private TokenStore tokenStore;
    private Clock clock = Clock.systemUTC();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimiter rateLimiter = RateLimiter.unlimited();
    private AdapterCapabilities capabilities = defaultCapabilities();
    private RandomGenerator random = () -> ThreadLocalRandom.current().nextLong();
    private int pageSize = ShopeePayloads.MAX_PAGE_SIZE;

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.partnerId = partnerId;
      b.partnerKey = partnerKey;
      b.baseUri = baseUri;
      b.transport = transport;
      b.tokenStore = tokenStore;
      b.clock = clock;
      b.retryPolicy = retryPolicy;
      b.rateLimiter = rateLimiter;
      b.capabilities = capabilities;
      b.random = random;
      b.pageSize = pageSize;
      return b;
    }

    /**
     * Takes every setting {@link AdapterSettings} holds: the app key as Shopee's numeric {@code
     * partner_id}, the app secret as the partner key, and the base URI, transport, token store,
     * clock, retry policy and rate limiter. It reads no properties.
     *
     * @param settings the settings
     * @return this builder
     * @throws InvalidValueException when the app key is not a positive number
     */
    public Builder settings(AdapterSettings settings) {
      notNull("settings", settings);
      settings.appKey().ifPresent(appKey -> partnerId(parsePartnerId(appKey)));
      settings.appSecret().ifPresent(this::partnerKey);
      settings.baseUri().ifPresent(this::baseUri);
      transport(settings.transport());
      tokenStore(settings.tokenStore());
      clock(settings.clock());
      retryPolicy(settings.retryPolicy());
      rateLimiter(settings.rateLimiter());
      return this;
    }

    private static long parsePartnerId(String appKey) {
      try {
        long partnerId = Long.parseLong(appKey);
        if (partnerId > 0) {
          return partnerId;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new InvalidValueException("appKey", "must be Shopee's numeric partner_id", appKey);
    }

    /**
     * Sets the partner id shown on the Shopee Open Platform console (test and live ids differ).
     *
     * @param partnerId the partner id, positive
     * @return this builder
     */
    public Builder partnerId(long partnerId) {
      if (partnerId <= 0) {
        throw new InvalidValueException("partnerId", "must be positive", partnerId);
      }
      this.partnerId = partnerId;
      return this;
    }

    /**
     * Sets the partner key, the secret every signature uses. Never shown by {@code toString}.
     *
     * @param partnerKey the key exactly as the console shows it
     * @return this builder
     */
    public Builder partnerKey(String partnerKey) {
      if (partnerKey == null || partnerKey.isBlank()) {
        throw InvalidValueException.withoutValue("partnerKey", "must not be blank");
      }
      this.partnerKey = partnerKey;
      return this;
    }

    /**
     * Sets the API host, e.g. {@link ShopeeAdapter#SANDBOX_BASE_URI} or a local test server.
     *
     * @param baseUri an http(s) origin without path
     * @return this builder
     */
    public Builder baseUri(URI baseUri) {
      ShopeeRequest.origin(baseUri);
      this.baseUri = baseUri;
      return this;
    }

    /**
     * Sets how requests are sent.
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = notNull("transport", transport);
      return this;
    }

    /**
     * Sets where shops' tokens are kept.
     *
     * @param tokenStore the store
     * @return this builder
     */
    public Builder tokenStore(TokenStore tokenStore) {
      this.tokenStore = notNull("tokenStore", tokenStore);
      return this;
    }

    /**
     * Sets the clock for timestamps, token expiry and order windows.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = notNull("clock", clock);
      return this;
    }

    /**
     * Sets the retry policy; Shopee's rate-limit codes are added to it.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = notNull("retryPolicy", retryPolicy);
      return this;
    }

    /**
     * Sets the per-shop rate limiter. Shopee publishes no figures; stay well below what the shop's
     * traffic needs.
     *
     * @param rateLimiter the limiter
     * @return this builder
     */
    public Builder rateLimiter(RateLimiter rateLimiter) {
      this.rateLimiter = notNull("rateLimiter", rateLimiter);
      return this;
    }

    /**
     * Sets the limits {@link ShopeeAdapter#map} checks, e.g. from the shop's {@code get_item_limit}.
     *
     * @param capabilities the limits
     * @return this builder
     */
    public Builder capabilities(AdapterCapabilities capabilities) {
      this.capabilities = notNull("capabilities", capabilities);
      return this;
    }

    /**
     * Sets the randomness multipart boundaries are drawn from; it must be safe to share between
     * threads (the default draws from each thread's own generator).
     *
     * @param random the generator
     * @return this builder
     */
    public Builder random(RandomGenerator random) {
      this.random = notNull("random", random);
      return this;
    }

    /**
     * Sets how many items or orders one list call asks for.
     *
     * @param pageSize 1..100 (Shopee's maximum, the default)
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > ShopeePayloads.MAX_PAGE_SIZE) {
        throw new InvalidValueException(
            "pageSize", "must be 1.." + ShopeePayloads.MAX_PAGE_SIZE, pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Builds the adapter.
     *
     * @return the adapter
     * @throws InvalidValueException when the partner id or key is not set
     */
    public ShopeeAdapter build() {
      if (partnerId == 0) {
        throw new InvalidValueException("partnerId", "must be set", null);
      }
      if (partnerKey == null) {
        throw InvalidValueException.withoutValue("partnerKey", "must be set");
      }
      Builder complete = copy();
      if (complete.transport == null) {
        complete.transport = JdkHttpTransport.create();
      }
      if (complete.tokenStore == null) {
        complete.tokenStore = new InMemoryTokenStore();
      }
      return new ShopeeAdapter(complete);
    }

    private static <T> T notNull(String field, T value) {
      if (value == null) {
        throw new InvalidValueException(field, "must not be null", null);
      }
      return value;
    }
  }
}
