package io.github.craftmark.platform.internal.shopee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code response} object of successful Shopee calls into plain records. Every reader
 * either returns a value or throws {@link ShopeeFormatException} naming the field; nothing else.
 */
public final class ShopeeResponses {
  private ShopeeResponses() {}

  /** A model (variant) of an item. */
  public record Model(long modelId, String modelSku, Optional<Long> price, Optional<Long> stock) {}

  /** The per-model outcome of {@code update_price} or {@code update_stock}. */
  public record BatchResult(List<Long> succeeded, List<Failure> failed) {
    /** Copies the lists. */
    public BatchResult {
      succeeded = List.copyOf(succeeded);
      failed = List.copyOf(failed);
    }
  }

  /** One model a batch update did not change, with Shopee's reason. */
  public record Failure(long modelId, String reason) {}

  /** One page of {@code get_item_list}. */
  public record ItemPage(List<Long> itemIds, boolean hasNextPage, long nextOffset) {
    /** Copies the list. */
    public ItemPage {
      itemIds = List.copyOf(itemIds);
    }
  }

  /** What {@code get_item_base_info} says about one item. */
  public record ItemInfo(
      long itemId,
      String itemName,
      String itemSku,
      String itemStatus,
      long categoryId,
      boolean hasModel,
      Optional<Long> price,
      Optional<Long> stock,
      Optional<Instant> updateTime) {}

  /** One page of {@code get_order_list}. */
  public record OrderPage(List<String> orderSns, boolean more, String nextCursor) {
    /** Copies the list. */
    public OrderPage {
      orderSns = List.copyOf(orderSns);
    }
  }

  /** One line of an order. */
  public record OrderLine(
      long itemId,
      String itemName,
      String itemSku,
      long modelId,
      String modelSku,
      int quantity,
      long originalPrice,
      long discountedPrice) {}

  /** What {@code get_order_detail} says about one order. */
  public record OrderInfo(
      String orderSn,
      String orderStatus,
      Instant createTime,
      Instant updateTime,
      String currency,
      Optional<Long> totalAmount,
      String buyerUsername,
      List<OrderLine> lines) {
    /** Copies the lines. */
    public OrderInfo {
      lines = List.copyOf(lines);
    }
  }

  /** The {@code image_id} of {@code media_space/upload_image}. */
  public static String imageId(ShopeeEnvelope envelope) {
    return requiredText(
        envelope.response().path("image_info"), "image_info.image_id", "image_id", envelope);
  }

  /** The {@code item_id} of {@code add_item}. */
  public static long itemId(ShopeeEnvelope envelope) {
    return requiredId(envelope.response(), "item_id", "item_id", envelope);
  }

  /** The models of {@code init_tier_variation} or {@code get_model_list}. */
  public static List<Model> models(ShopeeEnvelope envelope) {
    JsonNode list = array(envelope.response(), "model", envelope);
    List<Model> models = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      JsonNode model = list.get(i);
      String where = "model[" + i + "]";
      models.add(new Model(
          requiredId(model, where + ".model_id", "model_id", envelope),
          optionalText(model, "model_sku"),
          optionalMoney(
              model.path("price_info").path(0),
              where + ".price_info[0]",
              "original_price",
              envelope),
          optionalCount(
              model.path("stock_info_v2").path("summary_info"), "total_available_stock")));
    }
    return models;
  }

  /** The {@code success_list} and {@code failure_list} of a batch update. */
  public static BatchResult batchResult(ShopeeEnvelope envelope) {
    JsonNode response = envelope.response();
    List<Long> ok = new ArrayList<>();
    JsonNode success = optionalArray(response, "success_list", envelope);
    for (int i = 0; i < success.size(); i++) {
      ok.add(
          requiredNumber(success.get(i), "success_list[" + i + "].model_id", "model_id", envelope));
    }
    List<Failure> failed = new ArrayList<>();
    JsonNode failure = optionalArray(response, "failure_list", envelope);
    for (int i = 0; i < failure.size(); i++) {
      JsonNode entry = failure.get(i);
      failed.add(new Failure(
          requiredNumber(entry, "failure_list[" + i + "].model_id", "model_id", envelope),
          optionalText(entry, "failed_reason")));
    }
    return new BatchResult(ok, failed);
  }

  /** One page of {@code get_item_list}; an empty shop answers with no {@code item} at all. */
  public static ItemPage itemPage(ShopeeEnvelope envelope) {
    JsonNode response = envelope.response();
    JsonNode items = optionalArray(response, "item", envelope);
    List<Long> ids = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      ids.add(requiredId(items.get(i), "item[" + i + "].item_id", "item_id", envelope));
    }
    boolean hasNext = response.path("has_next_page").asBoolean(false);
    long nextOffset =
        hasNext ? requiredNumber(response, "next_offset", "next_offset", envelope) : 0;
    return new ItemPage(ids, hasNext, nextOffset);
  }

  /** The items of {@code get_item_base_info}. */
  public static List<ItemInfo> itemInfos(ShopeeEnvelope envelope) {
    JsonNode list = optionalArray(envelope.response(), "item_list", envelope);
    List<ItemInfo> items = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String where = "item_list[" + i + "]";
      items.add(new ItemInfo(
          requiredId(item, where + ".item_id", "item_id", envelope),
          optionalText(item, "item_name"),
          optionalText(item, "item_sku"),
          optionalText(item, "item_status"),
          item.path("category_id").asLong(0),
          item.path("has_model").asBoolean(false),
          optionalMoney(
              item.path("price_info").path(0),
              where + ".price_info[0]",
              "original_price",
              envelope),
          optionalCount(item.path("stock_info_v2").path("summary_info"), "total_available_stock"),
          optionalTime(item, "update_time")));
    }
    return items;
  }

  /** One page of {@code get_order_list}. */
  public static OrderPage orderPage(ShopeeEnvelope envelope) {
    JsonNode response = envelope.response();
    JsonNode list = optionalArray(response, "order_list", envelope);
    List<String> sns = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      sns.add(requiredText(list.get(i), "order_list[" + i + "].order_sn", "order_sn", envelope));
    }
    boolean more = response.path("more").asBoolean(false);
    String cursor = optionalText(response, "next_cursor");
    if (more && cursor.isEmpty()) {
      throw new ShopeeFormatException(
          "next_cursor must be given when more is true", envelope.requestId());
    }
    return new OrderPage(sns, more, cursor);
  }

  /** The orders of {@code get_order_detail}. */
  public static List<OrderInfo> orders(ShopeeEnvelope envelope) {
    JsonNode list = optionalArray(envelope.response(), "order_list", envelope);
    List<OrderInfo> orders = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      JsonNode order = list.get(i);
      String where = "order_list[" + i + "]";
      JsonNode items = optionalArray(order, "item_list", envelope);
      List<OrderLine> lines = new ArrayList<>(items.size());
      for (int j = 0; j < items.size(); j++) {
        JsonNode line = items.get(j);
        String at = where + ".item_list[" + j + "]";
        long quantity = requiredNumber(
            line, at + ".model_quantity_purchased", "model_quantity_purchased", envelope);
        if (quantity < 1 || quantity > Integer.MAX_VALUE) {
          throw new ShopeeFormatException(
              at + ".model_quantity_purchased must be positive: " + quantity, envelope.requestId());
        }
        long original = requiredMoney(line, at, "model_original_price", envelope);
        Optional<Long> discounted = optionalMoney(line, at, "model_discounted_price", envelope);
        lines.add(new OrderLine(
            requiredId(line, at + ".item_id", "item_id", envelope),
            optionalText(line, "item_name"),
            optionalText(line, "item_sku"),
            line.path("model_id").asLong(0),
            optionalText(line, "model_sku"),
            (int) quantity,
            original,
            discounted.orElse(original)));
      }
      orders.add(new OrderInfo(
          requiredText(order, where + ".order_sn", "order_sn", envelope),
          requiredText(order, where + ".order_status", "order_status", envelope),
          requiredTime(order, where + ".create_time", "create_time", envelope),
          requiredTime(order, where + ".update_time", "update_time", envelope),
          optionalText(order, "currency"),
          optionalMoney(order, where, "total_amount", envelope),
          optionalText(order, "buyer_username"),
          lines));
    }
    return orders;
  }

  private static JsonNode array(JsonNode parent, String field, ShopeeEnvelope envelope) {
    JsonNode node = parent.path(field);
    if (!node.isArray()) {
      throw new ShopeeFormatException(field + " must be an array", envelope.requestId());
    }
    return node;
  }

  /** The array, or an empty one when the field is absent or null; anything else is malformed. */
  private static JsonNode optionalArray(JsonNode parent, String field, ShopeeEnvelope envelope) {
    JsonNode node = parent.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return MissingNode.getInstance();
    }
    return array(parent, field, envelope);
  }

  private static String requiredText(
      JsonNode parent, String where, String field, ShopeeEnvelope envelope) {
    JsonNode node = parent.path(field);
    if (!node.isTextual() || node.asText().isEmpty()) {
      throw new ShopeeFormatException(where + " must be a non-empty string", envelope.requestId());
    }
    return node.asText();
  }

  private static String optionalText(JsonNode parent, String field) {
    JsonNode node = parent.path(field);
    return node.isValueNode() && !node.isNull() ? node.asText() : "";
  }

  private static long requiredNumber(
      JsonNode parent, String where, String field, ShopeeEnvelope envelope) {
    JsonNode node = parent.path(field);
    if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0) {
      throw new ShopeeFormatException(where + " must be a whole number", envelope.requestId());
    }
    return node.asLong();
  }

  private static long requiredId(
      JsonNode parent, String where, String field, ShopeeEnvelope envelope) {
    long id = requiredNumber(parent, where, field, envelope);
    if (id == 0) {
      throw new ShopeeFormatException(where + " must be positive", envelope.requestId());
    }
    return id;
  }

  private static Optional<Long> optionalCount(JsonNode parent, String field) {
    JsonNode node = parent.path(field);
    return node.isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 0
        ? Optional.of(node.asLong())
        : Optional.empty();
  }

  private static long requiredMoney(
      JsonNode parent, String where, String field, ShopeeEnvelope envelope) {
    return optionalMoney(parent, where, field, envelope)
        .orElseThrow(() -> new ShopeeFormatException(
            where + "." + field + " must be a number", envelope.requestId()));
  }

  /** Whole đồng; Shopee may write 120000 or 120000.0, never a fraction for VND. */
  private static Optional<Long> optionalMoney(
      JsonNode parent, String where, String field, ShopeeEnvelope envelope) {
    JsonNode node = parent.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isNumber()) {
      throw new ShopeeFormatException(
          where + "." + field + " must be a number", envelope.requestId());
    }
    BigDecimal value = node.decimalValue();
    if (value.signum() < 0
        || value.stripTrailingZeros().scale() > 0
        || value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new ShopeeFormatException(
          where + "." + field + " must be whole đồng: " + value.toPlainString(),
          envelope.requestId());
    }
    return Optional.of(value.longValueExact());
  }

  private static Instant requiredTime(
      JsonNode parent, String where, String field, ShopeeEnvelope envelope) {
    return optionalTime(parent, field)
        .orElseThrow(
            () -> new ShopeeFormatException(where + " must be Unix seconds", envelope.requestId()));
  }

  private static Optional<Instant> optionalTime(JsonNode parent, String field) {
    JsonNode node = parent.path(field);
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      return Optional.empty();
    }
    long seconds = node.asLong();
    // Shopee times are Unix seconds; anything outside years 1970..9999 is not one.
    return seconds >= 0 && seconds < 253_402_300_800L
        ? Optional.of(Instant.ofEpochSecond(seconds))
        : Optional.empty();
  }
}
