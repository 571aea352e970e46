package io.github.craftmark.platform.shopee;

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
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Shopee Open Platform v2 on 127.0.0.1: it checks every request the way
 * Shopee does (partner id, 5-minute timestamp, HMAC-SHA256 signature recomputed here with its own
 * code, access token valid for the shop and not expired), keeps shops, tokens, images, items and
 * orders in memory, answers in Shopee's envelope shape, and sends signed pushes.
 *
 * <p>Tests queue canned answers (rate limits, server errors) with {@link #failNext}.
 */
public final class ShopeeStandIn implements AutoCloseable {
  public static final Duration ACCESS_TOKEN_LIFE = Duration.ofHours(4);
  public static final Duration CODE_LIFE = Duration.ofMinutes(10);
  public static final Duration OLD_TOKEN_GRACE = Duration.ofMinutes(5);
  public static final long MAX_WINDOW_SECONDS = 15L * 24 * 3600;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SHOP_PATHS = Set.of(
      "/api/v2/product/add_item",
      "/api/v2/product/init_tier_variation",
      "/api/v2/product/update_price",
      "/api/v2/product/update_stock",
      "/api/v2/product/get_item_list",
      "/api/v2/product/get_item_base_info",
      "/api/v2/product/get_model_list",
      "/api/v2/order/get_order_list",
      "/api/v2/order/get_order_detail");
  private static final Set<String> PUBLIC_PATHS = Set.of(
      "/api/v2/auth/token/get",
      "/api/v2/auth/access_token/get",
      "/api/v2/media_space/upload_image");
  private static final Set<String> GET_PATHS = Set.of(
      "/api/v2/product/get_item_list",
      "/api/v2/product/get_item_base_info",
      "/api/v2/product/get_model_list",
      "/api/v2/order/get_order_list",
      "/api/v2/order/get_order_detail");

  private final long partnerId;
  private final String partnerKey;
  private final Clock clock;
  private final LoopbackServer server;
  private final AtomicInteger requestCounter = new AtomicInteger();

  // All state below is guarded by "this".
  private final Map<String, Code> codes = new HashMap<>();
  private final Map<String, Token> accessTokens = new HashMap<>();
  private final Map<String, Long> refreshTokens = new HashMap<>();
  private final Map<String, byte[]> images = new LinkedHashMap<>();
  private final TreeMap<Long, Item> items = new TreeMap<>();
  private final List<Order> orders = new ArrayList<>();
  private final Map<String, Deque<Canned>> canned = new HashMap<>();
  private final Deque<Canned> anyPath = new ArrayDeque<>();
  private final List<Recorded> recorded = new ArrayList<>();
  private int refreshCalls;
  private long nextItemId = 800_000_001L;
  private long nextModelId = 900_000_001L;
  private int tokenSerial;

  public ShopeeStandIn(long partnerId, String partnerKey, Clock clock) throws IOException {
    this.partnerId = partnerId;
    this.partnerKey = partnerKey;
    this.clock = clock;
    this.server = LoopbackServer.start(this::handle);
  }

  public URI baseUri() {
    return server.baseUri();
  }

  @Override
  public void close() {
    server.close();
  }

  // ---------------------------------------------------------------- setup and inspection

  /** A seller authorised the app: Shopee redirects with this one-time code for the shop. */
  public synchronized void authorise(long shopId, String code) {
    codes.put(code, new Code(shopId, clock.instant().plus(CODE_LIFE)));
  }

  /** Issues a token pair directly, as if the code exchange had happened. */
  public synchronized Tokens issueTokens(long shopId) {
    return issue(shopId);
  }

  /** An image uploaded earlier, e.g. by the seller in Seller Centre. */
  public synchronized void hostImage(String imageId, byte[] image) {
    images.put(imageId, image.clone());
  }

  public synchronized int refreshCalls() {
    return refreshCalls;
  }

  public synchronized List<Recorded> requests() {
    return List.copyOf(recorded);
  }

  public synchronized List<Recorded> requests(String path) {
    return recorded.stream().filter(r -> r.path().equals(path)).toList();
  }

  public synchronized Map<String, byte[]> images() {
    return new LinkedHashMap<>(images);
  }

  public synchronized JsonNode lastBody(String path) throws IOException {
    List<Recorded> matching = requests(path);
    return JSON.readTree(matching.get(matching.size() - 1).body());
  }

  /** Adds an item without variants. */
  public synchronized long addItem(String name, String sku, long price, long stock, String status) {
    long id = nextItemId++;
    Item item = new Item(id, name, sku, status, 100_001L, clock.instant());
    item.models.add(new Model(0, sku, price, stock, List.of()));
    items.put(id, item);
    return id;
  }

  /** Adds an item with one model per SKU, prices and stocks given pairwise. */
  public synchronized long addItemWithModels(
      String name, String sku, List<String> modelSkus, long price, long stock) {
    long id = nextItemId++;
    Item item = new Item(id, name, sku, "NORMAL", 100_001L, clock.instant());
    item.hasModel = true;
    for (int i = 0; i < modelSkus.size(); i++) {
      item.models.add(new Model(nextModelId++, modelSkus.get(i), price, stock, List.of(i)));
    }
    items.put(id, item);
    return id;
  }

  /** The model with this SKU, or null when the item or the SKU is unknown. */
  public synchronized Model findModel(long itemId, String sku) {
    Item item = items.get(itemId);
    return item == null
        ? null
        : item.models.stream().filter(m -> m.sku.equals(sku)).findFirst().orElse(null);
  }

  public synchronized Model model(long itemId, String sku) {
    return items.get(itemId).models.stream()
        .filter(m -> m.sku.equals(sku))
        .findFirst()
        .orElseThrow();
  }

  public synchronized Item item(long itemId) {
    return items.get(itemId);
  }

  public synchronized List<Item> items() {
    return List.copyOf(items.values());
  }

  public synchronized void addOrder(
      String orderSn, String status, Instant created, Instant updated, List<Line> lines) {
    orders.add(new Order(orderSn, status, created, updated, List.copyOf(lines)));
  }

  /**
   * The next call, whatever its path, gets this answer instead of the real one (after its
   * signature and token were checked).
   */
  public synchronized void failNextRequest(
      int status, String error, String message, String requestId) {
    anyPath.add(new Canned(status, error, message, requestId));
  }

  /** The next {@code times} calls to {@code path} get this answer instead of the real one. */
  public synchronized void failNext(
      String path, int times, int status, String error, String message) {
    Deque<Canned> queue = canned.computeIfAbsent(path, p -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      queue.add(new Canned(status, error, message, null));
    }
  }

  /** Sends a push the way Shopee does: {@code Authorization} = hex HMAC(url + "|" + body). */
  public int push(URI callback, byte[] body) throws IOException, InterruptedException {
    return push(callback, body, pushAuthorization(callback.toString(), body, partnerKey));
  }

  /** Sends a push with a given {@code Authorization} header, e.g. a forged one. */
  public int push(URI callback, byte[] body, String authorization)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(callback)
        .header("Authorization", authorization)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  // ---------------------------------------------------------------- the HTTP side

  private LoopbackServer.Response handle(LoopbackServer.Request request) {
    String path = request.rawPath();
    Map<String, List<String>> query = LoopbackServer.decodeFormAll(request.uri().getRawQuery());
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(request.headers());
    Answer answer;
    synchronized (this) {
      recorded.add(new Recorded(request.method(), path, query, headers, request.body()));
      answer = answer(request.method(), path, query, headers, request.body());
    }
    return LoopbackServer.Response.json(answer.status(), answer.body());
  }

  private Answer answer(
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, String> headers,
      byte[] body) {
    boolean shop = SHOP_PATHS.contains(path);
    if (!shop && !PUBLIC_PATHS.contains(path)) {
      return error(404, "error_not_found", "Wrong api path.");
    }
    String expectedMethod = GET_PATHS.contains(path) ? "GET" : "POST";
    if (!method.equals(expectedMethod)) {
      return error(405, "error_method", "Wrong http method.");
    }
    if (!String.valueOf(partnerId).equals(first(query, "partner_id"))) {
      return error(403, "error_auth", "Invalid partner_id.");
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(first(query, "timestamp"));
    } catch (NumberFormatException e) {
      return error(400, "error_param", "Invalid timestamp.");
    }
    if (Math.abs(clock.instant().getEpochSecond() - timestamp) > 300) {
      return error(403, "error_param", "Invalid timestamp.");
    }
    String base = partnerId + path + timestamp;
    long shopId = 0;
    String accessToken = null;
    if (shop) {
      accessToken = first(query, "access_token");
      try {
        shopId = Long.parseLong(first(query, "shop_id"));
      } catch (NumberFormatException e) {
        return error(403, "error_param", "Invalid shop_id.");
      }
      base = base + accessToken + shopId;
    }
    String sign = first(query, "sign");
    String expected = hmacHex(base.getBytes(StandardCharsets.UTF_8));
    if (sign == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII), sign.getBytes(StandardCharsets.UTF_8))) {
      return error(403, "error_sign", "Wrong sign.");
    }
    if (shop) {
      Token token = accessTokens.get(accessToken);
      if (token == null || token.shopId != shopId || !clock.instant().isBefore(token.expiresAt)) {
        return error(403, "invalid_acceess_token", "Invalid access_token.");
      }
    }
    Deque<Canned> queue = canned.get(path);
    Canned c = !anyPath.isEmpty() ? anyPath.poll() : queue != null ? queue.poll() : null;
    if (c != null) {
      Answer answer = error(c.status(), c.error(), c.message());
      if (c.requestId() != null) {
        answer.body().put("request_id", c.requestId());
      }
      return answer;
    }
    try {
      return switch (path) {
        case "/api/v2/auth/token/get" -> tokenGet(body);
        case "/api/v2/auth/access_token/get" -> accessTokenGet(body);
        case "/api/v2/media_space/upload_image" -> uploadImage(headers, body);
        case "/api/v2/product/add_item" -> addItem(body);
        case "/api/v2/product/init_tier_variation" -> initTierVariation(body);
        case "/api/v2/product/update_price" -> updateModels(body, "price_list", true);
        case "/api/v2/product/update_stock" -> updateModels(body, "stock_list", false);
        case "/api/v2/product/get_item_list" -> itemList(query);
        case "/api/v2/product/get_item_base_info" -> itemBaseInfo(query);
        case "/api/v2/product/get_model_list" -> modelList(query);
        case "/api/v2/order/get_order_list" -> orderList(query);
        case "/api/v2/order/get_order_detail" -> orderDetail(query);
        default -> error(404, "error_not_found", "Wrong api path.");
      };
    } catch (BadRequest e) {
      return error(400, "error_param", e.getMessage());
    } catch (NumberFormatException e) {
      return error(400, "error_param", "A number parameter is malformed.");
    } catch (IOException e) {
      return error(400, "error_param", "Invalid json body.");
    }
  }

  private Answer tokenGet(byte[] body) throws IOException {
    JsonNode request = JSON.readTree(body);
    require(request.path("partner_id").asLong() == partnerId, "partner_id in body is wrong");
    Code code = codes.remove(request.path("code").asText(""));
    long shopId = request.path("shop_id").asLong();
    if (code == null || code.shopId != shopId || !clock.instant().isBefore(code.expiresAt)) {
      return error(403, "error_auth", "Invalid code.");
    }
    Tokens tokens = issue(shopId);
    ObjectNode answer = envelope();
    answer.put("access_token", tokens.accessToken());
    answer.put("refresh_token", tokens.refreshToken());
    answer.put("expire_in", ACCESS_TOKEN_LIFE.toSeconds());
    return new Answer(200, answer);
  }

  private Answer accessTokenGet(byte[] body) throws IOException {
    refreshCalls++;
    JsonNode request = JSON.readTree(body);
    require(request.path("partner_id").asLong() == partnerId, "partner_id in body is wrong");
    long shopId = request.path("shop_id").asLong();
    Long owner = refreshTokens.remove(request.path("refresh_token").asText(""));
    if (owner == null || owner != shopId) {
      return error(403, "error_auth", "Invalid refresh_token.");
    }
    // The old access token keeps working for five minutes after a refresh.
    Instant graceEnd = clock.instant().plus(OLD_TOKEN_GRACE);
    accessTokens.replaceAll((token, t) ->
        t.shopId == shopId && t.expiresAt.isAfter(graceEnd) ? new Token(shopId, graceEnd) : t);
    Tokens tokens = issue(shopId);
    ObjectNode answer = envelope();
    answer.put("partner_id", partnerId);
    answer.put("shop_id", shopId);
    answer.put("access_token", tokens.accessToken());
    answer.put("refresh_token", tokens.refreshToken());
    answer.put("expire_in", ACCESS_TOKEN_LIFE.toSeconds());
    return new Answer(200, answer);
  }

  private Tokens issue(long shopId) {
    tokenSerial++;
    String access = String.format("%032x", 0xacce55L * 1_000_003L + tokenSerial);
    String refresh = String.format("%032x", 0x4ef4e5L * 1_000_003L + tokenSerial);
    accessTokens.put(access, new Token(shopId, clock.instant().plus(ACCESS_TOKEN_LIFE)));
    refreshTokens.put(refresh, shopId);
    return new Tokens(access, refresh);
  }

  private Answer uploadImage(Map<String, String> headers, byte[] body) {
    String contentType = headers.getOrDefault("Content-Type", "");
    int at = contentType.indexOf("boundary=");
    require(contentType.startsWith("multipart/form-data") && at > 0, "Upload must be multipart.");
    byte[] image = part(body, contentType.substring(at + "boundary=".length()), "image");
    require(image != null && image.length > 0, "image is required.");
    require(image.length <= 10 * 1024 * 1024, "Image is larger than 10 MB.");
    boolean jpeg = image.length > 2 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8;
    boolean png =
        image.length > 4 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N';
    require(jpeg || png, "Only JPG and PNG images are accepted.");
    String id = "vn-11134207-EXAMPLE" + String.format("%04d", images.size() + 1);
    images.put(id, image);
    ObjectNode answer = envelope();
    ObjectNode info = answer.putObject("response").putObject("image_info");
    info.put("image_id", id);
    info.putArray("image_url_list")
        .addObject()
        .put("image_url_region", "VN")
        .put("image_url", "https://cf.shopee.vn/file/" + id);
    return new Answer(200, answer);
  }

  private Answer addItem(byte[] body) throws IOException {
    JsonNode request = JSON.readTree(body);
    String name = request.path("item_name").asText("");
    require(!name.isBlank(), "item_name is required.");
    require(!request.path("description").asText("").isBlank(), "description is required.");
    require(
        request.path("original_price").isIntegralNumber()
            && request.path("original_price").asLong() > 0,
        "original_price must be a whole positive number.");
    require(request.path("category_id").asLong() > 0, "category_id is required.");
    require(
        request.path("weight").isNumber() && request.path("weight").asDouble() > 0,
        "weight is required.");
    require(request.path("logistic_info").size() > 0, "logistic_info is required.");
    JsonNode imageIds = request.path("image").path("image_id_list");
    require(imageIds.size() > 0, "image_id_list is required.");
    for (JsonNode id : imageIds) {
      require(images.containsKey(id.asText()), "Unknown image_id " + id.asText() + ".");
    }
    long stock = request.path("seller_stock").path(0).path("stock").asLong(-1);
    require(stock >= 0, "seller_stock is required.");
    long id = nextItemId++;
    Item item = new Item(
        id,
        name,
        request.path("item_sku").asText(""),
        "NORMAL",
        request.path("category_id").asLong(),
        clock.instant());
    item.request = request;
    item.models.add(
        new Model(0, item.sku, request.path("original_price").asLong(), stock, List.of()));
    items.put(id, item);
    ObjectNode answer = envelope();
    answer.putObject("response").put("item_id", id).put("item_name", name);
    return new Answer(200, answer);
  }

  private Answer initTierVariation(byte[] body) throws IOException {
    JsonNode request = JSON.readTree(body);
    Item item = items.get(request.path("item_id").asLong());
    require(item != null, "Item not found.");
    require(!item.hasModel, "Item already has tier variations.");
    JsonNode tiers = request.path("tier_variation");
    require(tiers.size() >= 1 && tiers.size() <= 2, "tier_variation must have 1..2 tiers.");
    JsonNode models = request.path("model");
    require(models.size() >= 1 && models.size() <= 50, "model must have 1..50 entries.");
    item.hasModel = true;
    item.models.clear();
    ObjectNode answer = envelope();
    ObjectNode response = answer.putObject("response");
    response.put("item_id", item.id);
    ArrayNode out = response.putArray("model");
    for (JsonNode model : models) {
      List<Integer> index = new ArrayList<>();
      for (JsonNode i : model.path("tier_index")) {
        index.add(i.asInt());
      }
      require(index.size() == tiers.size(), "tier_index must have one entry per tier.");
      for (int t = 0; t < index.size(); t++) {
        require(
            index.get(t) >= 0 && index.get(t) < tiers.get(t).path("option_list").size(),
            "tier_index out of range.");
      }
      long modelId = nextModelId++;
      Model m = new Model(
          modelId,
          model.path("model_sku").asText(""),
          model.path("original_price").asLong(),
          model.path("seller_stock").path(0).path("stock").asLong(),
          index);
      item.models.add(m);
      ObjectNode node = out.addObject();
      node.put("model_id", modelId).put("model_sku", m.sku);
      ArrayNode tierIndex = node.putArray("tier_index");
      index.forEach(tierIndex::add);
    }
    return new Answer(200, answer);
  }

  private Answer updateModels(byte[] body, String listField, boolean price) throws IOException {
    JsonNode request = JSON.readTree(body);
    Item item = items.get(request.path("item_id").asLong());
    require(item != null, "Item not found.");
    JsonNode list = request.path(listField);
    require(
        list.size() >= 1 && list.size() <= 50, listField + " length should be between 1 to 50.");
    ObjectNode answer = envelope();
    ObjectNode response = answer.putObject("response");
    ArrayNode success = response.putArray("success_list");
    ArrayNode failure = response.putArray("failure_list");
    for (JsonNode entry : list) {
      long modelId = entry.path("model_id").asLong();
      Model model =
          item.models.stream().filter(m -> m.id == modelId).findFirst().orElse(null);
      if (model == null) {
        failure.addObject().put("model_id", modelId).put("failed_reason", "model_id not found.");
        continue;
      }
      if (price) {
        model.price = entry.path("original_price").asLong();
        success.addObject().put("model_id", modelId).put("original_price", model.price);
      } else {
        model.stock = entry.path("seller_stock").path(0).path("stock").asLong();
        success.addObject().put("model_id", modelId).put("stock", model.stock);
      }
    }
    item.updateTime = clock.instant();
    return new Answer(200, answer);
  }

  private Answer itemList(Map<String, List<String>> query) {
    int offset = Integer.parseInt(orDefault(first(query, "offset"), "0"));
    int pageSize = Integer.parseInt(orDefault(first(query, "page_size"), "0"));
    require(pageSize >= 1 && pageSize <= 100, "page_size must be 1..100.");
    List<String> statuses = query.getOrDefault("item_status", List.of());
    require(!statuses.isEmpty(), "item_status is required.");
    List<Item> matching =
        items.values().stream().filter(i -> statuses.contains(i.status)).toList();
    List<Item> page = matching.subList(
        Math.min(offset, matching.size()), Math.min(offset + pageSize, matching.size()));
    ObjectNode answer = envelope();
    ObjectNode response = answer.putObject("response");
    if (!page.isEmpty()) {
      ArrayNode list = response.putArray("item");
      for (Item item : page) {
        list.addObject()
            .put("item_id", item.id)
            .put("item_status", item.status)
            .put("update_time", item.updateTime.getEpochSecond());
      }
    }
    response.put("total_count", matching.size());
    boolean hasNext = offset + pageSize < matching.size();
    response.put("has_next_page", hasNext);
    if (hasNext) {
      response.put("next_offset", offset + pageSize);
    }
    return new Answer(200, answer);
  }

  private Answer itemBaseInfo(Map<String, List<String>> query) {
    String[] ids = orDefault(first(query, "item_id_list"), "").split(",");
    require(
        ids.length >= 1 && ids.length <= 50 && !ids[0].isEmpty(),
        "item_id_list must have 1..50 ids.");
    ObjectNode answer = envelope();
    ArrayNode list = answer.putObject("response").putArray("item_list");
    for (String id : ids) {
      Item item = items.get(Long.parseLong(id));
      if (item == null) {
        continue;
      }
      ObjectNode node = list.addObject();
      node.put("item_id", item.id)
          .put("category_id", item.categoryId)
          .put("item_name", item.name)
          .put("item_sku", item.sku)
          .put("item_status", item.status)
          .put("has_model", item.hasModel)
          .put("create_time", item.createTime.getEpochSecond())
          .put("update_time", item.updateTime.getEpochSecond());
      if (!item.hasModel) {
        Model only = item.models.get(0);
        node.putArray("price_info")
            .addObject()
            .put("currency", "VND")
            .put("original_price", (double) only.price)
            .put("current_price", (double) only.price);
        node.putObject("stock_info_v2")
            .putObject("summary_info")
            .put("total_available_stock", only.stock);
      }
    }
    return new Answer(200, answer);
  }

  private Answer modelList(Map<String, List<String>> query) {
    Item item = items.get(Long.parseLong(orDefault(first(query, "item_id"), "0")));
    require(item != null, "Item not found.");
    ObjectNode answer = envelope();
    ObjectNode response = answer.putObject("response");
    response.putArray("tier_variation");
    ArrayNode list = response.putArray("model");
    if (item.hasModel) {
      for (Model model : item.models) {
        ObjectNode node = list.addObject();
        node.put("model_id", model.id).put("model_sku", model.sku);
        ArrayNode index = node.putArray("tier_index");
        model.tierIndex.forEach(index::add);
        node.putArray("price_info")
            .addObject()
            .put("currency", "VND")
            .put("original_price", (double) model.price)
            .put("current_price", (double) model.price);
        node.putObject("stock_info_v2")
            .putObject("summary_info")
            .put("total_available_stock", model.stock);
      }
    }
    return new Answer(200, answer);
  }

  private Answer orderList(Map<String, List<String>> query) {
    String field = orDefault(first(query, "time_range_field"), "");
    require(
        field.equals("create_time") || field.equals("update_time"), "time_range_field is invalid.");
    long from = Long.parseLong(orDefault(first(query, "time_from"), "-1"));
    long to = Long.parseLong(orDefault(first(query, "time_to"), "-1"));
    require(from >= 0 && to >= from, "time_from and time_to are invalid.");
    require(to - from <= MAX_WINDOW_SECONDS, "The time range should be less than 15 days.");
    int pageSize = Integer.parseInt(orDefault(first(query, "page_size"), "0"));
    require(pageSize >= 1 && pageSize <= 100, "page_size must be 1..100.");
    int offset = Integer.parseInt(orDefault(first(query, "cursor"), "0"));
    List<Order> matching = orders.stream()
        .filter(o -> {
          long t = (field.equals("create_time") ? o.created() : o.updated()).getEpochSecond();
          return t >= from && t <= to;
        })
        .toList();
    List<Order> page = matching.subList(
        Math.min(offset, matching.size()), Math.min(offset + pageSize, matching.size()));
    ObjectNode answer = envelope();
    ObjectNode response = answer.putObject("response");
    boolean more = offset + pageSize < matching.size();
    response.put("more", more);
    response.put("next_cursor", more ? String.valueOf(offset + pageSize) : "");
    ArrayNode list = response.putArray("order_list");
    for (Order order : page) {
      list.addObject().put("order_sn", order.orderSn()).put("order_status", order.status());
    }
    return new Answer(200, answer);
  }

  private Answer orderDetail(Map<String, List<String>> query) {
    String[] sns = orDefault(first(query, "order_sn_list"), "").split(",");
    require(
        sns.length >= 1 && sns.length <= 50 && !sns[0].isEmpty(),
        "order_sn_list must have 1..50 entries.");
    String fields = orDefault(first(query, "response_optional_fields"), "");
    ObjectNode answer = envelope();
    ArrayNode list = answer.putObject("response").putArray("order_list");
    for (String sn : sns) {
      for (Order order : orders) {
        if (!order.orderSn().equals(sn)) {
          continue;
        }
        ObjectNode node = list.addObject();
        node.put("order_sn", order.orderSn())
            .put("region", "VN")
            .put("currency", "VND")
            .put("cod", false)
            .put("order_status", order.status())
            .put("create_time", order.created().getEpochSecond())
            .put("update_time", order.updated().getEpochSecond());
        if (fields.contains("buyer_username")) {
          node.put("buyer_username", "EXAMPLE.buyer");
        }
        long total = 0;
        if (fields.contains("item_list")) {
          ArrayNode lines = node.putArray("item_list");
          for (Line line : order.lines()) {
            lines
                .addObject()
                .put("item_id", line.itemId())
                .put("item_name", line.itemName())
                .put("item_sku", line.itemSku())
                .put("model_id", line.modelId())
                .put("model_sku", line.modelSku())
                .put("model_quantity_purchased", line.quantity())
                .put("model_original_price", (double) line.price())
                .put("model_discounted_price", (double) line.price());
            total += line.price() * line.quantity();
          }
        }
        if (fields.contains("total_amount")) {
          node.put("total_amount", (double) total);
        }
      }
    }
    return new Answer(200, answer);
  }

  // ---------------------------------------------------------------- helpers

  private ObjectNode envelope() {
    ObjectNode node = JSON.createObjectNode();
    node.put(
        "request_id",
        String.format("%032x", 0x5e82043cL * 100_000 + requestCounter.incrementAndGet()));
    node.put("error", "");
    node.put("message", "");
    return node;
  }

  private Answer error(int status, String error, String message) {
    ObjectNode node = envelope();
    node.put("error", error);
    node.put("message", message);
    return new Answer(status, node);
  }

  private String hmacHex(byte[] data) {
    return ReferenceHmac.sha256Hex(partnerKey, data);
  }

  /**
   * The {@code Authorization} header of a push, computed here (not with the SDK's signer): hex
   * HMAC-SHA256 of {@code url + "|" + body} under the key.
   */
  public static String pushAuthorization(String url, byte[] body, String key) {
    return ReferenceHmac.sha256Hex(
        key, url.getBytes(StandardCharsets.UTF_8), new byte[] {'|'}, body);
  }

  /** Returns the content of the multipart part with this name, or null. */
  private static byte[] part(byte[] body, String boundary, String name) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String marker = new String(delimiter, StandardCharsets.ISO_8859_1);
    int at = text.indexOf(marker);
    while (at >= 0) {
      int headersStart = at + marker.length() + 2;
      int headersEnd = text.indexOf("\r\n\r\n", headersStart);
      int next = text.indexOf("\r\n" + marker, headersStart);
      if (headersEnd < 0 || next < 0) {
        return null;
      }
      String partHeaders = text.substring(headersStart, headersEnd);
      if (partHeaders.contains("name=\"" + name + "\"")) {
        return Arrays.copyOfRange(body, headersEnd + 4, next);
      }
      at = next + 2;
    }
    return null;
  }

  private static String first(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null ? null : values.get(0);
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new BadRequest(message);
    }
  }

  private static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }

  // ---------------------------------------------------------------- state types

  public record Tokens(String accessToken, String refreshToken) {}

  public record Recorded(
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, String> headers,
      byte[] body) {
    public String param(String name) {
      return first(query, name);
    }
  }

  public record Line(
      long itemId,
      String itemName,
      String itemSku,
      long modelId,
      String modelSku,
      int quantity,
      long price) {}

  public record Order(
      String orderSn, String status, Instant created, Instant updated, List<Line> lines) {}

  private record Code(long shopId, Instant expiresAt) {}

  private record Token(long shopId, Instant expiresAt) {}

  private record Canned(int status, String error, String message, String requestId) {}

  private record Answer(int status, ObjectNode body) {}

  public static final class Item {
    public final long id;
    public final String name;
    public final String sku;
    public final String status;
    public final long categoryId;
    public final Instant createTime;
    public Instant updateTime;
    public boolean hasModel;
    public JsonNode request;
    public final List<Model> models = new ArrayList<>();

    Item(long id, String name, String sku, String status, long categoryId, Instant created) {
      this.id = id;
      this.name = name;
      this.sku = sku;
      this.status = status;
      this.categoryId = categoryId;
      this.createTime = created;
      this.updateTime = created;
    }
  }

  public static final class Model {
    public final long id;
    public final String sku;
    public long price;
    public long stock;
    public final List<Integer> tierIndex;

    Model(long id, String sku, long price, long stock, List<Integer> tierIndex) {
      this.id = id;
      this.sku = sku;
      this.price = price;
      this.stock = stock;
      this.tierIndex = List.copyOf(tierIndex);
    }
  }
}
