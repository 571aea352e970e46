package io.github.craftmark.platform.lazada;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.AdapterCapabilities;
import io.github.craftmark.platform.AdapterSettings;
import io.github.craftmark.platform.Listing;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingImage;
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
import io.github.craftmark.platform.WebhookRequest;
import io.github.craftmark.platform.WebhookVerification;
import io.github.craftmark.platform.auth.InMemoryTokenStore;
import io.github.craftmark.platform.auth.TokenStore;
import io.github.craftmark.platform.http.HttpTransport;
import io.github.craftmark.platform.http.JdkHttpTransport;
import io.github.craftmark.platform.http.RateLimiter;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.internal.lazada.LazadaConfig;
import io.github.craftmark.platform.internal.lazada.LazadaRules;
import io.github.craftmark.platform.internal.lazada.LazadaService;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * The Lazada Open Platform marketplace adapter: authorise shops, list craft products on Lazada
 * Vietnam, keep prices and stock current, read listings and orders, and verify Lazada's push
 * messages.
 *
 * <pre>{@code
 * LazadaAdapter lazada = LazadaAdapter.builder()
 *     .appKey("100001")
 *     .appSecret(secretFromVault)
 *     .tokenStore(myDatabaseTokenStore)
 *     .build();
 * URI link = lazada.authorizationUri(URI.create("https://shop.example.vn/lazada/callback"), "s1");
 * // ... the seller authorises; Lazada calls back with ?code=...
 * ShopRef shop = lazada.authorize(code);
 * PublishedListing listing = lazada.publish(shop, request);
 * }</pre>
 *
 * <p>What it does the Lazada way (Lazada Open Platform documentation: "Signature algorithm",
 * "Seller authorization introduction", the product and order API references, "Lazada Push
 * Mechanism"):
 *
 * <ul>
 *   <li>Every call is signed by {@link LazadaSigner} (HMAC-SHA256, upper-case hex over the API path
 *       and sorted parameters) with a millisecond timestamp from the injected clock.
 *   <li>Success is {@code code == "0"} in the body; anything else is a {@link
 *       io.github.craftmark.platform.PlatformException} with Lazada's code, message and request
 *       id. {@code ApiCallLimit} and {@code 901} are rate limits, retried with back-off for calls
 *       that are safe to repeat.
 *   <li>Tokens: {@code expires_in} and {@code refresh_expires_in} are durations in seconds. A token
 *       is refreshed (once per shop, however many threads need it) 30 minutes before it expires, as
 *       Lazada advises, and when Lazada answers {@code IllegalAccessToken}.
 *   <li>Images must be on Lazada: image bytes are uploaded with {@code /image/upload}; a {@link
 *       ListingImage#hosted(String) hosted} image is a Lazada image URL, for instance one {@link
 *       #migrateImage(ShopRef, URI)} returned. At most 8, JPG or PNG, 3 MB each.
 *   <li>Products are created with the JSON payload of {@code /product/create}, package weight in
 *       kg (rounded up to two decimals) and size in cm. Variant tiers become Lazada variations: map
 *       a tier to a category sale property with the category attribute {@code "saleProp:" + tier
 *       name} (e.g. {@code "saleProp:Màu" → "color_family"}); an unmapped tier becomes a custom
 *       variation named after the tier (at most 15 characters, options at most 20). Without a
 *       brand id the product is sent as {@code "No Brand"}.
 *   <li>Prices and stock go through {@code /product/price_quantity/update}, at most 50 SKUs a call
 *       (20 by default, as Lazada recommends); {@link PriceUpdate#listingId()} is Lazada's item id.
 *       A SKU is reported updated only after a call Lazada answered with success: when Lazada
 *       refuses a call and names some SKUs in {@code detail}, the others are sent again on their
 *       own, since Lazada does not document whether it applied them.
 *   <li>Listings are read 50 a page, orders 100 a page by creation time, oldest first, past
 *       Lazada's 5,000 offset limit.
 *   <li>Pushes: {@code Authorization} must be the lower-case hex HMAC-SHA256 of the app key
 *       followed by the raw body. Lazada delivers at least once and retries every 30 minutes up to
 *       12 times, so act on a push idempotently: {@link
 *       io.github.craftmark.platform.WebhookEvent#eventId()} is the same for every delivery of one
 *       change (it is derived from the message's content, since the push carries no id). Answer
 *       HTTP 200 within 500 ms and do the work afterwards.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; one serves every shop of an application.
 */
public final class LazadaAdapter implements MarketplaceAdapter {
  /**
   * Lazada Vietnam's API gateway, the default {@link Builder#baseUri(URI)}; shops of another
   * venture need that venture's gateway.
   */
  public static final URI PRODUCTION_BASE_URI = LazadaConfig.VIETNAM_GATEWAY;

  /**
   * Lazada's central auth gateway, where tokens are created and refreshed for every venture: the
   * default {@link Builder#authBaseUri(URI)}.
   */
  public static final URI AUTH_BASE_URI = LazadaConfig.AUTH_GATEWAY;

  /** The page a seller opens to authorise an app: the default {@link Builder#authorizationPageUri}. */
  public static final URI AUTHORIZATION_PAGE_URI = LazadaConfig.AUTHORIZE_ENDPOINT;

  /** The {@link AdapterSettings} property naming the auth gateway. */
  public static final String AUTH_BASE_URI_PROPERTY = "authBaseUri";

  /** The {@link AdapterSettings} property naming the authorisation page. */
  public static final String AUTHORIZATION_PAGE_URI_PROPERTY = "authorizationPageUri";

  /** The {@link AdapterSettings} property naming the venture, e.g. {@code vn}. */
  public static final String COUNTRY_PROPERTY = "country";

  /** The {@link AdapterSettings} property giving the SKUs per price or stock call, 1..50. */
  public static final String SKUS_PER_BATCH_PROPERTY = "skusPerBatch";

  /** The most SKUs one price or stock call may carry (Lazada's limit). */
  public static final int MAX_SKUS_PER_BATCH = LazadaRules.MAX_SKUS_PER_UPDATE;

  private final Builder settings;
  private final LazadaService service;

  private LazadaAdapter(Builder builder, LazadaService service) {
    this.settings = builder.copy();
    this.service = service;
  }

  /**
   * Returns a builder: Vietnam gateway, central auth gateway, {@link JdkHttpTransport}, {@link
   * InMemoryTokenStore}, UTC system clock, {@link RetryPolicy#defaults()}, no rate limit, 20 SKUs
   * per batch. The app key and secret have no default.
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

  // ------------------------------------------------------------------ authorisation

  /**
   * Returns the link a seller opens to authorise the app: {@code
   * https://auth.lazada.com/oauth/authorize?response_type=code&force_auth=true&redirect_uri=…&client_id=…}.
   *
   * @param redirectUri the callback registered in Lazada's App Console, exactly
   * @param state an opaque value Lazada sends back to the callback, to tie it to the session; may
   *     be null
   * @return the link
   * @throws InvalidValueException when the redirect URI is not absolute
   */
  public URI authorizationUri(URI redirectUri, String state) {
    return service.authorizationUri(
        redirectUri, Optional.ofNullable(state).filter(s -> !s.isBlank()));
  }

  /**
   * Finishes authorisation: exchanges the one-time {@code code} from the callback (valid for half
   * an hour) for the shop's tokens with {@code /auth/token/create}, saves them in the token store
   * and returns the shop, identified by its seller id in this adapter's country.
   *
   * @param code the {@code code} query parameter of the callback
   * @return the shop, ready for the other calls
   * @throws io.github.craftmark.platform.PlatformException when Lazada refuses the code
   */
  public ShopRef authorize(String code) {
    return service.authorize(code);
  }

  /**
   * Copies an image from a public URL onto Lazada with {@code /image/migrate}, for use as {@link
   * ListingImage#hosted(String)}. Lazada downloads it itself: ports 80 and 443 only, no IP
   * addresses, JPG or PNG. Point it at the seller's own photos: CraftMark offers no way to
   * copy listings, or their photos, from one marketplace to another.
   *
   * @param shop the shop
   * @param imageUrl the image's http or https URL
   * @return the Lazada image URL
   * @throws io.github.craftmark.platform.PlatformException when Lazada cannot fetch or accept it
   */
  public String migrateImage(ShopRef shop, URI imageUrl) {
    return service.migrateImage(shop, imageUrl);
  }

  // ------------------------------------------------------------------ MarketplaceAdapter

  @Override
  public Marketplace marketplace() {
    return Marketplace.LAZADA;
  }

  @Override
  public AdapterCapabilities capabilities() {
    return service.capabilities();
  }

  @Override
  public MappingReport<ListingDraft> map(ListingRequest request) {
    if (request == null) {
      throw new InvalidValueException("request", "must not be null", null);
    }
    return service.map(request);
  }

  @Override
  public PublishedListing publish(ShopRef shop, ListingRequest request) {
    if (request == null) {
      throw new InvalidValueException("request", "must not be null", null);
    }
    return service.publish(shop, request);
  }

  @Override
  public void updatePrice(ShopRef shop, PriceUpdate update) {
    service.updatePrice(shop, update);
  }

  @Override
  public StockUpdateResult updateStock(ShopRef shop, List<StockUpdate> updates) {
    return service.updateStock(shop, updates);
  }

  @Override
  public Stream<Listing> listings(ShopRef shop) {
    return service.listings(shop);
  }

  @Override
  public Stream<MarketplaceOrder> ordersSince(ShopRef shop, Instant since) {
    return service.ordersSince(shop, since);
  }

  @Override
  public WebhookVerification verifyWebhook(WebhookRequest request) {
    return service.verifyWebhook(request);
  }

  /** Returns the app key, gateway and country; never the secret. */
  @Override
  public String toString() {
    return "LazadaAdapter[appKey=" + settings.appKey + ", baseUri=" + settings.baseUri
        + ", country=" + settings.country.strip().toLowerCase(Locale.ROOT) + "]";
  }

  /** Builds a {@link LazadaAdapter}; {@link #build()} names the first missing or bad setting. */
  public static final class Builder {
    private String appKey;
    private String appSecret;
    private URI baseUri = PRODUCTION_BASE_URI;
    private URI authBaseUri = AUTH_BASE_URI;
    private URI authorizationPageUri = AUTHORIZATION_PAGE_URI;
    private String country = "vn";
    private HttpTransport transport;
    private TokenStore tokenStore;
    private Clock clock = Clock.systemUTC();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimiter rateLimiter = RateLimiter.unlimited();
    private RandomGenerator random;
    private int skusPerBatch = LazadaRules.RECOMMENDED_SKUS_PER_UPDATE;
    private Duration refreshMargin = LazadaConfig.REFRESH_MARGIN;

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.appKey = appKey;
      b.appSecret = appSecret;
      b.baseUri = baseUri;
      b.authBaseUri = authBaseUri;
      b.authorizationPageUri = authorizationPageUri;
      b.country = country;
      b.transport = transport;
      b.tokenStore = tokenStore;
      b.clock = clock;
      b.retryPolicy = retryPolicy;
      b.rateLimiter = rateLimiter;
      b.random = random;
      b.skusPerBatch = skusPerBatch;
      b.refreshMargin = refreshMargin;
      return b;
    }

    /**
     * Takes every setting {@link AdapterSettings} holds: the app key and secret, the base URI (the
     * API gateway), transport, token store, clock, retry policy and rate limiter, and the
     * properties {@value #AUTH_BASE_URI_PROPERTY}, {@value #AUTHORIZATION_PAGE_URI_PROPERTY},
     * {@value #COUNTRY_PROPERTY} and {@value #SKUS_PER_BATCH_PROPERTY}.
     *
     * @param settings the settings
     * @return this builder
     * @throws InvalidValueException naming a property that is not a URI or a number
     */
    public Builder settings(AdapterSettings settings) {
      requireNonNull("settings", settings);
      settings.appKey().ifPresent(this::appKey);
      settings.appSecret().ifPresent(this::appSecret);
      settings.baseUri().ifPresent(this::baseUri);
      settings
          .property(AUTH_BASE_URI_PROPERTY)
          .ifPresent(v -> authBaseUri(uri(AUTH_BASE_URI_PROPERTY, v)));
      settings
          .property(AUTHORIZATION_PAGE_URI_PROPERTY)
          .ifPresent(v -> authorizationPageUri(uri(AUTHORIZATION_PAGE_URI_PROPERTY, v)));
      settings.property(COUNTRY_PROPERTY).ifPresent(this::country);
      settings.property(SKUS_PER_BATCH_PROPERTY).ifPresent(v -> {
        try {
          skusPerBatch(Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
          throw new InvalidValueException(
              SKUS_PER_BATCH_PROPERTY, "must be a whole number 1.." + MAX_SKUS_PER_BATCH, v);
        }
      });
      transport(settings.transport());
      tokenStore(settings.tokenStore());
      clock(settings.clock());
      retryPolicy(settings.retryPolicy());
      rateLimiter(settings.rateLimiter());
      return this;
    }

    private static URI uri(String field, String text) {
      try {
        return URI.create(text.strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(field, "must be a URI", text);
      }
    }

    /**
     * Sets the app key from Lazada's App Console.
     *
     * @param appKey the key
     * @return this builder
     */
    public Builder appKey(String appKey) {
      this.appKey = appKey;
      return this;
    }

    /**
     * Sets the app secret; it signs requests and checks pushes, and is never shown.
     *
     * @param appSecret the secret
     * @return this builder
     */
    public Builder appSecret(String appSecret) {
      this.appSecret = appSecret;
      return this;
    }

    /**
     * Sets the API gateway, e.g. another venture's or a local test server's.
     *
     * @param baseUri an absolute http or https URI such as {@code https://api.lazada.vn/rest}
     * @return this builder
     */
    public Builder baseUri(URI baseUri) {
      this.baseUri = baseUri;
      return this;
    }

    /**
     * Sets the auth gateway where tokens are created and refreshed.
     *
     * @param authBaseUri an absolute http or https URI, normally {@link #AUTH_BASE_URI}
     * @return this builder
     */
    public Builder authBaseUri(URI authBaseUri) {
      this.authBaseUri = authBaseUri;
      return this;
    }

    /**
     * Sets the authorisation page.
     *
     * @param authorizationPageUri an absolute http or https URI, normally {@link
     *     #AUTHORIZATION_PAGE_URI}
     * @return this builder
     */
    public Builder authorizationPageUri(URI authorizationPageUri) {
      this.authorizationPageUri = authorizationPageUri;
      return this;
    }

    /**
     * Sets the venture of the shops: the country preselected on the authorisation page and whose
     * seller id identifies a shop.
     *
     * @param country a Lazada country code: {@code vn} (default), {@code sg}, {@code my}, {@code
     *     th}, {@code ph} or {@code id}
     * @return this builder
     */
    public Builder country(String country) {
      this.country = country;
      return this;
    }

    /**
     * Sets how requests are sent.
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = transport;
      return this;
    }

    /**
     * Sets where shops' tokens are kept.
     *
     * @param tokenStore the store
     * @return this builder
     */
    public Builder tokenStore(TokenStore tokenStore) {
      this.tokenStore = tokenStore;
      return this;
    }

    /**
     * Sets the clock for timestamps, token expiry and order windows.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the retry policy; Lazada's rate-limit codes are added to it.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
      return this;
    }

    /**
     * Sets the per-shop rate limiter (Lazada allows about 50 stock calls a second per seller).
     *
     * @param rateLimiter the limiter
     * @return this builder
     */
    public Builder rateLimiter(RateLimiter rateLimiter) {
      this.rateLimiter = rateLimiter;
      return this;
    }

    /**
     * Sets the randomness for multipart boundaries (a {@link SecureRandom} by default).
     *
     * @param random the generator
     * @return this builder
     */
    public Builder random(RandomGenerator random) {
      this.random = random;
      return this;
    }

    /**
     * Sets how many SKUs one price or stock call carries.
     *
     * @param skus 1..50; Lazada allows 50 and recommends 20 (the default)
     * @return this builder
     */
    public Builder skusPerBatch(int skus) {
      this.skusPerBatch = skus;
      return this;
    }

    /**
     * Sets how long before expiry a token is refreshed.
     *
     * @param margin at least zero; Lazada advises 30 minutes (the default)
     * @return this builder
     */
    public Builder refreshMargin(Duration margin) {
      this.refreshMargin = margin;
      return this;
    }

    /**
     * Builds the adapter.
     *
     * @return the adapter
     * @throws InvalidValueException naming the first missing or bad setting (never showing the
     *     secret)
     */
    public LazadaAdapter build() {
      if (appKey == null || appKey.isBlank() || !appKey.strip().matches("[!-~]{1,200}")) {
        throw new InvalidValueException(
            "appKey", "must be 1..200 visible ASCII characters", appKey);
      }
      LazadaSigner signer = LazadaSigner.of(appSecret);
      checkUri("baseUri", baseUri);
      checkUri("authBaseUri", authBaseUri);
      checkUri("authorizationPageUri", authorizationPageUri);
      if (country == null || !country.strip().toLowerCase(Locale.ROOT).matches("[a-z]{2}")) {
        throw new InvalidValueException(
            "country", "must be a two-letter Lazada country code", country);
      }
      if (skusPerBatch < 1 || skusPerBatch > MAX_SKUS_PER_BATCH) {
        throw new InvalidValueException(
            "skusPerBatch", "must be 1.." + MAX_SKUS_PER_BATCH, skusPerBatch);
      }
      if (refreshMargin == null || refreshMargin.isNegative()) {
        throw new InvalidValueException("refreshMargin", "must be zero or more", refreshMargin);
      }
      requireNonNull("clock", clock);
      requireNonNull("retryPolicy", retryPolicy);
      requireNonNull("rateLimiter", rateLimiter);
      LazadaConfig config = new LazadaConfig(
          appKey.strip(),
          signer,
          baseUri,
          authBaseUri,
          authorizationPageUri,
          country.strip().toLowerCase(Locale.ROOT),
          transport != null ? transport : JdkHttpTransport.create(),
          tokenStore != null ? tokenStore : new InMemoryTokenStore(),
          clock,
          retryPolicy,
          rateLimiter,
          random != null ? random : new SecureRandom(),
          skusPerBatch,
          refreshMargin);
      return new LazadaAdapter(this, new LazadaService(config));
    }

    private static void requireNonNull(String field, Object value) {
      if (value == null) {
        throw new InvalidValueException(field, "must not be null", null);
      }
    }

    private static void checkUri(String field, URI uri) {
      String scheme = uri == null ? null : uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        throw new InvalidValueException(field, "must be an absolute http or https URI", uri);
      }
    }
  }
}
