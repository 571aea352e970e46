package io.github.craftmark.platform.lazada;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.craftmark.platform.testing.LoopbackServer;
import io.github.craftmark.platform.testing.ReferenceHmac;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the Lazada Open Platform on 127.0.0.1, for end-to-end tests.
 *
 * <p>It checks every request the way Lazada's gateway does before it looks at the API: the system
 * parameters are present, {@code sign_method} is {@code sha256}, the timestamp (milliseconds) is
 * within 7,200 s of its clock, and {@code sign} is the upper-case hex HMAC-SHA256 of the API path
 * plus the sorted non-blank parameters. The signature is recomputed here with its own few lines
 * of code, not with {@link LazadaSigner}, so a bug there cannot hide itself. Then the access token
 * must be one it issued and not expired. Replies have the shapes of Lazada's API reference:
 * {@code code}/{@code data}/{@code request_id}, errors with {@code code}, {@code type}, {@code
 * message}. Error codes from the reference are used where it gives one ({@code
 * IncompleteSignature}, {@code IllegalAccessToken}, {@code ApiCallLimit}, {@code 19} Invalid
 * Limit, {@code 14} Invalid Offset, {@code 17} Invalid Date Format, {@code 4171} too many SKUs,
 * {@code 501} Update product failed); the few others are this stand-in's own and marked so.
 *
 * <p>It can also send signed push messages, the way Lazada does: {@code Authorization} is the
 * lower-case hex HMAC-SHA256 of the app key followed by the raw body.
 */
public final class LazadaStandIn implements AutoCloseable {
  /** Lazada rejects a timestamp further than this from UTC ("Calling parameters"). */
  static final Duration TIMESTAMP_WINDOW = Duration.ofSeconds(7200);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HOSTED_IMAGE =
      Pattern.compile("https://vn-live-02\\.slatic\\.net/p/[0-9a-f]{32}\\.(jpg|png)");

  private final String appKey;
  private final String appSecret;
  private final Clock clock;
  private final LoopbackServer server;
  private final AtomicLong requestIds = new AtomicLong(1000);
  private final AtomicLong ids = new AtomicLong(3_069_252_900L);

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();
  private final Deque<Failure> anyPath = new ArrayDeque<>();
  private final Map<String, String> authCodes = new ConcurrentHashMap<>();
  private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
  private final Map<String, Instant> refreshTokens = new ConcurrentHashMap<>();
  private final AtomicInteger tokenSerial = new AtomicInteger();
  private final AtomicInteger refreshCalls = new AtomicInteger();
  private volatile long accessSeconds = 30L * 24 * 3600;
  private volatile long refreshSeconds = 180L * 24 * 3600;

  private final Map<String, byte[]> images = new ConcurrentHashMap<>();
  private final List<StoredProduct> products = Collections.synchronizedList(new ArrayList<>());
  private final List<StoredOrder> orders = Collections.synchronizedList(new ArrayList<>());

  private LazadaStandIn(String appKey, String appSecret, Clock clock) throws IOException {
    this.appKey = appKey;
    this.appSecret = appSecret;
    this.clock = clock;
    this.server = LoopbackServer.start(this::handle);
  }

  /** Starts a stand-in for one app on a free loopback port. */
  public static LazadaStandIn start(String appKey, String appSecret, Clock clock)
      throws IOException {
    return new LazadaStandIn(appKey, appSecret, clock);
  }

  /** The gateway URI, like {@code https://api.lazada.vn/rest}; the auth gateway is the same. */
  public URI gateway() {
    return URI.create(server.baseUri() + "/rest");
  }

  @Override
  public void close() {
    server.close();
  }

  // ---------------------------------------------------------------- scripting

  /** A request the stand-in received (after parsing, before any check). */
  public record Received(
      String method, String apiPath, Map<String, String> parameters, String contentType) {}

  /** Every request received so far, in order. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The requests received for one API path. */
  public List<Received> received(String apiPath) {
    return received.stream().filter(r -> r.apiPath().equals(apiPath)).toList();
  }

  /** Makes the next {@code times} calls to {@code apiPath} fail with this error. */
  public void failNext(
      String apiPath, int times, int httpStatus, String code, String type, String message) {
    Deque<Failure> queue = failures.computeIfAbsent(apiPath, p -> new ArrayDeque<>());
    synchronized (queue) {
      for (int i = 0; i < times; i++) {
        queue.add(new Failure(httpStatus, code, type, message, Optional.empty()));
      }
    }
  }

  /**
   * Makes the next request, whatever its path, fail with this error and request id (after the
   * gateway's own checks, as a failing API would).
   */
  public void failNextRequest(
      int httpStatus, String code, String type, String message, String requestId) {
    synchronized (anyPath) {
      anyPath.add(new Failure(httpStatus, code, type, message, Optional.of(requestId)));
    }
  }

  /** Makes the next {@code times} calls to {@code apiPath} fail with Lazada's call limit error. */
  public void throttleNext(String apiPath, int times) {
    failNext(apiPath, times, 200, "ApiCallLimit", "ISV", "The request has exceeded the limit.");
  }

  /** Registers an authorisation code, as Lazada's callback would deliver it. */
  public void issueAuthCode(String code, String sellerId) {
    authCodes.put(code, sellerId);
  }

  /** Issues a token pair directly, as if a seller had authorised the app. */
  public TokenPair issueTokens() {
    return newTokens();
  }

  /** Token durations the next token replies give, in seconds. */
  public void tokenDurations(long accessSeconds, long refreshSeconds) {
    this.accessSeconds = accessSeconds;
    this.refreshSeconds = refreshSeconds;
  }

  /** Makes an access token expire now, as time passing would. */
  public void expire(String accessToken) {
    accessTokens.computeIfPresent(accessToken, (t, e) -> Instant.EPOCH);
  }

  /** How many {@code /auth/token/refresh} calls succeeded. */
  public int refreshCalls() {
    return refreshCalls.get();
  }

  /** Tokens issued by the stand-in. */
  public record TokenPair(String accessToken, String refreshToken) {}

  /** A product as the stand-in stores it. */
  public record StoredProduct(
      String itemId,
      String name,
      String status,
      JsonNode payload,
      Map<String, Long> skuIds,
      Map<String, Long> prices,
      Map<String, Integer> quantities,
      long updatedMillis) {}

  /** Adds a live product with one SKU per seller SKU, for listing tests. */
  public StoredProduct addProduct(String name, Map<String, Long> pricesBySellerSku, int quantity) {
    String itemId = Long.toString(ids.incrementAndGet());
    Map<String, Long> skuIds = new LinkedHashMap<>();
    Map<String, Long> prices = new LinkedHashMap<>();
    Map<String, Integer> quantities = new LinkedHashMap<>();
    pricesBySellerSku.forEach((sku, price) -> {
      skuIds.put(sku, ids.incrementAndGet());
      prices.put(sku, price);
      quantities.put(sku, quantity);
    });
    StoredProduct product =
        new StoredProduct(itemId, name, "Active", null, skuIds, prices, quantities, clock.millis());
    products.add(product);
    return product;
  }

  /** The products stored so far. */
  public List<StoredProduct> products() {
    synchronized (products) {
      return List.copyOf(products);
    }
  }

  /** The product with this item id. */
  public StoredProduct product(String itemId) {
    return products().stream()
        .filter(p -> p.itemId().equals(itemId))
        .findFirst()
        .orElseThrow();
  }

  /** An order as the stand-in stores it: one item per unit, as Lazada lists them. */
  public record StoredOrder(
      String orderId,
      Instant createdAt,
      Instant updatedAt,
      List<StoredItem> items,
      long shipping) {}

  /** One unit of an order. */
  public record StoredItem(
      String orderItemId,
      String itemId,
      long skuId,
      String sellerSku,
      String name,
      long price,
      String status) {}

  /** Adds an order, for order tests. */
  public StoredOrder addOrder(
      String orderId, Instant createdAt, Instant updatedAt, long shipping, StoredItem... items) {
    StoredOrder order = new StoredOrder(orderId, createdAt, updatedAt, List.of(items), shipping);
    orders.add(order);
    return order;
  }

  /** The bytes of an uploaded image, by its Lazada URL. */
  public Optional<byte[]> image(String url) {
    return Optional.ofNullable(images.get(url));
  }

  // ---------------------------------------------------------------- pushes

  /** The headers Lazada would put on a push with this exact body. */
  public Map<String, String> pushHeaders(byte[] body) {
    return Map.of("Content-Type", "application/json", "Authorization", pushSignature(body));
  }

  /** Sends a signed push to an endpoint, as Lazada's push service does; returns the status. */
  public int push(URI endpoint, byte[] body) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    pushHeaders(body).forEach(request::header);
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private String pushSignature(byte[] body) {
    return ReferenceHmac.sha256Hex(appSecret, appKey.getBytes(StandardCharsets.UTF_8), body);
  }

  // ---------------------------------------------------------------- request handling

  private record Failure(
      int status, String code, String type, String message, Optional<String> requestId) {}

  private record Reply(int status, ObjectNode body) {}

  private LoopbackServer.Response handle(LoopbackServer.Request request) {
    Reply reply;
    try {
      reply = dispatch(request);
    } catch (RuntimeException e) {
      reply = error(500, "InternalError", "SYSTEM", "stand-in failure: " + e);
    }
    return LoopbackServer.Response.json(reply.status(), reply.body());
  }

  private Reply dispatch(LoopbackServer.Request request) {
    String path = request.uri().getPath();
    if (!path.startsWith("/rest/")) {
      return error(404, "InvalidApiPath", "ISV", "The specified API path does not exist");
    }
    String apiPath = path.substring("/rest".length());
    String contentType = request.header("Content-Type").orElse("");
    byte[] body = request.body();
    Map<String, String> params = new TreeMap<>(request.query());
    Map<String, byte[]> files = new TreeMap<>();
    String lowerType = contentType.toLowerCase(Locale.ROOT);
    if (lowerType.startsWith("application/x-www-form-urlencoded")) {
      params.putAll(LoopbackServer.decodeForm(new String(body, StandardCharsets.UTF_8)));
    } else if (lowerType.startsWith("multipart/form-data")) {
      parseMultipart(contentType, body, params, files);
    }
    received.add(new Received(request.method(), apiPath, Map.copyOf(params), contentType));

    Optional<Reply> rejected = checkGateway(apiPath, params);
    if (rejected.isPresent()) {
      return rejected.get();
    }
    Failure failure;
    synchronized (anyPath) {
      failure = anyPath.poll();
    }
    Deque<Failure> queue = failures.get(apiPath);
    if (failure == null && queue != null) {
      synchronized (queue) {
        failure = queue.poll();
      }
    }
    if (failure != null) {
      Reply reply = error(failure.status(), failure.code(), failure.type(), failure.message());
      failure.requestId().ifPresent(id -> reply.body().put("request_id", id));
      return reply;
    }
    boolean isAuth = apiPath.startsWith("/auth/");
    if (!isAuth) {
      String token = params.get("access_token");
      Instant expiry = token == null ? null : accessTokens.get(token);
      if (expiry == null || !expiry.isAfter(clock.instant())) {
        return error(
            200, "IllegalAccessToken", "ISV", "The specified access token is invalid or expired");
      }
    }
    return switch (apiPath) {
      case "/auth/token/create" -> tokenCreate(params);
      case "/auth/token/refresh" -> tokenRefresh(params);
      case "/image/upload" -> imageUpload(files);
      case "/image/migrate" -> imageMigrate(params);
      case "/product/create" -> productCreate(params);
      case "/product/price_quantity/update" -> priceQuantity(params);
      case "/products/get" -> productsGet(params);
      case "/orders/get" -> ordersGet(params);
      case "/order/items/get" -> orderItems(params);
      // Stand-in's own code for an API it does not serve.
      default -> error(404, "InvalidApiPath", "ISV", "The specified API path is invalid");
    };
  }

  /** The gateway's checks, in the order Lazada's errors suggest; empty when the call passes. */
  private Optional<Reply> checkGateway(String apiPath, Map<String, String> params) {
    for (String required : List.of("app_key", "timestamp", "sign_method", "sign")) {
      if (isBlank(params.get(required))) {
        // Stand-in's own code.
        return Optional.of(error(200, "MissingParameter", "ISV", "Missing " + required));
      }
    }
    if (!params.get("app_key").equals(appKey)) {
      // Stand-in's own code.
      return Optional.of(error(200, "InvalidAppKey", "ISV", "The app key is invalid"));
    }
    if (!params.get("sign_method").equals("sha256")) {
      return Optional.of(error(
          200,
          "IncompleteSignature",
          "ISV",
          "The request signature does not conform to platform standards"));
    }
    long millis;
    try {
      millis = Long.parseLong(params.get("timestamp"));
    } catch (NumberFormatException e) {
      // Stand-in's own code.
      return Optional.of(error(200, "InvalidTimestamp", "ISV", "The timestamp is invalid"));
    }
    Duration skew =
        Duration.between(Instant.ofEpochMilli(millis), clock.instant()).abs();
    if (skew.compareTo(TIMESTAMP_WINDOW) > 0) {
      return Optional.of(error(200, "InvalidTimestamp", "ISV", "The timestamp is out of range"));
    }
    String expected = expectedSign(apiPath, params);
    if (!expected.equals(params.get("sign"))) {
      return Optional.of(error(
          200,
          "IncompleteSignature",
          "ISV",
          "The request signature does not conform to platform standards"));
    }
    return Optional.empty();
  }

  /** Lazada's algorithm, written out again: path, then sorted non-blank name+value, upper hex. */
  private String expectedSign(String apiPath, Map<String, String> params) {
    List<String> names = new ArrayList<>(params.keySet());
    Collections.sort(names);
    StringBuilder text = new StringBuilder(apiPath);
    for (String name : names) {
      String value = params.get(name);
      if (!name.equals("sign") && !isBlank(name) && !isBlank(value)) {
        text.append(name).append(value);
      }
    }
    return ReferenceHmac.sha256Hex(appSecret, text.toString()).toUpperCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------- APIs

  private Reply tokenCreate(Map<String, String> params) {
    String code = params.get("code");
    if (code == null || authCodes.remove(code) == null) {
      return error(200, "InvalidCode", "ISP", "Invalid authorization code");
    }
    return tokenReply(newTokens());
  }

  private Reply tokenRefresh(Map<String, String> params) {
    String refresh = params.get("refresh_token");
    Instant expiry = refresh == null ? null : refreshTokens.remove(refresh);
    if (expiry == null || !expiry.isAfter(clock.instant())) {
      // Stand-in's own code; the stand-in treats refresh tokens as single-use to catch races.
      return error(
          200, "IllegalRefreshToken", "ISV", "The specified refresh token is invalid or expired");
    }
    refreshCalls.incrementAndGet();
    return tokenReply(newTokens());
  }

  private TokenPair newTokens() {
    int serial = tokenSerial.incrementAndGet();
    String access = "50000EXAMPLE" + serial + "access";
    String refresh = "50001EXAMPLE" + serial + "refresh";
    accessTokens.put(access, clock.instant().plusSeconds(accessSeconds));
    refreshTokens.put(refresh, clock.instant().plusSeconds(refreshSeconds));
    return new TokenPair(access, refresh);
  }

  private Reply tokenReply(TokenPair tokens) {
    // Shape of the "Sample of the token" in Lazada's Seller authorization introduction.
    ObjectNode body = JSON.createObjectNode();
    body.put("access_token", tokens.accessToken());
    body.put("refresh_token", tokens.refreshToken());
    body.put("country", "vn");
    body.put("refresh_expires_in", refreshSeconds);
    body.put("account_platform", "seller_center");
    body.put("expires_in", accessSeconds);
    body.put("account", "xuong.gom.example@example.vn");
    ArrayNode users = body.putArray("country_user_info");
    ObjectNode user = users.addObject();
    user.put("country", "vn");
    user.put("seller_id", "200123456");
    user.put("user_id", "300123456");
    user.put("short_code", "VNEXAMPLE1");
    body.put("code", "0");
    body.put("request_id", nextRequestId());
    return new Reply(200, body);
  }

  private Reply imageUpload(Map<String, byte[]> files) {
    byte[] image = files.get("image");
    if (image == null || image.length == 0) {
      return error(200, "30", "ISV", "E030: Empty Request");
    }
    if (image.length > 3_145_728) {
      return error(200, "303", "ISV", "E303: The image is too large");
    }
    String hash = md5(image);
    String url = "https://vn-live-02.slatic.net/p/" + hash + (isPng(image) ? ".png" : ".jpg");
    images.put(url, image);
    return imageReply(hash, url);
  }

  private Reply imageMigrate(Map<String, String> params) {
    String payload = params.getOrDefault("payload", "");
    Matcher url = Pattern.compile("<Url>(.*?)</Url>").matcher(payload);
    if (!url.find()) {
      return error(200, "5", "ISV", "E005: Invalid Request Format");
    }
    String source = url.group(1).replace("&amp;", "&");
    byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
    String hash = md5(bytes);
    String hosted = "https://vn-live-02.slatic.net/p/" + hash + ".jpg";
    images.put(hosted, bytes);
    return imageReply(hash, hosted);
  }

  private Reply imageReply(String hash, String url) {
    ObjectNode body = success();
    ObjectNode image = body.putObject("data").putObject("image");
    image.put("hash_code", hash);
    image.put("url", url);
    return new Reply(200, body);
  }

  private Reply productCreate(Map<String, String> params) {
    JsonNode payload;
    try {
      payload = JSON.readTree(params.getOrDefault("payload", ""));
    } catch (IOException e) {
      return error(200, "5", "ISV", "E005: Invalid Request Format");
    }
    JsonNode product = payload.path("Request").path("Product");
    JsonNode attributes = product.path("Attributes");
    JsonNode skus = product.path("Skus").path("Sku");
    if (product.path("PrimaryCategory").asText().isBlank()
        || attributes.path("name").asText().isBlank()
        || !skus.isArray()
        || skus.isEmpty()
        || !product.path("Images").path("Image").isArray()) {
      return error(200, "5", "ISV", "E005: Invalid Request Format");
    }
    for (JsonNode image : product.path("Images").path("Image")) {
      if (!HOSTED_IMAGE.matcher(image.asText()).matches() || !images.containsKey(image.asText())) {
        // Stand-in's own code: Lazada only accepts images already on its servers.
        return error(200, "4001", "ISP", "Only Lazada image URLs are allowed: " + image.asText());
      }
    }
    Map<String, List<String>> variations = new LinkedHashMap<>();
    for (JsonNode variation : product.path("variation")) {
      List<String> options = new ArrayList<>();
      variation.path("options").path("option").forEach(o -> options.add(o.asText()));
      variations.put(variation.path("name").asText(), options);
    }
    if (variations.size() > 2) {
      return error(
          200,
          "VARIATION_SIZE_LIMIT",
          "ISP",
          "The Variations Size Exceeds Maximum Size Limit, The Size Limit is: 2.");
    }
    Map<String, Long> skuIds = new LinkedHashMap<>();
    Map<String, Long> prices = new LinkedHashMap<>();
    Map<String, Integer> quantities = new LinkedHashMap<>();
    for (JsonNode sku : skus) {
      for (Map.Entry<String, List<String>> variation : variations.entrySet()) {
        String option = sku.path("saleProp").path(variation.getKey()).asText();
        if (!variation.getValue().contains(option)) {
          return error(
              200,
              "SKU_VARIATION_OPTION_NOT_EXIST",
              "ISP",
              "The SKU Variation Option is Not Exist, The SellerSKU is: "
                  + sku.path("SellerSku").asText() + ", The SKU Variation Name is: "
                  + variation.getKey());
        }
      }
      for (String field : List.of(
          "SellerSku",
          "price",
          "quantity",
          "package_length",
          "package_width",
          "package_height",
          "package_weight")) {
        if (sku.path(field).asText().isBlank()) {
          return error(200, "4108", "ISP", "CHK_BASIC_REQUIRED: " + field);
        }
      }
      String sellerSku = sku.path("SellerSku").asText();
      skuIds.put(sellerSku, ids.incrementAndGet());
      prices.put(sellerSku, Long.parseLong(sku.path("price").asText()));
      quantities.put(sellerSku, Integer.parseInt(sku.path("quantity").asText()));
    }
    String itemId = Long.toString(ids.incrementAndGet());
    products.add(new StoredProduct(
        itemId,
        attributes.path("name").asText(),
        "Pending QC",
        payload,
        skuIds,
        prices,
        quantities,
        clock.millis()));
    ObjectNode body = success();
    ObjectNode data = body.putObject("data");
    data.put("item_id", Long.parseLong(itemId));
    ArrayNode list = data.putArray("sku_list");
    skuIds.forEach((sellerSku, skuId) -> {
      ObjectNode entry = list.addObject();
      entry.put("shop_sku", itemId + "_VN-" + skuId);
      entry.put("seller_sku", sellerSku);
      entry.put("sku_id", skuId);
    });
    return new Reply(200, body);
  }

  private Reply priceQuantity(Map<String, String> params) {
    JsonNode payload;
    try {
      payload = JSON.readTree(params.getOrDefault("payload", ""));
    } catch (IOException e) {
      return error(200, "5", "ISV", "E005: Invalid Request Format");
    }
    JsonNode skus = payload.path("Request").path("Product").path("Skus").path("Sku");
    if (!skus.isArray() || skus.isEmpty()) {
      return error(200, "5", "ISV", "E005: Invalid Request Format");
    }
    if (skus.size() > 50) {
      return error(
          200,
          "4171",
          "ISP",
          "The updated SKU quantity exceeds the maximum number 50, please do not update more than"
              + " 50 SKUs at once");
    }
    ArrayNode detail = JSON.createArrayNode();
    List<Runnable> changes = new ArrayList<>();
    for (JsonNode sku : skus) {
      String itemId = sku.path("ItemId").asText();
      String sellerSku = sku.path("SellerSku").asText();
      Optional<StoredProduct> product =
          products().stream().filter(p -> p.itemId().equals(itemId)).findFirst();
      if (product.isEmpty() || !product.get().skuIds().containsKey(sellerSku)) {
        ObjectNode entry = detail.addObject();
        entry.put("field", "SellerSku");
        entry.put("seller_sku", sellerSku);
        entry.put("message", "SKU not found");
        continue;
      }
      StoredProduct found = product.get();
      if (sku.has("Price")) {
        long price = Long.parseLong(sku.path("Price").asText());
        changes.add(() -> found.prices().put(sellerSku, price));
      }
      if (sku.has("Quantity")) {
        int quantity = Integer.parseInt(sku.path("Quantity").asText());
        changes.add(() -> found.quantities().put(sellerSku, quantity));
      }
    }
    changes.forEach(Runnable::run);
    if (!detail.isEmpty()) {
      Reply reply = error(200, "501", "ISP", "Update product failed");
      reply.body().set("detail", detail);
      return reply;
    }
    ObjectNode body = success();
    body.putObject("data");
    return new Reply(200, body);
  }

  private Reply productsGet(Map<String, String> params) {
    String filter = params.get("filter");
    if (filter == null
        || !List.of("all", "live", "inactive", "deleted", "pending", "rejected", "sold-out")
            .contains(filter)) {
      return error(200, "36", "ISV", "E036: Invalid status filter");
    }
    int limit = intParam(params, "limit", 20);
    int offset = intParam(params, "offset", 0);
    if (limit < 1 || limit > 50) {
      return error(200, "19", "ISV", "E019: \"" + limit + "\" Invalid Limit");
    }
    if (offset < 0 || offset > 10_000) {
      return error(200, "14", "ISV", "E014: \"" + offset + "\" Invalid Offset");
    }
    List<StoredProduct> all = products();
    ObjectNode body = success();
    ObjectNode data = body.putObject("data");
    data.put("total_products", Integer.toString(all.size()));
    ArrayNode list = data.putArray("products");
    for (StoredProduct product :
        all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()))) {
      ObjectNode node = list.addObject();
      node.put("item_id", product.itemId());
      node.put("created_time", Long.toString(product.updatedMillis()));
      node.put("updated_time", Long.toString(product.updatedMillis()));
      node.put("status", product.status());
      node.put("primary_category", "10002019");
      node.putObject("attributes").put("name", product.name());
      ArrayNode skus = node.putArray("skus");
      product.skuIds().forEach((sellerSku, skuId) -> {
        ObjectNode sku = skus.addObject();
        sku.put("Status", "active");
        sku.put("quantity", product.quantities().get(sellerSku));
        sku.put("SellerSku", sellerSku);
        sku.put("ShopSku", product.itemId() + "_VN-" + skuId);
        sku.put("SkuId", skuId);
        sku.put("price", product.prices().get(sellerSku));
        sku.put("package_weight", "1.80");
        sku.put("Available", product.quantities().get(sellerSku));
      });
    }
    return new Reply(200, body);
  }

  private Reply ordersGet(Map<String, String> params) {
    Optional<Instant> createdAfter;
    Optional<Instant> updateAfter;
    try {
      createdAfter = timeParam(params, "created_after");
      updateAfter = timeParam(params, "update_after");
    } catch (DateTimeParseException e) {
      return error(200, "17", "ISV", "E017: Invalid Date Format");
    }
    if (createdAfter.isEmpty() && updateAfter.isEmpty()) {
      // Stand-in's own code: the reference says one of the two is mandatory.
      return error(
          200, "MissingParameter", "ISV", "Either UpdatedAfter or CreatedAfter is mandatory");
    }
    int limit = intParam(params, "limit", 100);
    int offset = intParam(params, "offset", 0);
    if (limit < 1 || limit > 100) {
      return error(200, "19", "ISV", "E019: \"" + limit + "\" Invalid Limit");
    }
    if (offset < 0 || offset > 5000) {
      return error(200, "14", "ISV", "E014: \"" + offset + "\" Invalid Offset");
    }
    String sortBy = params.getOrDefault("sort_by", "created_at");
    String direction = params.getOrDefault("sort_direction", "DESC");
    if (!List.of("created_at", "updated_at").contains(sortBy)) {
      return error(200, "75", "ISV", "E075: Invalid sort filter.");
    }
    if (!List.of("ASC", "DESC").contains(direction)) {
      return error(200, "74", "ISV", "E074: Invalid sort direction.");
    }
    Function<StoredOrder, Instant> key =
        sortBy.equals("updated_at") ? StoredOrder::updatedAt : StoredOrder::createdAt;
    Comparator<StoredOrder> order = Comparator.comparing(key).thenComparing(StoredOrder::orderId);
    List<StoredOrder> matching;
    synchronized (orders) {
      matching = orders.stream()
          .filter(o -> createdAfter.map(t -> !o.createdAt().isBefore(t)).orElse(true))
          .filter(o -> updateAfter.map(t -> !o.updatedAt().isBefore(t)).orElse(true))
          .sorted(direction.equals("ASC") ? order : order.reversed())
          .toList();
    }
    List<StoredOrder> page = matching.subList(
        Math.min(offset, matching.size()), Math.min(offset + limit, matching.size()));
    ObjectNode body = success();
    ObjectNode data = body.putObject("data");
    data.put("count", Integer.toString(page.size()));
    data.put("countTotal", Integer.toString(matching.size()));
    ArrayNode list = data.putArray("orders");
    for (StoredOrder o : page) {
      ObjectNode node = list.addObject();
      node.put("order_id", o.orderId());
      node.put("order_number", o.orderId());
      node.put("created_at", vietnamTime(o.createdAt()));
      node.put("updated_at", vietnamTime(o.updatedAt()));
      long total = o.items().stream().mapToLong(StoredItem::price).sum();
      node.put("price", total + ".00");
      node.put("shipping_fee", o.shipping() + ".00");
      node.put("voucher", "0.00");
      node.put("payment_method", "COD");
      node.put("items_count", Integer.toString(o.items().size()));
      ArrayNode statuses = node.putArray("statuses");
      o.items().stream().map(StoredItem::status).distinct().forEach(statuses::add);
      node.put("customer_first_name", "Nguyễn Văn EXAMPLE");
    }
    return new Reply(200, body);
  }

  private Reply orderItems(Map<String, String> params) {
    String orderId = params.get("order_id");
    Optional<StoredOrder> order;
    synchronized (orders) {
      order = orders.stream().filter(o -> o.orderId().equals(orderId)).findFirst();
    }
    if (order.isEmpty()) {
      // Stand-in's own code.
      return error(200, "16", "ISV", "E016: \"" + orderId + "\" Invalid Order ID");
    }
    ObjectNode body = success();
    ArrayNode data = body.putArray("data");
    for (StoredItem item : order.get().items()) {
      ObjectNode node = data.addObject();
      node.put("order_item_id", item.orderItemId());
      node.put("order_id", orderId);
      node.put("name", item.name());
      node.put("sku", item.sellerSku());
      node.put("sku_id", item.skuId());
      node.put("shop_sku", item.itemId() + "_VN-" + item.skuId());
      node.put("item_price", item.price() + ".00");
      node.put("paid_price", item.price() + ".00");
      node.put("status", item.status());
    }
    return new Reply(200, body);
  }

  // ---------------------------------------------------------------- helpers

  private ObjectNode success() {
    ObjectNode body = JSON.createObjectNode();
    body.put("code", "0");
    body.put("request_id", nextRequestId());
    return body;
  }

  private Reply error(int status, String code, String type, String message) {
    ObjectNode body = JSON.createObjectNode();
    body.put("type", type);
    body.put("code", code);
    body.put("message", message);
    body.put("request_id", nextRequestId());
    return new Reply(status, body);
  }

  private String nextRequestId() {
    return "0ba2887315178178017" + requestIds.incrementAndGet();
  }

  private static String vietnamTime(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(7)).toString();
  }

  private static Optional<Instant> timeParam(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}")) {
      throw new DateTimeParseException("not YYYY-MM-DDTHH:mm:ss±HH:MM", value, 0);
    }
    return Optional.of(OffsetDateTime.parse(value).toInstant());
  }

  private static int intParam(Map<String, String> params, String name, int fallback) {
    String value = params.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static boolean isPng(byte[] bytes) {
    return bytes.length > 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N';
  }

  private static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A small multipart/form-data reader: text fields into params, file fields into files. */
  private static void parseMultipart(
      String contentType, byte[] body, Map<String, String> params, Map<String, byte[]> files) {
    Matcher m = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(contentType);
    if (!m.find()) {
      return;
    }
    byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1);
    int position = indexOf(body, delimiter, 0);
    while (position >= 0) {
      int partStart = position + delimiter.length;
      if (partStart + 2 <= body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
        return;
      }
      partStart += 2; // CRLF after the delimiter
      int next = indexOf(body, delimiter, partStart);
      if (next < 0) {
        return;
      }
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), partStart);
      if (headersEnd < 0 || headersEnd > next) {
        return;
      }
      String headers = new String(body, partStart, headersEnd - partStart, StandardCharsets.UTF_8);
      int contentStart = headersEnd + 4;
      int contentEnd = next - 2; // CRLF before the next delimiter
      byte[] content =
          java.util.Arrays.copyOfRange(body, contentStart, Math.max(contentStart, contentEnd));
      Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
      if (name.find()) {
        if (headers.contains("filename=")) {
          files.put(name.group(1), content);
        } else {
          params.put(name.group(1), new String(content, StandardCharsets.UTF_8));
        }
      }
      position = next;
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
