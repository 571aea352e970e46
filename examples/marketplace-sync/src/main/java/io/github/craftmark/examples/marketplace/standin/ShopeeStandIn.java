package io.github.craftmark.examples.marketplace.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stands in for the Shopee Open Platform v2, for the calls the example makes: the token exchange,
 * image upload, {@code add_item}, {@code init_tier_variation}, {@code update_stock}, {@code
 * get_order_list} and {@code get_order_detail}.
 *
 * <p>Like Shopee, it checks {@code partner_id}, a timestamp within 5 minutes and the {@code sign}
 * parameter, lower-case hex HMAC-SHA256 under the partner key of {@code partner_id + path +
 * timestamp}, followed by {@code access_token + shop_id} for shop calls; then that the access token
 * belongs to the shop. It refuses anything else with {@code error_sign} or {@code
 * invalid_acceess_token} (Shopee's spelling) and HTTP 403. Answers use Shopee's envelope: {@code
 * request_id}, {@code error}, {@code message}, {@code response}.
 */
public final class ShopeeStandIn extends StandInServer {
  /** Shopee's limit on an order query's time range. */
  public static final long MAX_WINDOW_SECONDS = 15L * 24 * 3600;

  private static final String TOKEN_GET = "/api/v2/auth/token/get";
  private static final String UPLOAD_IMAGE = "/api/v2/media_space/upload_image";
  private static final Set<String> PUBLIC_PATHS = Set.of(TOKEN_GET, UPLOAD_IMAGE);

  /** The order-list path, whose calls are the order pages. */
  public static final String GET_ORDER_LIST = "/api/v2/order/get_order_list";

  /** The stock path. */
  public static final String UPDATE_STOCK = "/api/v2/product/update_stock";

  /** The item-creation path. */
  public static final String ADD_ITEM = "/api/v2/product/add_item";

  private static final String[] STATUSES = {"UNPAID", "READY_TO_SHIP", "SHIPPED", "COMPLETED"};

  private final long partnerId;
  private final String partnerKey;
  private final Map<String, Long> codes = new HashMap<>();
  private final Map<String, Long> accessTokens = new HashMap<>();
  private final Map<Long, Item> items = new LinkedHashMap<>();
  private final List<Placed> orders = new ArrayList<>();
  private int uploads;
  private int tokenSerial;
  private long nextItemId = 800_000_001L;
  private long nextModelId = 900_000_001L;

  private record Item(long id, String name, String sku, long price, List<Offer> offers) {}

  /**
   * Starts the stand-in.
   *
   * @param partnerId the application's partner id
   * @param partnerKey the partner key both sides sign with
   * @param clock the present
   * @throws IOException when no port can be bound
   */
  public ShopeeStandIn(long partnerId, String partnerKey, Clock clock) throws IOException {
    super(clock);
    this.partnerId = partnerId;
    this.partnerKey = partnerKey;
  }

  /**
   * A seller authorised the application: Shopee redirects with this one-time code.
   *
   * @param shopId the shop
   * @param code the code
   */
  public synchronized void authorise(long shopId, String code) {
    codes.put(code, shopId);
  }

  /**
   * Buyers place orders for every SKU the shop lists.
   *
   * @param count how many orders
   * @param from the earliest creation time
   * @param to the latest creation time
   */
  public synchronized void placeOrders(int count, Instant from, Instant to) {
    List<Offer> offers = new ArrayList<>();
    items.values().forEach(item -> offers.addAll(item.offers()));
    orders.addAll(buyers(offers, count, from, to, 11));
  }

  @Override
  protected Reply answer(Request request) {
    String path = request.path();
    Map<String, String> q = request.query();
    boolean isPublic = PUBLIC_PATHS.contains(path);
    if (!String.valueOf(partnerId).equals(q.get("partner_id"))) {
      return refuse("error_auth", "Invalid partner_id.");
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(q.getOrDefault("timestamp", ""));
    } catch (NumberFormatException e) {
      return refuse("error_param", "Invalid timestamp.");
    }
    if (Math.abs(clock.instant().getEpochSecond() - timestamp) > 300) {
      return refuse("error_param", "Invalid timestamp.");
    }
    String base = partnerId + path + timestamp;
    if (!isPublic) {
      base += q.getOrDefault("access_token", "") + q.getOrDefault("shop_id", "");
    }
    if (!sameSignature(hmacSha256Hex(partnerKey, base), q.get("sign"))) {
      return refuse("error_sign", "Wrong sign.");
    }
    if (!isPublic) {
      Long owner = accessTokens.get(q.getOrDefault("access_token", ""));
      if (owner == null || !String.valueOf(owner).equals(q.get("shop_id"))) {
        return refuse("invalid_acceess_token", "Invalid access_token.");
      }
    }
    JsonNode body = json(request.body());
    return switch (path) {
      case TOKEN_GET -> tokenGet(body);
      case UPLOAD_IMAGE -> uploadImage(request);
      case ADD_ITEM -> addItem(body);
      case "/api/v2/product/init_tier_variation" -> initTierVariation(body);
      case UPDATE_STOCK -> updateStock(body);
      case GET_ORDER_LIST -> orderList(q);
      case "/api/v2/order/get_order_detail" -> orderDetail(q);
      default -> error(404, "error_not_found", "Wrong api path.");
    };
  }

  private Reply tokenGet(JsonNode body) {
    if (body.path("partner_id").asLong() != partnerId) {
      return error(400, "error_param", "partner_id in the body is wrong.");
    }
    Long shopId = codes.remove(body.path("code").asText(""));
    if (shopId == null || shopId != body.path("shop_id").asLong()) {
      return error(403, "error_auth", "Invalid code.");
    }
    String token = String.format("%032x", 0x5ae1L * 1_000_003L + ++tokenSerial);
    accessTokens.put(token, shopId);
    ObjectNode answer = envelope();
    answer.put("access_token", token);
    answer.put("refresh_token", String.format("%032x", 0x4ef4L * 1_000_003L + tokenSerial));
    answer.put("expire_in", 4 * 3600);
    return new Reply(200, answer, false);
  }

  private Reply uploadImage(Request request) {
    if (!carriesImage(request)) {
      return error(400, "error_param", "image must be a JPG or PNG file.");
    }
    ObjectNode answer = envelope();
    answer
        .putObject("response")
        .putObject("image_info")
        .put("image_id", String.format("vn-11134207-EXAMPLE%04d", ++uploads));
    return new Reply(200, answer, false);
  }

  private Reply addItem(JsonNode body) {
    String name = body.path("item_name").asText("");
    if (name.isBlank()
        || body.path("description").asText("").isBlank()
        || body.path("original_price").asLong() <= 0
        || body.path("weight").asDouble() <= 0
        || body.path("image").path("image_id_list").isEmpty()
        || body.path("logistic_info").isEmpty()) {
      return error(
          400, "error_param", "item_name, description, price, weight, image, logistics needed.");
    }
    long id = nextItemId++;
    String sku = body.path("item_sku").asText("");
    long price = body.path("original_price").asLong();
    // Without variants the item is its own model, model_id 0.
    List<Offer> offers = new ArrayList<>(List.of(new Offer("" + id, "0", sku, name, price)));
    items.put(id, new Item(id, name, sku, price, offers));
    ObjectNode answer = envelope();
    answer.putObject("response").put("item_id", id).put("item_name", name);
    return new Reply(200, answer, false);
  }

  private Reply initTierVariation(JsonNode body) {
    Item item = items.get(body.path("item_id").asLong());
    if (item == null || body.path("model").isEmpty()) {
      return error(400, "error_param", "item_id or model is invalid.");
    }
    item.offers().clear();
    ObjectNode answer = envelope();
    ArrayNode models = answer.putObject("response").putArray("model");
    for (JsonNode model : body.path("model")) {
      long modelId = nextModelId++;
      String sku = model.path("model_sku").asText("");
      item.offers()
          .add(new Offer(
              "" + item.id(),
              "" + modelId,
              sku,
              item.name(),
              model.path("original_price").asLong()));
      models.addObject().put("model_id", modelId).put("model_sku", sku);
    }
    return new Reply(200, answer, false);
  }

  private Reply updateStock(JsonNode body) {
    Item item = items.get(body.path("item_id").asLong());
    JsonNode list = body.path("stock_list");
    if (item == null || list.isEmpty() || list.size() > 50) {
      return error(400, "error_param", "item_id or stock_list is invalid.");
    }
    ObjectNode answer = envelope();
    ObjectNode response = answer.putObject("response");
    ArrayNode success = response.putArray("success_list");
    ArrayNode failure = response.putArray("failure_list");
    for (JsonNode entry : list) {
      String modelId = entry.path("model_id").asText();
      long stock = entry.path("seller_stock").path(0).path("stock").asLong(-1);
      boolean known = item.offers().stream().anyMatch(o -> o.skuId().equals(modelId));
      if (known && stock >= 0) {
        success.addObject().put("model_id", Long.parseLong(modelId)).put("stock", stock);
      } else {
        failure
            .addObject()
            .put("model_id", entry.path("model_id").asLong())
            .put("failed_reason", "model_id not found or stock invalid.");
      }
    }
    return new Reply(200, answer, false);
  }

  private Reply orderList(Map<String, String> q) {
    long from = Long.parseLong(q.getOrDefault("time_from", "-1"));
    long to = Long.parseLong(q.getOrDefault("time_to", "-1"));
    int pageSize = Integer.parseInt(q.getOrDefault("page_size", "0"));
    int offset = q.getOrDefault("cursor", "").isEmpty() ? 0 : Integer.parseInt(q.get("cursor"));
    if (from < 0 || to < from || to - from > MAX_WINDOW_SECONDS || pageSize < 1 || pageSize > 100) {
      return error(400, "error_param", "time range (at most 15 days) or page_size is invalid.");
    }
    List<Placed> matching = orders.stream()
        .filter(o -> o.createdAt().getEpochSecond() >= from)
        .filter(o -> o.createdAt().getEpochSecond() <= to)
        .toList();
    int end = Math.min(matching.size(), offset + pageSize);
    ObjectNode answer = envelope();
    ObjectNode response = answer.putObject("response");
    ArrayNode list = response.putArray("order_list");
    for (Placed order : matching.subList(Math.min(offset, end), end)) {
      list.addObject().put("order_sn", orderSn(order));
    }
    response.put("more", end < matching.size());
    response.put("next_cursor", end < matching.size() ? Integer.toString(end) : "");
    return new Reply(200, answer, false);
  }

  private Reply orderDetail(Map<String, String> q) {
    List<String> wanted = List.of(q.getOrDefault("order_sn_list", "").split(","));
    if (wanted.isEmpty() || wanted.size() > 50) {
      return error(400, "error_param", "order_sn_list must have 1..50 entries.");
    }
    ObjectNode answer = envelope();
    ArrayNode list = answer.putObject("response").putArray("order_list");
    for (Placed order : orders) {
      if (!wanted.contains(orderSn(order))) {
        continue;
      }
      Offer offer = order.offer();
      ObjectNode node = list.addObject()
          .put("order_sn", orderSn(order))
          .put("currency", "VND")
          .put("order_status", STATUSES[order.stage()])
          .put("create_time", order.createdAt().getEpochSecond())
          .put("update_time", order.createdAt().getEpochSecond() + 3600)
          .put("total_amount", order.total());
      node.putArray("item_list")
          .addObject()
          .put("item_id", Long.parseLong(offer.itemId()))
          .put("item_name", offer.title())
          .put("item_sku", offer.skuId().equals("0") ? offer.sellerSku() : "")
          .put("model_id", Long.parseLong(offer.skuId()))
          .put("model_sku", offer.skuId().equals("0") ? "" : offer.sellerSku())
          .put("model_quantity_purchased", order.quantity())
          .put("model_original_price", offer.price())
          .put("model_discounted_price", offer.price());
    }
    return new Reply(200, answer, false);
  }

  private static String orderSn(Placed order) {
    return String.format("261207EX%06d", order.serial());
  }

  private ObjectNode envelope() {
    return JSON.createObjectNode()
        .put("request_id", String.format("%032x", exchanges().size() + 1L))
        .put("error", "")
        .put("message", "");
  }

  private Reply error(int status, String error, String message) {
    return new Reply(status, envelope().put("error", error).put("message", message), false);
  }

  private Reply refuse(String error, String message) {
    return new Reply(403, envelope().put("error", error).put("message", message), true);
  }
}
