package io.github.craftmark.examples.marketplace.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for TikTok Shop's Open API (version 202309), for the calls the example makes: the
 * token exchange, the authorised shops, image upload, product creation, inventory update and order
 * search.
 *
 * <p>Like TikTok Shop, it checks {@code app_key}, a timestamp within 5 minutes and {@code sign}:
 * lower-case hex HMAC-SHA256 under the app secret of {@code app_secret + path + the query
 * parameters but sign and access_token, sorted by name as name + value + the raw body (not for a
 * multipart upload) + app_secret}; then the {@code x-tts-access-token} header and, for shop calls,
 * the {@code shop_cipher}. It refuses anything else with code {@code 106001} (sign) or {@code
 * 105001} (token). Answers carry {@code code} (0 for success), {@code message}, {@code
 * request_id} and {@code data}.
 */
public final class TikTokShopStandIn extends StandInServer {
  /** The order-search path, whose calls are the order pages. */
  public static final String ORDERS_SEARCH = "/order/202309/orders/search";

  /** The product-creation path. */
  public static final String PRODUCTS = "/product/202309/products";

  private static final String TOKEN_GET = "/api/v2/token/get";
  private static final String SHOPS = "/authorization/202309/shops";
  private static final String IMAGE_UPLOAD = "/product/202309/images/upload";
  private static final Pattern INVENTORY =
      Pattern.compile("/product/202309/products/([0-9]+)/inventory/update");
  private static final String[] STATUSES = {"UNPAID", "AWAITING_SHIPMENT", "IN_TRANSIT", "COMPLETED"
  };

  private final String appKey;
  private final String appSecret;
  private final String shopId;
  private final String shopCipher;
  private final String warehouseId;
  private final Set<String> codes = new HashSet<>();
  private final Set<String> accessTokens = new HashSet<>();
  private final List<Offer> offers = new ArrayList<>();
  private final List<Placed> orders = new ArrayList<>();
  private int uploads;
  private long nextProductId = 1_729_000_000_000_000_001L;
  private long nextSkuId = 1_729_100_000_000_000_001L;

  /**
   * Starts the stand-in for one shop.
   *
   * @param appKey the application's key
   * @param appSecret the secret both sides sign with
   * @param shopId the shop's id
   * @param shopCipher the shop's {@code cipher}
   * @param warehouseId the shop's sales warehouse
   * @param clock the present
   * @throws IOException when no port can be bound
   */
  public TikTokShopStandIn(
      String appKey,
      String appSecret,
      String shopId,
      String shopCipher,
      String warehouseId,
      Clock clock)
      throws IOException {
    super(clock);
    this.appKey = appKey;
    this.appSecret = appSecret;
    this.shopId = shopId;
    this.shopCipher = shopCipher;
    this.warehouseId = warehouseId;
  }

  /**
   * The seller authorised the application: TikTok Shop redirects with this one-time code.
   *
   * @param code the code
   */
  public synchronized void authorise(String code) {
    codes.add(code);
  }

  /**
   * Buyers place orders for every SKU the shop lists.
   *
   * @param count how many orders
   * @param from the earliest creation time
   * @param to the latest creation time
   */
  public synchronized void placeOrders(int count, Instant from, Instant to) {
    orders.addAll(buyers(offers, count, from, to, 17));
  }

  /**
   * Returns how many inventory updates were received (one per product).
   *
   * @return the count
   */
  public long inventoryCalls() {
    return exchanges().stream()
        .filter(e -> INVENTORY.matcher(e.path()).matches())
        .count();
  }

  @Override
  protected Reply answer(Request request) {
    String path = request.path();
    Map<String, String> q = request.query();
    if (path.equals(TOKEN_GET)) {
      // The token call is not signed: the app secret itself travels in the query.
      if (!appKey.equals(q.get("app_key")) || !sameSignature(appSecret, q.get("app_secret"))) {
        return refuse(401, 36004004, "Invalid app_key or app_secret.");
      }
      return tokenGet(q);
    }
    if (!appKey.equals(q.get("app_key"))) {
      return refuse(401, 36009004, "Invalid app_key.");
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(q.getOrDefault("timestamp", ""));
    } catch (NumberFormatException e) {
      return refuse(401, 36009004, "Invalid timestamp.");
    }
    if (Math.abs(clock.instant().getEpochSecond() - timestamp) > 300) {
      return refuse(401, 36009004, "Invalid timestamp.");
    }
    StringBuilder base = new StringBuilder(appSecret).append(path);
    new TreeMap<>(q).forEach((name, value) -> {
      if (!name.equals("sign") && !name.equals("access_token")) {
        base.append(name).append(value);
      }
    });
    boolean multipart = request.header("content-type").startsWith("multipart/");
    String expected = hmacSha256Hex(
        appSecret,
        base.toString().getBytes(StandardCharsets.UTF_8),
        multipart ? new byte[0] : request.body(),
        appSecret.getBytes(StandardCharsets.UTF_8));
    if (!sameSignature(expected, q.get("sign"))) {
      return refuse(401, 106001, "Invalid signature.");
    }
    if (!accessTokens.contains(request.header("x-tts-access-token"))) {
      return refuse(401, 105001, "Invalid access token.");
    }
    boolean shopCall = !path.equals(SHOPS) && !path.equals(IMAGE_UPLOAD);
    if (shopCall && !shopCipher.equals(q.get("shop_cipher"))) {
      return refuse(403, 36009004, "Invalid shop_cipher.");
    }
    JsonNode body = json(request.body());
    Matcher inventory = INVENTORY.matcher(path);
    if (inventory.matches()) {
      return inventoryUpdate(inventory.group(1), body);
    }
    return switch (path) {
      case SHOPS -> shops();
      case IMAGE_UPLOAD -> imageUpload(request);
      case PRODUCTS -> createProduct(body);
      case ORDERS_SEARCH -> ordersSearch(q, body);
      default -> error(404, 36009004, "Invalid path.");
    };
  }

  private Reply tokenGet(Map<String, String> q) {
    if (!"authorized_code".equals(q.get("grant_type")) || !codes.remove(q.get("auth_code"))) {
      return error(400, 36004004, "Invalid auth_code.");
    }
    String token = "ROW_EXAMPLE" + String.format("%024x", accessTokens.size() + 1L);
    accessTokens.add(token);
    long now = clock.instant().getEpochSecond();
    ObjectNode answer = ok();
    ObjectNode data = answer.putObject("data");
    data.put("access_token", token);
    // TikTok Shop gives absolute Unix times, not durations.
    data.put("access_token_expire_in", now + 7 * 24 * 3600);
    data.put("refresh_token", "ROW_EXAMPLEr" + String.format("%023x", accessTokens.size()));
    data.put("refresh_token_expire_in", now + 365L * 24 * 3600);
    data.put("open_id", "EXAMPLE-open-id");
    data.put("seller_name", "Lụa Vạn Phúc & Gốm Bát Tràng");
    data.put("seller_base_region", "VN");
    data.putArray("granted_scopes").add("seller.product.basic").add("seller.order.info");
    return new Reply(200, answer, false);
  }

  private Reply shops() {
    ObjectNode answer = ok();
    answer
        .putObject("data")
        .putArray("shops")
        .addObject()
        .put("id", shopId)
        .put("cipher", shopCipher)
        .put("name", "Làng nghề Hà Nội")
        .put("region", "VN")
        .put("seller_type", "LOCAL")
        .put("code", "VNLCEXAMPLE");
    return new Reply(200, answer, false);
  }

  private Reply imageUpload(Request request) {
    if (!carriesImage(request)) {
      return error(400, 36009004, "data must be a JPG or PNG file.");
    }
    String uri = String.format("tos-alisg-i-EXAMPLE/%04d", ++uploads);
    ObjectNode answer = ok();
    answer.putObject("data").put("uri", uri).put("url", "https://p16-oec-va.example/" + uri);
    return new Reply(200, answer, false);
  }

  private Reply createProduct(JsonNode body) {
    String title = body.path("title").asText("");
    int titleLength = title.codePointCount(0, title.length());
    if (titleLength < 25
        || titleLength > 255
        || body.path("description").asText("").isBlank()
        || body.path("category_id").asText("").isEmpty()
        || body.path("main_images").isEmpty()
        || body.path("main_images").size() > 9
        || body.path("skus").isEmpty()
        || body.path("package_weight").path("value").asText("").isEmpty()) {
      return error(400, 12052003, "title (25..255), description, category, images, skus needed.");
    }
    String productId = Long.toString(nextProductId++);
    ObjectNode answer = ok();
    ObjectNode data = answer.putObject("data").put("product_id", productId);
    ArrayNode skus = data.putArray("skus");
    for (JsonNode sku : body.path("skus")) {
      JsonNode price = sku.path("price");
      if (!price.path("currency").asText().equals("VND")
          || !warehouseId.equals(
              sku.path("inventory").path(0).path("warehouse_id").asText())) {
        return error(400, 12052003, "sku price must be in VND, inventory in the shop's warehouse.");
      }
      String skuId = Long.toString(nextSkuId++);
      String sellerSku = sku.path("seller_sku").asText("");
      offers.add(new Offer(
          productId,
          skuId,
          sellerSku,
          title,
          Long.parseLong(price.path("amount").asText("0"))));
      skus.addObject().put("id", skuId).put("seller_sku", sellerSku);
    }
    data.putArray("warnings");
    return new Reply(200, answer, false);
  }

  private Reply inventoryUpdate(String productId, JsonNode body) {
    ObjectNode answer = ok();
    ArrayNode errors = answer.putObject("data").putArray("errors");
    for (JsonNode sku : body.path("skus")) {
      String skuId = sku.path("id").asText("");
      boolean known = offers.stream()
          .anyMatch(o -> o.itemId().equals(productId) && o.skuId().equals(skuId));
      boolean rightWarehouse =
          warehouseId.equals(sku.path("inventory").path(0).path("warehouse_id").asText());
      if (!known || !rightWarehouse) {
        errors
            .addObject()
            .put("code", 17019001)
            .put("message", "SKU or warehouse not found.")
            .putObject("detail")
            .put("sku_id", skuId);
      }
    }
    return new Reply(200, answer, false);
  }

  private Reply ordersSearch(Map<String, String> q, JsonNode body) {
    int pageSize = Integer.parseInt(q.getOrDefault("page_size", "0"));
    if (pageSize < 1 || pageSize > 100) {
      return error(400, 36009004, "page_size must be 1..100.");
    }
    long since = body.path("create_time_ge").asLong(0);
    int offset = q.getOrDefault("page_token", "").isEmpty()
        ? 0
        : Integer.parseInt(q.get("page_token").substring("EXAMPLE-page-".length()));
    List<Placed> matching =
        orders.stream().filter(o -> o.createdAt().getEpochSecond() >= since).toList();
    int end = Math.min(matching.size(), offset + pageSize);
    ObjectNode answer = ok();
    ObjectNode data = answer.putObject("data");
    ArrayNode list = data.putArray("orders");
    for (Placed order : matching.subList(Math.min(offset, end), end)) {
      Offer offer = order.offer();
      ObjectNode node = list.addObject()
          .put("id", Long.toString(576_000_000_000_000_000L + order.serial()))
          .put("status", STATUSES[order.stage()])
          .put("create_time", order.createdAt().getEpochSecond())
          .put("update_time", order.createdAt().getEpochSecond() + 3600);
      node.putObject("payment")
          .put("currency", "VND")
          .put("total_amount", Long.toString(order.total()));
      ArrayNode lines = node.putArray("line_items");
      // TikTok Shop lists each unit as a line item of its own.
      for (int unit = 0; unit < order.quantity(); unit++) {
        lines
            .addObject()
            .put("id", Long.toString(577_000_000_000_000_000L + order.serial() * 10L + unit))
            .put("sku_id", offer.skuId())
            .put("product_id", offer.itemId())
            .put("seller_sku", offer.sellerSku())
            .put("product_name", offer.title())
            .put("sale_price", Long.toString(offer.price()))
            .put("currency", "VND");
      }
    }
    data.put("total_count", matching.size());
    data.put("next_page_token", end < matching.size() ? "EXAMPLE-page-" + end : "");
    return new Reply(200, answer, false);
  }

  private ObjectNode ok() {
    return JSON.createObjectNode()
        .put("code", 0)
        .put("message", "Success")
        .put("request_id", String.format("2026120703%016d", exchanges().size() + 1L));
  }

  private Reply error(int status, long code, String message) {
    ObjectNode body = ok().put("code", code).put("message", message);
    body.remove("data");
    return new Reply(status, body, false);
  }

  private Reply refuse(int status, long code, String message) {
    return new Reply(status, ok().put("code", code).put("message", message), true);
  }
}
