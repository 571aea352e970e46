package io.github.craftmark.platform.tiktok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.craftmark.platform.testing.LoopbackServer;
import io.github.craftmark.platform.testing.ReferenceHmac;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for TikTok Shop's Open API (version 202309) and token API on 127.0.0.1, for end-to-end
 * tests.
 *
 * <p>It checks every request the way TikTok Shop does, with its own code (not {@link
 * TikTokShopSigner}): {@code app_key}, a {@code timestamp} no older than 5 minutes, the {@code sign}
 * over {@code secret + path + sorted key+value pairs (without sign and access_token) + raw body
 * (not for multipart) + secret}, the {@code x-tts-access-token} header and the {@code shop_cipher}.
 * It answers in TikTok Shop's envelope {@code {code, message, data, request_id}}, with HTTP 200 and
 * a non-zero code for business errors, and keeps products, images and orders in memory. Tests can
 * make the next calls fail (rate limits, internal errors), expire tokens, add orders and send signed
 * webhooks. All ids and secrets here are EXAMPLE values.
 */
final class TikTokShopStandIn implements AutoCloseable {
  static final String APP_KEY = "6abc123EXAMPLE";
  static final String APP_SECRET = "EXAMPLEsecret7d2e4f6a";
  static final String WAREHOUSE_ID = "7068517275539719942";
  static final String LEAF_CATEGORY = "600001";
  static final String PARENT_CATEGORY = "600000";
  static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofDays(7);
  static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(365);
  static final long VND_MIN = 1;
  static final long VND_MAX = 180_000_000;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NO_CIPHER_PATHS =
      Set.of("/authorization/202309/shops", "/product/202309/images/upload");

  /** One request as received, for assertions. */
  record Recorded(
      String method,
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      byte[] body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private record Reply(int status, ObjectNode body) {}

  private record Failure(String path, int status, long code, String message, String requestId) {}

  private record Shop(String id, String name, String cipher) {}

  private record Token(String value, Instant expiresAt, Set<String> shopIds) {}

  private static final class Sku {
    final String id;
    final String sellerSku;
    long price;
    long quantity;

    Sku(String id, String sellerSku, long price, long quantity) {
      this.id = id;
      this.sellerSku = sellerSku;
      this.price = price;
      this.quantity = quantity;
    }
  }

  private record Product(
      String id,
      String shopId,
      String title,
      String status,
      List<Sku> skus,
      Instant created,
      JsonNode payload) {}

  private record Line(String productId, String skuId, String sellerSku, String name, long price) {}

  private record Order(
      String id, String shopId, String status, Instant created, List<Line> lines) {}

  private final LoopbackServer server;
  private final Object lock = new Object();
  private final java.time.Clock clock;
  private final Set<String> leafCategories = new java.util.HashSet<>(Set.of(LEAF_CATEGORY));
  private final Map<String, Shop> shops = new LinkedHashMap<>();
  private final Map<String, Set<String>> authCodes = new LinkedHashMap<>();
  private final Map<String, Token> accessTokens = new LinkedHashMap<>();
  private final Map<String, Token> refreshTokens = new LinkedHashMap<>();
  private final Map<String, Product> products = new TreeMap<>();
  private final List<Order> orders = new ArrayList<>();
  private final Map<String, byte[]> images = new LinkedHashMap<>();
  private final Deque<Failure> failures = new ArrayDeque<>();
  private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger nextId = new AtomicInteger(1);
  private final AtomicInteger tokenGets = new AtomicInteger();
  private final AtomicInteger tokenRefreshes = new AtomicInteger();
  private final HttpClient webhookClient = HttpClient.newHttpClient();

  private TikTokShopStandIn(java.time.Clock clock) throws IOException {
    this.clock = clock;
    server = LoopbackServer.start(this::handle);
  }

  /** Starts a stand-in whose clock reads {@code now}, with one Vietnamese shop. */
  static TikTokShopStandIn start(Instant now) throws IOException {
    return start(java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
  }

  /** Starts a stand-in reading this clock, with one Vietnamese shop. */
  static TikTokShopStandIn start(java.time.Clock clock) throws IOException {
    TikTokShopStandIn standIn = new TikTokShopStandIn(clock);
    standIn.addShop("7494049642642441621", "Gốm Bát Tràng EXAMPLE", "ROW_EXAMPLEcipher01");
    return standIn;
  }

  /** The base URI of both the shop API and the token API. */
  URI baseUri() {
    return server.baseUri();
  }

  void addShop(String id, String name, String cipher) {
    synchronized (lock) {
      shops.put(id, new Shop(id, name, cipher));
    }
  }

  /** Makes {@code categoryId} a leaf category that products may be created in. */
  void addLeafCategory(String categoryId) {
    synchronized (lock) {
      leafCategories.add(categoryId);
    }
  }

  String shopCipher(String shopId) {
    synchronized (lock) {
      return shops.get(shopId).cipher();
    }
  }

  Instant now() {
    return clock.instant();
  }

  /** Makes an authorization code, as TikTok Shop's redirect would carry, for these shops. */
  String issueAuthCode(String... shopIds) {
    String code = "EXAMPLEcode" + nextId.getAndIncrement();
    synchronized (lock) {
      authCodes.put(code, new LinkedHashSet<>(List.of(shopIds)));
    }
    return code;
  }

  /** Issues tokens directly, as if the code exchange had happened; returns {access, refresh}. */
  String[] issueTokens(String... shopIds) {
    synchronized (lock) {
      return grant(new LinkedHashSet<>(List.of(shopIds)));
    }
  }

  /** Makes every access token issued so far expired. */
  void expireAccessTokens() {
    synchronized (lock) {
      accessTokens.replaceAll((k, t) -> new Token(k, now().minusSeconds(1), t.shopIds()));
    }
  }

  /** Makes the next call to {@code path} (any open API path when null) fail this way. */
  void failNext(String path, int status, long code, String message) {
    failNext(path, status, code, message, null);
  }

  /** Like {@link #failNext(String, int, long, String)} with a given request id (null: a new one). */
  void failNext(String path, int status, long code, String message, String requestId) {
    synchronized (lock) {
      failures.add(new Failure(path, status, code, message, requestId));
    }
  }

  void failNextWithRateLimit(String path) {
    failNext(
        path,
        429,
        36009002,
        "Too many requests. You've made too many requests in a short period of time.");
  }

  /** Adds an order with one line item per unit, as TikTok Shop lists them. */
  void addOrder(
      String shopId, String orderId, Instant created, String status, List<String[]> units) {
    List<Line> lines = new ArrayList<>();
    for (String[] unit : units) {
      lines.add(new Line(unit[0], unit[1], unit[2], unit[3], Long.parseLong(unit[4])));
    }
    synchronized (lock) {
      orders.add(new Order(orderId, shopId, status, created, List.copyOf(lines)));
    }
  }

  /** Adds a live product with one SKU per seller SKU, as if created and approved earlier. */
  String addProduct(String shopId, String title, long price, long quantity, String... sellerSkus) {
    synchronized (lock) {
      String productId = "17295929697122" + String.format("%05d", nextId.getAndIncrement());
      List<Sku> skus = new ArrayList<>();
      for (String sellerSku : sellerSkus) {
        String skuId = "17295929697122" + String.format("%05d", nextId.getAndIncrement());
        skus.add(new Sku(skuId, sellerSku, price, quantity));
      }
      products.put(
          productId,
          new Product(
              productId, shopId, title, "ACTIVATE", List.copyOf(skus), now(), NODES.objectNode()));
      return productId;
    }
  }

  /** The TikTok SKU id of a seller SKU. */
  String skuId(String sellerSku) {
    synchronized (lock) {
      return findSku(sellerSku).id;
    }
  }

  List<Recorded> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  List<Recorded> requests(String path) {
    return requests().stream().filter(r -> r.path().equals(path)).toList();
  }

  int tokenGetCalls() {
    return tokenGets.get();
  }

  int tokenRefreshCalls() {
    return tokenRefreshes.get();
  }

  int productCount() {
    synchronized (lock) {
      return products.size();
    }
  }

  /** The stock of a SKU, by seller SKU. */
  long quantity(String sellerSku) {
    synchronized (lock) {
      return findSku(sellerSku).quantity;
    }
  }

  /** The price in đồng of a SKU, by seller SKU. */
  long price(String sellerSku) {
    synchronized (lock) {
      return findSku(sellerSku).price;
    }
  }

  /** The price in đồng of a product's SKU, by seller SKU; empty when there is none. */
  Optional<Long> price(String productId, String sellerSku) {
    synchronized (lock) {
      return skuIn(productId, sellerSku).map(s -> s.price);
    }
  }

  /** The stock of a product's SKU, by seller SKU; empty when there is none. */
  Optional<Long> quantity(String productId, String sellerSku) {
    synchronized (lock) {
      return skuIn(productId, sellerSku).map(s -> s.quantity);
    }
  }

  private Optional<Sku> skuIn(String productId, String sellerSku) {
    Product product = products.get(productId);
    return product == null
        ? Optional.empty()
        : product.skus().stream().filter(s -> s.sellerSku.equals(sellerSku)).findFirst();
  }

  /** The create-product payload as received, by seller SKU of one of its SKUs. */
  JsonNode createdPayload(String sellerSku) {
    synchronized (lock) {
      for (Product product : products.values()) {
        for (Sku sku : product.skus()) {
          if (sku.sellerSku.equals(sellerSku)) {
            return product.payload();
          }
        }
      }
    }
    throw new AssertionError("no product has seller SKU " + sellerSku);
  }

  private Sku findSku(String sellerSku) {
    for (Product product : products.values()) {
      for (Sku sku : product.skus()) {
        if (sku.sellerSku.equals(sellerSku)) {
          return sku;
        }
      }
    }
    throw new AssertionError("no SKU " + sellerSku);
  }

  /** Posts a webhook signed as TikTok Shop signs them; returns the receiver's HTTP status. */
  int sendWebhook(URI target, byte[] body) throws IOException, InterruptedException {
    return sendWebhook(target, body, webhookSignature(body));
  }

  /** Posts a webhook with the given {@code Authorization} header (null for none). */
  int sendWebhook(URI target, byte[] body, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(target)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return webhookClient
        .send(request.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** The signature TikTok Shop puts on a webhook body: hex HMAC(secret, app_key + body). */
  static String webhookSignature(byte[] body) {
    return webhookSignature(body, APP_SECRET);
  }

  /** The signature of a webhook body under another secret, as a forger would make it. */
  static String webhookSignature(byte[] body, String secret) {
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    message.writeBytes(APP_KEY.getBytes(StandardCharsets.UTF_8));
    message.writeBytes(body);
    return hmacHex(message.toByteArray(), secret);
  }

  @Override
  public void close() {
    server.close();
  }

  // --- request handling ---------------------------------------------------------------------

  private LoopbackServer.Response handle(LoopbackServer.Request request) {
    String path = request.rawPath();
    Map<String, String> query = request.query();
    Map<String, String> headers = new TreeMap<>(request.headers());
    requests.add(new Recorded(request.method(), path, query, headers, request.body()));
    Reply reply;
    try {
      synchronized (lock) {
        reply = route(request.method(), path, query, headers, request.body());
      }
    } catch (RuntimeException e) {
      reply = error(500, 36009003, "Internal error. Please try again. " + e);
    }
    return LoopbackServer.Response.json(reply.status(), reply.body());
  }

  private Reply route(
      String method,
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      byte[] body) {
    if (path.equals("/api/v2/token/get")) {
      return tokenGet(method, query);
    }
    if (path.equals("/api/v2/token/refresh")) {
      return tokenRefresh(method, query);
    }
    Reply rejected = checkRequest(path, query, headers, body);
    if (rejected != null) {
      return rejected;
    }
    Token token = accessTokens.get(headers.get("x-tts-access-token"));
    Failure failure = failures.peek();
    if (failure != null && (failure.path() == null || failure.path().equals(path))) {
      failures.poll();
      Reply reply = error(failure.status(), failure.code(), failure.message());
      if (failure.requestId() != null) {
        reply.body().put("request_id", failure.requestId());
      }
      return reply;
    }
    Shop shop = null;
    if (!NO_CIPHER_PATHS.contains(path)) {
      String cipher = query.get("shop_cipher");
      if (cipher == null) {
        return error(
            400, 36009004, "Missing identifier. The `shop_cipher` query parameter is required.");
      }
      shop = shops.values().stream()
          .filter(s -> s.cipher().equals(cipher) && token.shopIds().contains(s.id()))
          .findFirst()
          .orElse(null);
      if (shop == null) {
        return error(
            400, 36009004, "Invalid identifier. The `shop_cipher` query parameter is invalid.");
      }
    } else if (query.containsKey("shop_cipher")) {
      return error(
          400,
          36009004,
          "Unexpected identifier. The `shop_cipher` query parameter is not required for this request.");
    }
    if (method.equals("GET") && path.equals("/authorization/202309/shops")) {
      return authorizedShops(token);
    }
    if (method.equals("GET") && path.equals("/logistics/202309/warehouses")) {
      return warehouses();
    }
    if (method.equals("POST") && path.equals("/product/202309/images/upload")) {
      return uploadImage(headers.getOrDefault("content-type", ""), body);
    }
    if (method.equals("POST") && path.equals("/product/202309/products")) {
      return createProduct(shop, body);
    }
    if (method.equals("POST") && path.equals("/product/202309/products/search")) {
      return searchProducts(shop, query, body);
    }
    if (method.equals("POST") && path.equals("/order/202309/orders/search")) {
      return searchOrders(shop, query, body);
    }
    if (method.equals("GET") && path.equals("/order/202309/orders")) {
      return orderDetail(shop, query);
    }
    if (method.equals("POST") && path.startsWith("/product/202309/products/")) {
      String[] parts = path.split("/");
      // /product/202309/products/{id}/prices/update or …/inventory/update
      if (parts.length == 7 && parts[6].equals("update")) {
        if (parts[5].equals("prices")) {
          return updatePrices(shop, parts[4], body);
        }
        if (parts[5].equals("inventory")) {
          return updateInventory(shop, parts[4], body);
        }
      }
    }
    return error(404, 36009009, "Invalid path. The requested path is not found: " + path);
  }

  /** The checks TikTok Shop makes before looking at what is asked; null when all pass. */
  private Reply checkRequest(
      String path, Map<String, String> query, Map<String, String> headers, byte[] body) {
    if (!APP_KEY.equals(query.get("app_key"))) {
      return error(400, 36009004, "Invalid credentials. Invalid `app_key` query parameter.");
    }
    String sign = query.get("sign");
    if (sign == null) {
      return error(
          400,
          36009004,
          "Missing credentials. The request does not include a required signature in the query.");
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(query.getOrDefault("timestamp", ""));
    } catch (NumberFormatException e) {
      return error(
          400, 36009004, "Invalid timestamp. The `timestamp` query parameter is required.");
    }
    if (timestamp < now().getEpochSecond() - 300) {
      return error(
          400,
          36009004,
          "Invalid timestamp. The value of the `timestamp` query parameter must not be earlier than 5 minutes before the current time.");
    }
    if (timestamp > now().getEpochSecond() + 300) {
      return error(400, 36009004, "Invalid timestamp. The `timestamp` is in the future.");
    }
    String contentType = headers.getOrDefault("content-type", "");
    if (!sign.equals(expectedSign(path, query, contentType, body))) {
      return error(401, 106001, "Invalid credentials. The 'sign' query parameter is invalid.");
    }
    String accessToken = headers.get("x-tts-access-token");
    Token token = accessToken == null ? null : accessTokens.get(accessToken);
    if (token == null) {
      return error(401, 105001, "Invalid credentials. The `x-tts-access-token` header is invalid.");
    }
    if (!now().isBefore(token.expiresAt())) {
      return error(401, 105002, "Expired credentials. The access token has expired.");
    }
    return null;
  }

  /** The sign as TikTok Shop computes it, built here independently of the SDK's signer. */
  static String expectedSign(
      String path, Map<String, String> query, String contentType, byte[] body) {
    ByteArrayOutputStream base = new ByteArrayOutputStream();
    base.writeBytes(APP_SECRET.getBytes(StandardCharsets.UTF_8));
    base.writeBytes(path.getBytes(StandardCharsets.UTF_8));
    query.keySet().stream()
        .filter(k -> !k.equals("sign") && !k.equals("access_token"))
        .sorted()
        .forEach(k -> base.writeBytes((k + query.get(k)).getBytes(StandardCharsets.UTF_8)));
    if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      base.writeBytes(body);
    }
    base.writeBytes(APP_SECRET.getBytes(StandardCharsets.UTF_8));
    return hmacHex(base.toByteArray());
  }

  private static String hmacHex(byte[] message) {
    return hmacHex(message, APP_SECRET);
  }

  private static String hmacHex(byte[] message, String secret) {
    return ReferenceHmac.sha256Hex(secret, message);
  }

  // --- tokens -----------------------------------------------------------------------------------

  private Reply tokenGet(String method, Map<String, String> query) {
    tokenGets.incrementAndGet();
    Reply bad = checkTokenCall(method, query, "authorized_code");
    if (bad != null) {
      return bad;
    }
    Set<String> shopIds = authCodes.remove(query.getOrDefault("auth_code", ""));
    if (shopIds == null) {
      return error(200, 36004004, "invalid auth code");
    }
    return tokenReply(grant(shopIds));
  }

  private Reply tokenRefresh(String method, Map<String, String> query) {
    tokenRefreshes.incrementAndGet();
    Reply bad = checkTokenCall(method, query, "refresh_token");
    if (bad != null) {
      return bad;
    }
    // A refresh token is spent by its use here, so that a second refresh with it shows up.
    Token refresh = refreshTokens.remove(query.getOrDefault("refresh_token", ""));
    if (refresh == null || !now().isBefore(refresh.expiresAt())) {
      return error(200, 36004005, "invalid refresh token");
    }
    return tokenReply(grant(refresh.shopIds()));
  }

  private Reply checkTokenCall(String method, Map<String, String> query, String grantType) {
    if (!method.equals("GET")) {
      return error(405, 36009004, "invalid method " + method);
    }
    if (!APP_KEY.equals(query.get("app_key")) || !APP_SECRET.equals(query.get("app_secret"))) {
      return error(200, 36009004, "Invalid credentials. Invalid app_key or app_secret.");
    }
    if (!grantType.equals(query.get("grant_type"))) {
      return error(200, 36009004, "invalid grant_type");
    }
    return null;
  }

  private String[] grant(Set<String> shopIds) {
    int n = nextId.getAndIncrement();
    String access = "TTP_EXAMPLEaccess" + n;
    String refresh = "TTP_EXAMPLErefresh" + n;
    accessTokens.put(access, new Token(access, now().plus(ACCESS_TOKEN_LIFETIME), shopIds));
    refreshTokens.put(refresh, new Token(refresh, now().plus(REFRESH_TOKEN_LIFETIME), shopIds));
    return new String[] {access, refresh};
  }

  private Reply tokenReply(String[] tokens) {
    ObjectNode data = NODES.objectNode();
    data.put("access_token", tokens[0]);
    // Absolute Unix times, as TikTok Shop sends them, despite the "expire_in" names.
    data.put("access_token_expire_in", accessTokens.get(tokens[0]).expiresAt().getEpochSecond());
    data.put("refresh_token", tokens[1]);
    data.put("refresh_token_expire_in", refreshTokens.get(tokens[1]).expiresAt().getEpochSecond());
    data.put("open_id", "EXAMPLEopenId");
    data.put("seller_name", "Gốm Bát Tràng EXAMPLE");
    data.put("seller_base_region", "VN");
    data.put("user_type", 0);
    data.putArray("granted_scopes").add("seller.product.basic").add("seller.order.info");
    return ok(data);
  }

  private Reply authorizedShops(Token token) {
    ObjectNode data = NODES.objectNode();
    ArrayNode list = data.putArray("shops");
    for (Shop shop : shops.values()) {
      if (token.shopIds().contains(shop.id())) {
        list.addObject()
            .put("id", shop.id())
            .put("name", shop.name())
            .put("region", "VN")
            .put("seller_type", "LOCAL")
            .put("cipher", shop.cipher())
            .put("code", "VNEXAMPLE" + shop.id().substring(0, 4));
      }
    }
    return ok(data);
  }

  private Reply warehouses() {
    ObjectNode data = NODES.objectNode();
    ArrayNode list = data.putArray("warehouses");
    list.addObject()
        .put("id", "7068517275539719900")
        .put("name", "Kho trả hàng EXAMPLE")
        .put("effect_status", "ENABLED")
        .put("type", "RETURN_WAREHOUSE")
        .put("is_default", true);
    list.addObject()
        .put("id", WAREHOUSE_ID)
        .put("name", "Kho Bát Tràng EXAMPLE")
        .put("effect_status", "ENABLED")
        .put("type", "SALES_WAREHOUSE")
        .put("is_default", true);
    return ok(data);
  }

  // --- products ---------------------------------------------------------------------------------

  private Reply uploadImage(String contentType, byte[] body) {
    if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return error(
          400, 36009004, "invalid param error: the image upload must be multipart/form-data");
    }
    int at = contentType.indexOf("boundary=");
    if (at < 0) {
      return error(400, 36009004, "invalid param error: no multipart boundary");
    }
    Map<String, byte[]> parts =
        parseMultipart(body, contentType.substring(at + "boundary=".length()));
    byte[] image = parts.get("data");
    if (image == null) {
      return error(200, 36009004, "invalid param error: data is required");
    }
    boolean jpeg = image.length > 3 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8;
    boolean png =
        image.length > 8 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N';
    if (!jpeg && !png) {
      return error(200, 12052304, "Main product image format not support.");
    }
    if (image.length > 5 * 1024 * 1024) {
      return error(200, 12052302, "The main images size exceed limit.");
    }
    String useCase = parts.containsKey("use_case")
        ? new String(parts.get("use_case"), StandardCharsets.UTF_8)
        : "MAIN_IMAGE";
    String uri = "tos-maliva-i-EXAMPLE/" + HexFormat.of().formatHex(sha256(image), 0, 16);
    images.put(uri, image);
    ObjectNode data = NODES
        .objectNode()
        .put("uri", uri)
        .put("url", "https://p16-oec-va.ibyteimg.com/" + uri + "~tplv-origin.jpeg")
        .put("width", 800)
        .put("height", 800)
        .put("use_case", useCase);
    return ok(data);
  }

  private Reply createProduct(Shop shop, byte[] body) {
    JsonNode payload;
    try {
      payload = JSON.readTree(body);
    } catch (IOException e) {
      return error(400, 36009004, "invalid param error: body is not JSON");
    }
    String title = payload.path("title").asText("");
    if (title.isEmpty()) {
      return error(200, 12052261, "product name is empty");
    }
    int titleLength = title.codePointCount(0, title.length());
    if (titleLength < 25 || titleLength > 255) {
      return error(200, 12052051, "The product name exceed max limit characters");
    }
    String description = payload.path("description").asText("");
    if (description.isEmpty()) {
      return error(200, 12052015, "The product description is required");
    }
    if (description.codePointCount(0, description.length()) > 10_000) {
      return error(200, 12052013, "The product description cannot exceed maximum characters");
    }
    String category = payload.path("category_id").asText("");
    if (category.equals(PARENT_CATEGORY)) {
      return error(200, 12052024, "Category is not final category");
    }
    if (!leafCategories.contains(category)) {
      return error(200, 12052023, "Category does not exist");
    }
    JsonNode mainImages = payload.path("main_images");
    if (!mainImages.isArray() || mainImages.isEmpty()) {
      return error(200, 12052028, "Main product image is required");
    }
    if (mainImages.size() > 9) {
      return error(200, 12052306, "main product images count exceed limit");
    }
    for (JsonNode image : mainImages) {
      if (!images.containsKey(image.path("uri").asText(""))) {
        return error(200, 12052300, "product main image uri illegal");
      }
    }
    JsonNode weight = payload.path("package_weight");
    if (!weight.path("unit").asText("").equals("KILOGRAM")) {
      return error(
          200,
          12019061,
          "Product weight or dimensions unit does not support the imperial units on non-US local products.");
    }
    if (!isPositiveDecimal(weight.path("value").asText(""))) {
      return error(200, 12052181, "The package weight of the product can not be zero.");
    }
    JsonNode dimensions = payload.path("package_dimensions");
    if (!dimensions.isMissingNode()) {
      if (!dimensions.path("unit").asText("").equals("CENTIMETER")) {
        return error(
            200,
            12019061,
            "Product weight or dimensions unit does not support the imperial units on non-US local products.");
      }
      for (String side : List.of("length", "width", "height")) {
        if (!dimensions.path(side).asText("").matches("[1-9][0-9]*")) {
          return error(200, 12052116, "product package size is invalid");
        }
      }
    }
    JsonNode skus = payload.path("skus");
    if (!skus.isArray() || skus.isEmpty()) {
      return error(200, 36009004, "invalid param error: skus is required");
    }
    if (skus.size() > 300) {
      return error(200, 12052050, "A single product cannot have more than 300 different SKUs");
    }
    String productId = "17295929697122" + String.format("%05d", nextId.getAndIncrement());
    List<Sku> created = new ArrayList<>();
    ArrayNode skuReply = NODES.arrayNode();
    for (JsonNode sku : skus) {
      String sellerSku = sku.path("seller_sku").asText("");
      if (sellerSku.length() > 50) {
        return error(
            200, 12052054, "The seller SKU text length cannot exceed max limit characters");
      }
      JsonNode price = sku.path("price");
      if (!price.path("currency").asText("").equals("VND")) {
        return error(200, 12052084, "The provided currency is not available for this shop/region");
      }
      String amount = price.path("amount").asText("");
      if (!price.path("amount").isTextual()
          || !amount.matches("[0-9]+")
          || amount.length() > 12
          || Long.parseLong(amount) < VND_MIN
          || Long.parseLong(amount) > VND_MAX) {
        return error(200, 12052073, "The product price is invalid");
      }
      long quantity = 0;
      for (JsonNode stock : sku.path("inventory")) {
        if (!stock.path("warehouse_id").asText("").equals(WAREHOUSE_ID)) {
          return error(200, 12052097, "The warehouse does not exist");
        }
        long q = stock.path("quantity").asLong(-1);
        if (q < 0 || q > 999_999) {
          return error(
              200,
              12052055,
              "The SKU inventory quantity for the warehouse must be within allowed limits.");
        }
        quantity += q;
      }
      String skuId = "17295929697122" + String.format("%05d", nextId.getAndIncrement());
      created.add(new Sku(skuId, sellerSku, Long.parseLong(amount), quantity));
      skuReply
          .addObject()
          .put("id", skuId)
          .put("seller_sku", sellerSku)
          .putArray("sales_attributes");
    }
    products.put(
        productId, new Product(productId, shop.id(), title, "PENDING", created, now(), payload));
    ObjectNode data = NODES.objectNode().put("product_id", productId);
    data.set("skus", skuReply);
    data.putArray("warnings");
    return ok(data);
  }

  private Reply updatePrices(Shop shop, String productId, byte[] body) {
    Product product = products.get(productId);
    if (product == null || !product.shopId().equals(shop.id())) {
      return error(200, 12052260, "The product ID does not exist");
    }
    JsonNode payload = readJson(body);
    for (JsonNode sku : payload.path("skus")) {
      Optional<Sku> target = skuOf(product, sku.path("id").asText(""));
      if (target.isEmpty()) {
        return error(
            200,
            12052048,
            "You cannot edit the specified product(s) as it isn't listed in your account or shop.");
      }
      JsonNode price = sku.path("price");
      String amount = price.path("amount").asText("");
      if (!price.path("currency").asText("").equals("VND")
          || !amount.matches("[0-9]{1,12}")
          || Long.parseLong(amount) < VND_MIN
          || Long.parseLong(amount) > VND_MAX) {
        return error(200, 12052073, "The product price is invalid");
      }
    }
    for (JsonNode sku : payload.path("skus")) {
      skuOf(product, sku.path("id").asText()).orElseThrow().price =
          Long.parseLong(sku.path("price").path("amount").asText());
    }
    return ok(NODES.objectNode());
  }

  private Reply updateInventory(Shop shop, String productId, byte[] body) {
    Product product = products.get(productId);
    if (product == null || !product.shopId().equals(shop.id())) {
      return error(200, 12052260, "The product ID does not exist");
    }
    JsonNode payload = readJson(body);
    ArrayNode errors = NODES.arrayNode();
    for (JsonNode sku : payload.path("skus")) {
      String skuId = sku.path("id").asText("");
      Optional<Sku> target = skuOf(product, skuId);
      long total = 0;
      String problem = target.isEmpty() ? "The SKU does not exist" : null;
      for (JsonNode stock : sku.path("inventory")) {
        long q = stock.path("quantity").asLong(-1);
        String warehouse = stock.path("warehouse_id").asText(WAREHOUSE_ID);
        if (problem == null && !warehouse.equals(WAREHOUSE_ID)) {
          problem = "The warehouse does not exist";
        }
        if (problem == null && (q < 0 || q >= 99_999)) {
          problem = "The SKU inventory quantity for the warehouse must be within allowed limits.";
        }
        total += Math.max(q, 0);
      }
      if (problem != null) {
        ObjectNode entry = errors.addObject().put("code", 12052055).put("message", problem);
        entry.putObject("detail").put("sku_id", skuId).putArray("extra_errors");
      } else {
        target.get().quantity = total;
      }
    }
    ObjectNode data = NODES.objectNode();
    data.set("errors", errors);
    return ok(data);
  }

  private static Optional<Sku> skuOf(Product product, String skuId) {
    return product.skus().stream().filter(s -> s.id.equals(skuId)).findFirst();
  }

  private Reply searchProducts(Shop shop, Map<String, String> query, byte[] body) {
    int pageSize = pageSize(query);
    if (pageSize < 0) {
      return error(400, 36009004, "invalid param error: page_size must be 1..100");
    }
    JsonNode filter = readJson(body);
    Set<String> sellerSkus = new LinkedHashSet<>();
    filter.path("seller_skus").forEach(s -> sellerSkus.add(s.asText()));
    String status = filter.path("status").asText("ALL");
    List<Product> matching = products.values().stream()
        .filter(p -> p.shopId().equals(shop.id()))
        .filter(p -> status.equals("ALL") || p.status().equals(status))
        .filter(p -> sellerSkus.isEmpty()
            || p.skus().stream().anyMatch(s -> sellerSkus.contains(s.sellerSku)))
        .toList();
    int offset = offset(query.get("page_token"));
    if (offset < 0) {
      return error(400, 36009004, "invalid param error: page_token is invalid");
    }
    ObjectNode data = NODES.objectNode();
    ArrayNode list = data.putArray("products");
    for (Product p : matching.subList(
        Math.min(offset, matching.size()), Math.min(offset + pageSize, matching.size()))) {
      ObjectNode product = list.addObject()
          .put("id", p.id())
          .put("title", p.title())
          .put("status", p.status())
          .put("create_time", p.created().getEpochSecond())
          .put("update_time", p.created().getEpochSecond());
      product.putArray("sales_regions").add("VN");
      ArrayNode skus = product.putArray("skus");
      for (Sku s : p.skus()) {
        ObjectNode sku = skus.addObject().put("id", s.id).put("seller_sku", s.sellerSku);
        sku.putObject("price")
            .put("currency", "VND")
            .put("tax_exclusive_price", Long.toString(s.price))
            .put("sale_price", Long.toString(s.price));
        sku.putArray("inventory")
            .addObject()
            .put("warehouse_id", WAREHOUSE_ID)
            .put("quantity", s.quantity);
      }
    }
    data.put(
        "next_page_token", offset + pageSize < matching.size() ? token(offset + pageSize) : "");
    data.put("total_count", matching.size());
    return ok(data);
  }

  private Reply searchOrders(Shop shop, Map<String, String> query, byte[] body) {
    int pageSize = pageSize(query);
    if (pageSize < 0) {
      return error(400, 36009004, "invalid param error: page_size must be 1..100");
    }
    JsonNode filter = readJson(body);
    long from = filter.path("create_time_ge").asLong(Long.MIN_VALUE);
    long until = filter.path("create_time_lt").asLong(Long.MAX_VALUE);
    boolean ascending = "ASC".equals(query.get("sort_order"));
    List<Order> matching = new ArrayList<>(orders.stream()
        .filter(o -> o.shopId().equals(shop.id()))
        .filter(o -> o.created().getEpochSecond() >= from && o.created().getEpochSecond() < until)
        .sorted((a, b) -> a.created().compareTo(b.created()))
        .toList());
    if (!ascending) {
      Collections.reverse(matching);
    }
    int offset = offset(query.get("page_token"));
    if (offset < 0) {
      return error(400, 36009004, "invalid param error: page_token is invalid");
    }
    ObjectNode data = NODES.objectNode();
    ArrayNode list = data.putArray("orders");
    for (Order o : matching.subList(
        Math.min(offset, matching.size()), Math.min(offset + pageSize, matching.size()))) {
      list.add(orderJson(o));
    }
    data.put(
        "next_page_token", offset + pageSize < matching.size() ? token(offset + pageSize) : "");
    data.put("total_count", matching.size());
    return ok(data);
  }

  private Reply orderDetail(Shop shop, Map<String, String> query) {
    String ids = query.getOrDefault("ids", "");
    List<String> wanted = ids.isEmpty() ? List.of() : List.of(ids.split(","));
    if (wanted.isEmpty() || wanted.size() > 50) {
      return error(400, 36009004, "invalid param error: ids must have 1..50 entries");
    }
    ObjectNode data = NODES.objectNode();
    ArrayNode list = data.putArray("orders");
    for (String id : wanted) {
      orders.stream()
          .filter(o -> o.id().equals(id) && o.shopId().equals(shop.id()))
          .findFirst()
          .ifPresent(o -> list.add(orderJson(o)));
    }
    return ok(data);
  }

  private static ObjectNode orderJson(Order o) {
    long subtotal = o.lines().stream().mapToLong(Line::price).sum();
    long shipping = 30_000;
    ObjectNode order = NODES
        .objectNode()
        .put("id", o.id())
        .put("status", o.status())
        .put("create_time", o.created().getEpochSecond())
        .put("update_time", o.created().getEpochSecond() + 60)
        .put("fulfillment_type", "FULFILLMENT_BY_SELLER")
        .put("buyer_message", "");
    order
        .putObject("payment")
        .put("currency", "VND")
        .put("sub_total", Long.toString(subtotal))
        .put("shipping_fee", Long.toString(shipping))
        .put("seller_discount", "0")
        .put("platform_discount", "0")
        .put("total_amount", Long.toString(subtotal + shipping));
    ArrayNode items = order.putArray("line_items");
    int n = 1;
    for (Line line : o.lines()) {
      items
          .addObject()
          .put("id", o.id() + "-" + n++)
          .put("sku_id", line.skuId())
          .put("product_id", line.productId())
          .put("product_name", line.name())
          .put("seller_sku", line.sellerSku())
          .put("currency", "VND")
          .put("original_price", Long.toString(line.price()))
          .put("sale_price", Long.toString(line.price()))
          .put("display_status", o.status());
    }
    return order;
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static int pageSize(Map<String, String> query) {
    try {
      int size = Integer.parseInt(query.getOrDefault("page_size", ""));
      return size >= 1 && size <= 100 ? size : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String token(int offset) {
    return Base64.getEncoder()
        .encodeToString(("offset=" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(String pageToken) {
    if (pageToken == null || pageToken.isEmpty()) {
      return 0;
    }
    try {
      String text = new String(Base64.getDecoder().decode(pageToken), StandardCharsets.UTF_8);
      return text.startsWith("offset=") ? Integer.parseInt(text.substring(7)) : -1;
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  private static boolean isPositiveDecimal(String text) {
    try {
      return new BigDecimal(text).signum() > 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static JsonNode readJson(byte[] body) {
    if (body.length == 0) {
      return NODES.objectNode();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("body is not JSON", e);
    }
  }

  private Reply ok(ObjectNode data) {
    ObjectNode body = NODES.objectNode().put("code", 0).put("message", "Success");
    body.set("data", data);
    body.put("request_id", requestId());
    return new Reply(200, body);
  }

  private Reply error(int status, long code, String message) {
    ObjectNode body = NODES.objectNode().put("code", code).put("message", message);
    body.putNull("data");
    body.put("request_id", requestId());
    return new Reply(status, body);
  }

  private String requestId() {
    return String.format("20240603%010dEXAMPLE", nextId.getAndIncrement());
  }

  /** Reads the parts of a multipart/form-data body by field name. */
  private static Map<String, byte[]> parseMultipart(byte[] body, String boundary) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    byte[] delimiter = ("--" + boundary.replace("\"", "")).getBytes(StandardCharsets.US_ASCII);
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i + delimiter.length <= body.length; i++) {
      if (regionMatches(body, i, delimiter)) {
        starts.add(i);
        i += delimiter.length - 1;
      }
    }
    for (int k = 0; k + 1 < starts.size(); k++) {
      int from = starts.get(k) + delimiter.length + 2; // skip CRLF after the delimiter
      int to = starts.get(k + 1) - 2; // the CRLF before the next delimiter
      int headerEnd = -1;
      for (int i = from; i + 3 < to; i++) {
        if (body[i] == '\r' && body[i + 1] == '\n' && body[i + 2] == '\r' && body[i + 3] == '\n') {
          headerEnd = i;
          break;
        }
      }
      if (headerEnd < 0) {
        continue;
      }
      String head = new String(body, from, headerEnd - from, StandardCharsets.UTF_8);
      int nameAt = head.indexOf("name=\"");
      if (nameAt < 0) {
        continue;
      }
      String name = head.substring(nameAt + 6, head.indexOf('"', nameAt + 6));
      byte[] content = java.util.Arrays.copyOfRange(body, headerEnd + 4, to);
      parts.put(name, content);
    }
    return parts;
  }

  private static boolean regionMatches(byte[] data, int at, byte[] part) {
    for (int j = 0; j < part.length; j++) {
      if (data[at + j] != part[j]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
