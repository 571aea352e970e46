package io.github.craftmark.platform.internal.tiktok;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.Paging;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.auth.AccessToken;
import io.github.craftmark.platform.auth.TokenManager;
import io.github.craftmark.platform.auth.TokenStore;
import io.github.craftmark.platform.http.HttpTransport;
import io.github.craftmark.platform.http.MultipartPart;
import io.github.craftmark.platform.http.RateLimiter;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.http.TransportRequest;
import io.github.craftmark.platform.http.TransportResponse;
import io.github.craftmark.platform.tiktok.TikTokShopSigner;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Sends signed TikTok Shop calls: adds {@code app_key}, {@code timestamp}, {@code shop_cipher} and
 * {@code sign}, puts the access token in {@code x-tts-access-token}, waits for the shop's rate
 * limit, retries what is safe to retry, refreshes an expired token once (single-flight through
 * {@link TokenManager}), and turns refusals into {@link PlatformException}.
 *
 * <p>Nothing here logs or throws a token, the app secret, a query string or a body.
 */
public final class TikTokClient {
  private static final System.Logger LOG = System.getLogger(TikTokClient.class.getName());
  private static final Marketplace TIKTOK = Marketplace.TIKTOK_SHOP;

  /** The {@link ShopRef} property holding the shop's {@code shop_cipher}. */
  public static final String SHOP_CIPHER = "shopCipher";

  /** The {@link ShopRef} property holding the shop's warehouse id. */
  public static final String WAREHOUSE_ID = "warehouseId";

  /** Where a warehouse list is read ({@code GET}, shop-scoped). */
  public static final String WAREHOUSES = "/logistics/202309/warehouses";

  private final String appKey;
  private final String appSecret;
  private final TikTokShopSigner signer;
  private final URI openApi;
  private final URI authApi;
  private final HttpTransport transport;
  private final Clock clock;
  private final RetryPolicy retry;
  private final RateLimiter rateLimiter;
  private final TokenStore tokenStore;
  private final TokenManager tokens;
  private final String defaultWarehouseId;
  private final ConcurrentHashMap<String, String> ciphers = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> warehouses = new ConcurrentHashMap<>();

  /** One call: what to send and whether repeating it is safe. */
  public record Call(
      String method,
      String path,
      Map<String, String> query,
      boolean shopScoped,
      String contentType,
      byte[] body,
      RetryPolicy.Safety safety) {

    /** A shop-scoped {@code GET}. */
    public static Call get(String path, Map<String, String> query, boolean shopScoped) {
      return new Call(
          "GET", path, query, shopScoped, null, new byte[0], RetryPolicy.Safety.IDEMPOTENT);
    }

    /** A shop-scoped JSON {@code POST}. */
    public static Call postJson(
        String path, Map<String, String> query, byte[] json, RetryPolicy.Safety safety) {
      return new Call("POST", path, query, true, "application/json", json, safety);
    }
  }

  /** Creates the client; see {@code TikTokShopAdapter.Builder} for the meaning of each part. */
  public TikTokClient(
      String appKey,
      String appSecret,
      URI openApi,
      URI authApi,
      HttpTransport transport,
      Clock clock,
      RetryPolicy retry,
      RateLimiter rateLimiter,
      TokenStore tokenStore,
      Duration refreshMargin,
      String defaultWarehouseId) {
    this.appKey = appKey;
    this.appSecret = appSecret;
    this.signer = TikTokShopSigner.of(appSecret);
    this.openApi = openApi;
    this.authApi = authApi;
    this.transport = transport;
    this.clock = clock;
    this.retry = retry.withRateLimitCodes(Long.toString(TikTokApi.TOO_MANY_REQUESTS));
    this.rateLimiter = rateLimiter;
    this.tokenStore = tokenStore;
    this.tokens = TokenManager.builder(tokenStore, this::refresh)
        .clock(clock)
        .refreshMargin(refreshMargin)
        .build();
    this.defaultWarehouseId = defaultWarehouseId;
  }

  /** Returns the signer, for webhook checks. */
  public TikTokShopSigner signer() {
    return signer;
  }

  /** Returns the app key. */
  public String appKey() {
    return appKey;
  }

  /** Returns the clock. */
  public Clock clock() {
    return clock;
  }

  // --- tokens
  // -------------------------------------------------------------------------------------

  /** Exchanges a one-time authorization code for tokens; not retried, as the code is single-use. */
  public AccessToken exchangeCode(String authCode) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("app_key", appKey);
    query.put("app_secret", appSecret);
    query.put("auth_code", authCode);
    query.put("grant_type", "authorized_code");
    return retry.execute(
        RetryPolicy.Safety.NOT_IDEMPOTENT, () -> tokenCall(TikTokApi.TOKEN_GET, query));
  }

  private AccessToken refresh(ShopRef shop, AccessToken current) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("app_key", appKey);
    query.put("app_secret", appSecret);
    query.put("refresh_token", current.refreshToken().orElseThrow(() -> PlatformException.builder(
            TIKTOK, PlatformException.NO_TOKEN)
        .message("shop " + shop.key() + " has no refresh token; the seller must authorise again")
        .build()));
    query.put("grant_type", "refresh_token");
    return tokenCall(TikTokApi.TOKEN_REFRESH, query);
  }

  private AccessToken tokenCall(String path, Map<String, String> query) {
    // The token API is not signed: the app secret travels in the query, so this URI is never
    // logged or put in a message.
    URI uri = URI.create(base(authApi) + path + "?" + QueryString.encode(query));
    TikTokEnvelope envelope = exchange(TransportRequest.get(uri), path);
    if (!envelope.isSuccess()) {
      throw failure(envelope);
    }
    TikTokTokenGrant grant = parse(envelope, TikTokTokenGrant::from);
    return AccessToken.of(
        grant.accessToken(),
        grant.refreshToken(),
        grant.accessTokenExpiresAt(),
        grant.refreshTokenExpiresAt());
  }

  /** Lists the shops a token may act for, before the token is stored for any of them. */
  public List<TikTokAuthorizedShop> authorizedShops(AccessToken token) {
    Call call = Call.get(TikTokApi.AUTHORIZED_SHOPS, Map.of(), false);
    TikTokEnvelope envelope = retry.execute(call.safety(), () -> succeed(send(null, call, token)));
    return parse(envelope, TikTokAuthorizedShop::listFrom);
  }

  /**
   * Stores the token for each shop it covers and remembers their ciphers.
   *
   * @return the shops, each with its {@value #SHOP_CIPHER} property set
   */
  public List<ShopRef> connect(AccessToken token) {
    List<ShopRef> shops = new ArrayList<>();
    for (TikTokAuthorizedShop shop : authorizedShops(token)) {
      ShopRef ref = ShopRef.of(TIKTOK, shop.id()).withProperty(SHOP_CIPHER, shop.cipher());
      tokenStore.save(ref, token);
      ciphers.put(ref.key(), shop.cipher());
      shops.add(ref);
    }
    return List.copyOf(shops);
  }

  // --- calls
  // --------------------------------------------------------------------------------------

  /** Sends a call for a shop; see the class description. */
  public TikTokEnvelope execute(ShopRef shop, Call call) {
    return retry.execute(call.safety(), () -> {
      AccessToken token = tokens.token(shop);
      TikTokEnvelope envelope = send(shop, call, token);
      if (envelope.isAccessTokenExpired()) {
        // Rejected before anything happened, so one more try is safe even for a create.
        token = tokens.refreshRejected(shop, token);
        envelope = send(shop, call, token);
      }
      return succeed(envelope);
    });
  }

  /**
   * Sends a call and reads its data; a malformed response, or one whose values the SDK's types
   * refuse, becomes a {@link PlatformException}.
   */
  public <T> T execute(ShopRef shop, Call call, Function<JsonNode, T> reader) {
    TikTokEnvelope envelope = execute(shop, call);
    return parse(envelope, reader);
  }

  /**
   * Reads every page of a search lazily: a page is fetched when the previous one is used up.
   *
   * @param shop the shop
   * @param callForToken the call for a page token ("" for the first page)
   * @param reader reads a page's items from its data
   */
  public <T> Stream<T> pages(
      ShopRef shop, Function<String, Call> callForToken, Function<JsonNode, List<T>> reader) {
    return Paging.stream("", token -> {
      TikTokEnvelope envelope = execute(shop, callForToken.apply(token));
      TikTokPage<T> page = parse(envelope, data -> TikTokPage.from(data, reader));
      return page.hasNext()
          ? Paging.Page.of(page.items(), page.nextPageToken())
          : Paging.Page.last(page.items());
    });
  }

  /** Uploads one image (multipart, no {@code shop_cipher}) and returns its TikTok Shop URI. */
  public String uploadImage(ShopRef shop, byte[] image, String mediaType, String fileName) {
    List<MultipartPart> parts = List.of(
        MultipartPart.file("data", fileName, mediaType, image),
        MultipartPart.field("use_case", "MAIN_IMAGE"));
    TransportRequest multipart = multipart(parts, boundaryFor(image));
    String contentType = multipart.headers().get("Content-Type").get(0);
    Call call = new Call(
        "POST",
        TikTokApi.IMAGE_UPLOAD,
        Map.of(),
        false,
        contentType,
        multipart.body(),
        // Uploading the same photo twice only leaves an unused copy on TikTok Shop.
        RetryPolicy.Safety.IDEMPOTENT);
    return execute(shop, call, data -> {
      String uri = data.path("uri").asText("");
      if (uri.isEmpty()) {
        throw new TikTokResponseException("image upload response must have a uri");
      }
      return uri;
    });
  }

  private TransportRequest multipart(List<MultipartPart> parts, String boundary) {
    String candidate = boundary;
    for (int n = 1; ; n++) {
      try {
        return TransportRequest.multipart(
            URI.create(base(openApi) + TikTokApi.IMAGE_UPLOAD), candidate, parts);
      } catch (InvalidValueException boundaryInContent) {
        candidate = boundary + n;
      }
    }
  }

  private static String boundaryFor(byte[] content) {
    // Derived from the content, so an upload's bytes are the same on every try.
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      return "CraftMark" + HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /** The shop's {@code shop_cipher}: its property, else learnt from the authorized shops. */
  public String cipherFor(ShopRef shop, AccessToken token) {
    Optional<String> property = shop.property(SHOP_CIPHER);
    if (property.isPresent()) {
      return property.get();
    }
    String known = ciphers.get(shop.key());
    if (known != null) {
      return known;
    }
    for (TikTokAuthorizedShop authorized : authorizedShops(token)) {
      ciphers.put(ShopRef.of(TIKTOK, authorized.id()).key(), authorized.cipher());
    }
    String found = ciphers.get(shop.key());
    if (found == null) {
      throw PlatformException.builder(TIKTOK, "SHOP_NOT_AUTHORISED")
          .message("shop " + shop.shopId() + " is not among the shops this token may act for")
          .build();
    }
    return found;
  }

  /**
   * The warehouse a shop's stock is in: its {@value #WAREHOUSE_ID} property, else the adapter's
   * default, else the shop's default enabled sales warehouse read from TikTok Shop.
   */
  public String warehouseFor(ShopRef shop) {
    Optional<String> property = shop.property(WAREHOUSE_ID);
    if (property.isPresent()) {
      return property.get();
    }
    if (defaultWarehouseId != null) {
      return defaultWarehouseId;
    }
    String known = warehouses.get(shop.key());
    if (known != null) {
      return known;
    }
    String found =
        execute(shop, Call.get(WAREHOUSES, Map.of(), true), TikTokClient::salesWarehouse);
    warehouses.put(shop.key(), found);
    return found;
  }

  private static String salesWarehouse(JsonNode data) {
    String fallback = null;
    for (JsonNode warehouse : data.path("warehouses")) {
      boolean usable = warehouse.path("type").asText("").equals("SALES_WAREHOUSE")
          && warehouse.path("effect_status").asText("ENABLED").equals("ENABLED");
      String id = warehouse.path("id").asText("");
      if (usable && !id.isEmpty()) {
        if (warehouse.path("is_default").asBoolean(false)) {
          return id;
        }
        fallback = fallback == null ? id : fallback;
      }
    }
    if (fallback == null) {
      throw new TikTokResponseException("the shop has no enabled sales warehouse");
    }
    return fallback;
  }

  // --- the wire
  // -----------------------------------------------------------------------------------

  private TikTokEnvelope send(ShopRef shop, Call call, AccessToken token) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("app_key", appKey);
    if (call.shopScoped()) {
      query.put("shop_cipher", cipherFor(shop, token));
    }
    query.putAll(call.query());
    if (shop != null) {
      rateLimiter.acquire(shop);
    }
    // The timestamp is taken after any wait: TikTok Shop refuses one older than 5 minutes.
    query.put("timestamp", Long.toString(clock.instant().getEpochSecond()));
    query.put("sign", signer.sign(call.path(), query, call.contentType(), call.body()));
    URI uri = URI.create(base(openApi) + call.path() + "?" + QueryString.encode(query));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("x-tts-access-token", List.of(token.accessToken()));
    if (call.contentType() != null) {
      headers.put("Content-Type", List.of(call.contentType()));
    }
    return exchange(new TransportRequest(call.method(), uri, headers, call.body()), call.path());
  }

  private TikTokEnvelope exchange(TransportRequest request, String path) {
    TransportResponse response;
    try {
      response = transport.send(request);
    } catch (IOException e) {
      throw PlatformException.builder(TIKTOK, PlatformException.TRANSPORT_ERROR)
          .message(request.method() + " " + path + " failed: " + e.getClass().getSimpleName())
          .retryable(true)
          .cause(e)
          .build();
    }
    TikTokEnvelope envelope = TikTokEnvelope.parse(response.statusCode(), response.body());
    LOG.log(
        System.Logger.Level.DEBUG,
        "{0} {1}: HTTP {2}, code {3}, request {4}",
        request.method(),
        path,
        response.statusCode(),
        envelope.code(),
        envelope.requestId());
    Optional<Duration> wait = envelope.isSuccess() ? Optional.empty() : retryAfter(response);
    return wait.isPresent() ? envelope.withRetryAfter(wait.get()) : envelope;
  }

  private static Optional<Duration> retryAfter(TransportResponse response) {
    return response.header("Retry-After").flatMap(value -> {
      try {
        long seconds = Long.parseLong(value.strip());
        return seconds >= 0 && seconds <= 3600
            ? Optional.of(Duration.ofSeconds(seconds))
            : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }

  private static TikTokEnvelope succeed(TikTokEnvelope envelope) {
    if (!envelope.isSuccess()) {
      throw failure(envelope);
    }
    return envelope;
  }

  /** The exception for a refused call: TikTok's code, message and request id. */
  static PlatformException failure(TikTokEnvelope envelope) {
    String code = envelope.code() == TikTokEnvelope.NO_CODE
        ? PlatformException.UNEXPECTED_RESPONSE
        : Long.toString(envelope.code());
    return PlatformException.builder(TIKTOK, code)
        .message(Texts.shorten(envelope.message(), 500))
        .requestId(envelope.requestId())
        .httpStatus(envelope.httpStatus())
        .retryable(envelope.isTransient())
        .retryAfter(envelope.retryAfter().orElse(null))
        .build();
  }

  private static <T> T parse(TikTokEnvelope envelope, Function<JsonNode, T> reader) {
    try {
      return reader.apply(envelope.data());
    } catch (TikTokResponseException | InvalidValueException e) {
      // InvalidValueException: the answer's values do not make a valid SDK value (a blank name,
      // a negative price), which is the platform's failure, not the caller's.
      throw PlatformException.builder(TIKTOK, PlatformException.UNEXPECTED_RESPONSE)
          .message(e.getMessage())
          .requestId(envelope.requestId())
          .httpStatus(envelope.httpStatus())
          .cause(e)
          .build();
    }
  }

  private static String base(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
