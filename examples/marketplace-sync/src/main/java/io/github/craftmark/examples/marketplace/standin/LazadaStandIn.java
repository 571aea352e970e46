package io.github.craftmark.examples.marketplace.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stands in for Lazada's Open Platform (Vietnam), for the calls the example makes: {@code
 * /auth/token/create}, {@code /image/upload}, {@code /product/create}, {@code
 * /product/price_quantity/update}, {@code /orders/get} and {@code /order/items/get}, all under
 * {@code /rest}.
 *
 * <p>Like Lazada, it checks {@code app_key}, {@code sign_method=sha256}, a millisecond timestamp
 * within 7,200 s, and {@code sign}: upper-case hex HMAC-SHA256 under the app secret of the API
 * path followed by every other parameter (query and form) sorted by name as {@code name + value};
 * then the seller's {@code access_token}. It refuses anything else with {@code
 * IncompleteSignature} or {@code IllegalAccessToken}. Answers carry {@code code} ("0" for
 * success), {@code request_id} and {@code data}.
 */
public final class LazadaStandIn extends StandInServer {
  /** The gateway's path prefix, as in {@code https://api.lazada.vn/rest}. */
  public static final String PREFIX = "/rest";

  /** The order-list path, whose calls are the order pages. */
  public static final String ORDERS_GET = "/orders/get";

  /** The price and stock path. */
  public static final String PRICE_QUANTITY = "/product/price_quantity/update";

  /** The product-creation path. */
  public static final String PRODUCT_CREATE = "/product/create";

  private static final String TOKEN_CREATE = "/auth/token/create";
  private static final Set<String> NO_TOKEN_PATHS = Set.of(TOKEN_CREATE);
  private static final String[] STATUSES = {"unpaid", "ready_to_ship", "shipped", "delivered"};

  private final String appKey;
  private final String appSecret;
  private final Map<String, String> codes = new HashMap<>();
  private final Map<String, String> accessTokens = new HashMap<>();
  private final List<Offer> offers = new ArrayList<>();
  private final List<Placed> orders = new ArrayList<>();
  private int uploads;
  private long nextItemId = 3_100_000_001L;
  private long nextSkuId = 15_100_000_001L;

  /**
   * Starts the stand-in.
   *
   * @param appKey the application's key
   * @param appSecret the secret both sides sign with
   * @param clock the present
   * @throws IOException when no port can be bound
   */
  public LazadaStandIn(String appKey, String appSecret, Clock clock) throws IOException {
    super(clock);
    this.appKey = appKey;
    this.appSecret = appSecret;
  }

  /**
   * Returns the gateway URI the adapter calls, {@code http://127.0.0.1:<port>/rest}.
   *
   * @return the gateway
   */
  public URI gateway() {
    return URI.create(baseUri() + PREFIX);
  }

  /**
   * A seller authorised the application: Lazada redirects with this one-time code.
   *
   * @param code the code
   * @param sellerId the seller
   */
  public synchronized void authorise(String code, String sellerId) {
    codes.put(code, sellerId);
  }

  /**
   * Buyers place orders for every SKU the shop lists.
   *
   * @param count how many orders
   * @param from the earliest creation time
   * @param to the latest creation time
   */
  public synchronized void placeOrders(int count, Instant from, Instant to) {
    orders.addAll(buyers(offers, count, from, to, 13));
  }

  @Override
  protected Reply answer(Request request) {
    if (!request.path().startsWith(PREFIX + "/")) {
      return error("InvalidApiPath", "The specified API path is invalid.");
    }
    String path = request.path().substring(PREFIX.length());
    Map<String, String> params = new TreeMap<>(request.query());
    if (request.header("content-type").startsWith("application/x-www-form-urlencoded")) {
      params.putAll(form(new String(request.body(), StandardCharsets.UTF_8)));
    }
    String sign = params.remove("sign");
    if (!appKey.equals(params.get("app_key")) || !"sha256".equals(params.get("sign_method"))) {
      return refuse("IncompleteSignature", "app_key or sign_method is invalid.");
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(params.getOrDefault("timestamp", ""));
    } catch (NumberFormatException e) {
      return refuse("IncompleteSignature", "timestamp is invalid.");
    }
    if (Math.abs(clock.millis() - timestamp) > 7_200_000L) {
      return refuse("IncompleteSignature", "timestamp is out of range.");
    }
    StringBuilder base = new StringBuilder(path);
    params.forEach((name, value) -> {
      if (!name.isBlank() && !value.isBlank()) {
        base.append(name).append(value);
      }
    });
    String expected = hmacSha256Hex(appSecret, base.toString()).toUpperCase(Locale.ROOT);
    if (!sameSignature(expected, sign)) {
      return refuse(
          "IncompleteSignature", "The request signature does not conform to platform standards.");
    }
    if (!NO_TOKEN_PATHS.contains(path) && !accessTokens.containsKey(params.get("access_token"))) {
      return refuse("IllegalAccessToken", "The specified access token is invalid or expired.");
    }
    JsonNode payload = json(params.get("payload")).path("Request").path("Product");
    return switch (path) {
      case TOKEN_CREATE -> tokenCreate(params.getOrDefault("code", ""));
      case "/image/upload" -> imageUpload(request);
      case PRODUCT_CREATE -> productCreate(payload);
      case PRICE_QUANTITY -> priceQuantity(payload);
      case ORDERS_GET -> ordersGet(params);
      case "/order/items/get" -> orderItems(params.getOrDefault("order_id", ""));
      default -> error("InvalidApiPath", "The specified API path is invalid.");
    };
  }

  private Reply tokenCreate(String code) {
    String sellerId = codes.remove(code);
    if (sellerId == null) {
      return error("InvalidCode", "Invalid authorization code.");
    }
    String token = "50000" + String.format("%027x", accessTokens.size() + 1L);
    accessTokens.put(token, sellerId);
    ObjectNode answer = ok();
    answer.put("access_token", token);
    answer.put("refresh_token", "50001" + String.format("%027x", accessTokens.size()));
    answer.put("expires_in", 30L * 24 * 3600);
    answer.put("refresh_expires_in", 180L * 24 * 3600);
    answer.put("country", "vn");
    answer.put("account", "xuong@example.vn");
    answer
        .putArray("country_user_info")
        .addObject()
        .put("country", "vn")
        .put("seller_id", sellerId)
        .put("user_id", "2" + sellerId)
        .put("short_code", "VN4EXAMPLE");
    return new Reply(200, answer, false);
  }

  private Reply imageUpload(Request request) {
    if (!carriesImage(request)) {
      return error("InvalidImage", "image must be a JPG or PNG file.");
    }
    ObjectNode answer = ok();
    answer
        .putObject("data")
        .putObject("image")
        .put("url", String.format("https://vn-live.slatic.net/p/EXAMPLE-%04d.jpg", ++uploads));
    return new Reply(200, answer, false);
  }

  private Reply productCreate(JsonNode product) {
    JsonNode attributes = product.path("Attributes");
    JsonNode skus = product.path("Skus").path("Sku");
    if (product.path("PrimaryCategory").asText("").isEmpty()
        || product.path("Images").path("Image").isEmpty()
        || attributes.path("name").asText("").isBlank()
        || attributes.path("description").asText("").isBlank()
        || skus.isEmpty()) {
      return error("MissingParameter", "PrimaryCategory, Images, name, description, Skus needed.");
    }
    String itemId = Long.toString(nextItemId++);
    ObjectNode answer = ok();
    ObjectNode data = answer.putObject("data").put("item_id", Long.parseLong(itemId));
    ArrayNode list = data.putArray("sku_list");
    for (JsonNode sku : skus) {
      String sellerSku = sku.path("SellerSku").asText("");
      long price = (long) Double.parseDouble(sku.path("price").asText("0"));
      if (sellerSku.isEmpty() || price <= 0 || sku.path("package_weight").asDouble() <= 0) {
        return error("InvalidSku", "SellerSku, price and package_weight are required.");
      }
      String skuId = Long.toString(nextSkuId++);
      offers.add(new Offer(itemId, skuId, sellerSku, attributes.path("name").asText(), price));
      list.addObject()
          .put("seller_sku", sellerSku)
          .put("sku_id", Long.parseLong(skuId))
          .put("shop_sku", itemId + "_VNAMZ-" + skuId);
    }
    return new Reply(200, answer, false);
  }

  private Reply priceQuantity(JsonNode product) {
    JsonNode skus = product.path("Skus").path("Sku");
    if (skus.isEmpty() || skus.size() > 50) {
      return error("InvalidParameter", "Skus must hold 1..50 entries.");
    }
    ObjectNode answer = ok();
    ArrayNode detail = answer.putArray("detail");
    for (JsonNode sku : skus) {
      String sellerSku = sku.path("SellerSku").asText("");
      boolean known = offers.stream()
          .anyMatch(o ->
              o.itemId().equals(sku.path("ItemId").asText()) && o.sellerSku().equals(sellerSku));
      if (!known) {
        detail.addObject().put("seller_sku", sellerSku).put("message", "SKU not found");
      }
    }
    if (!detail.isEmpty()) {
      answer.put("code", "201").put("message", "Some SKUs were not updated");
    } else {
      answer.remove("detail");
    }
    return new Reply(200, answer, false);
  }

  private Reply ordersGet(Map<String, String> params) {
    Instant after =
        OffsetDateTime.parse(params.getOrDefault("created_after", "")).toInstant();
    int limit = Integer.parseInt(params.getOrDefault("limit", "0"));
    int offset = Integer.parseInt(params.getOrDefault("offset", "0"));
    if (limit < 1 || limit > 100) {
      return error("InvalidParameter", "limit must be 1..100.");
    }
    List<Placed> matching =
        orders.stream().filter(o -> !o.createdAt().isBefore(after)).toList();
    int end = Math.min(matching.size(), offset + limit);
    ObjectNode answer = ok();
    ObjectNode data = answer.putObject("data").put("countTotal", matching.size());
    ArrayNode list = data.putArray("orders");
    for (Placed order : matching.subList(Math.min(offset, end), end)) {
      list.addObject()
          .put("order_id", orderId(order))
          .put("created_at", vietnamTime(order.createdAt()))
          .put("updated_at", vietnamTime(order.createdAt().plusSeconds(3600)))
          .put("price", order.total() + ".00")
          .put("shipping_fee", "0.00")
          .put("voucher", "0.00")
          .put("payment_method", "COD")
          .putArray("statuses")
          .add(STATUSES[order.stage()]);
    }
    return new Reply(200, answer, false);
  }

  private Reply orderItems(String orderId) {
    ObjectNode answer = ok();
    ArrayNode data = answer.putArray("data");
    for (Placed order : orders) {
      if (!orderId(order).equals(orderId)) {
        continue;
      }
      // Lazada lists each unit as an item of its own.
      for (int unit = 0; unit < order.quantity(); unit++) {
        Offer offer = order.offer();
        data.addObject()
            .put("order_item_id", orderId + "0" + unit)
            .put("product_id", offer.itemId())
            .put("sku", offer.sellerSku())
            .put("sku_id", offer.skuId())
            .put("name", offer.title())
            .put("item_price", offer.price() + ".00")
            .put("paid_price", offer.price() + ".00")
            .put("status", STATUSES[order.stage()]);
      }
    }
    return new Reply(200, answer, false);
  }

  private static String orderId(Placed order) {
    return Long.toString(450_000_000_000L + order.serial());
  }

  private static String vietnamTime(Instant instant) {
    return instant.atOffset(ZoneOffset.ofHours(7)).withNano(0).toString();
  }

  private ObjectNode ok() {
    return JSON.createObjectNode()
        .put("code", "0")
        .put("request_id", String.format("2101%08d", exchanges().size() + 1));
  }

  private Reply error(String code, String message) {
    ObjectNode body = ok().put("code", code).put("type", "ISV").put("message", message);
    return new Reply(200, body, false);
  }

  private Reply refuse(String code, String message) {
    ObjectNode body = ok().put("code", code).put("type", "ISV").put("message", message);
    return new Reply(200, body, true);
  }
}
