package io.github.craftmark.platform.internal.tiktok;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.craftmark.core.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An order as TikTok Shop returns it from order search or order detail, reduced to what a craft
 * seller's tool needs.
 *
 * <p>TikTok Shop lists one line item per unit sold; lines with the same SKU id and price are
 * merged here into one line with a quantity.
 *
 * @param id the order id
 * @param status the order status, e.g. {@code AWAITING_SHIPMENT}
 * @param createTime when the order was placed
 * @param updateTime when it last changed
 * @param total what the buyer pays in total
 * @param lines the lines, in first-seen order
 */
public record TikTokOrder(
    String id,
    String status,
    Instant createTime,
    Instant updateTime,
    Money total,
    List<Line> lines) {

  /**
   * One SKU of an order.
   *
   * @param productId the TikTok product id
   * @param skuId the TikTok SKU id
   * @param sellerSku the seller's SKU, or an empty string
   * @param productName the product name shown to the buyer
   * @param unitPrice the price of one unit after discounts
   * @param quantity the units ordered
   */
  public record Line(
      String productId,
      String skuId,
      String sellerSku,
      String productName,
      Money unitPrice,
      int quantity) {}

  /**
   * Reads the orders of a search page or order detail response.
   *
   * @param data the response data, holding an {@code orders} array
   * @return the orders, in response order
   * @throws TikTokResponseException when an order lacks a documented field
   */
  public static List<TikTokOrder> listFrom(JsonNode data) {
    JsonNode orders = data.path("orders");
    if (orders.isMissingNode() || orders.isNull()) {
      return List.of();
    }
    if (!orders.isArray()) {
      throw new TikTokResponseException("orders must be an array: " + orders.getNodeType());
    }
    List<TikTokOrder> result = new ArrayList<>();
    for (JsonNode order : orders) {
      result.add(from(order));
    }
    return List.copyOf(result);
  }

  /** Reads one order object. */
  public static TikTokOrder from(JsonNode order) {
    String id = text(order, "id", "order");
    String field = "order " + id;
    JsonNode payment = order.path("payment");
    String currency = payment.path("currency").asText("");
    Money total = TikTokMoney.parse(
        field + " payment.total_amount", payment.path("total_amount").asText(null), currency);
    Map<String, Line> lines = new LinkedHashMap<>();
    for (JsonNode item : order.path("line_items")) {
      String skuId = text(item, "sku_id", field + " line item");
      String itemCurrency = item.path("currency").asText(currency);
      Money price = TikTokMoney.parse(
          field + " line item " + skuId + " sale_price",
          item.path("sale_price").asText(null),
          itemCurrency);
      String key = skuId + "\u0000" + price.dong();
      Line seen = lines.get(key);
      lines.put(
          key,
          seen == null
              ? new Line(
                  item.path("product_id").asText(""),
                  skuId,
                  item.path("seller_sku").asText(""),
                  item.path("product_name").asText(""),
                  price,
                  1)
              : new Line(
                  seen.productId(),
                  skuId,
                  seen.sellerSku(),
                  seen.productName(),
                  price,
                  seen.quantity() + 1));
    }
    return new TikTokOrder(
        id,
        text(order, "status", field),
        seconds(order, "create_time", field),
        order.has("update_time")
            ? seconds(order, "update_time", field)
            : seconds(order, "create_time", field),
        total,
        List.copyOf(lines.values()));
  }

  static String text(JsonNode node, String name, String where) {
    JsonNode value = node.path(name);
    if (!value.isTextual() || value.asText().isEmpty()) {
      throw new TikTokResponseException(where + " must have a non-empty " + name);
    }
    return value.asText();
  }

  static Instant seconds(JsonNode node, String name, String where) {
    JsonNode value = node.path(name);
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
      throw new TikTokResponseException(
          where + " " + name + " must be a Unix time in seconds: " + value);
    }
    return Instant.ofEpochSecond(value.asLong());
  }
}
