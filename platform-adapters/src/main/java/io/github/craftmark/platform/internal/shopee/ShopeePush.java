package io.github.craftmark.platform.internal.shopee;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.craftmark.platform.internal.Json;
import java.time.Instant;
import java.util.Optional;

/**
 * The body of a Shopee push, read only after its signature was verified: {@code {"code": <push
 * code>, "shop_id": …, "timestamp": …, "data": {…}}}. Push code 3 ({@code order_status_push})
 * carries {@code data.ordersn} and {@code data.status}.
 *
 * @param code the push code, e.g. 3 for an order status change
 * @param shopId the shop concerned, 0 for partner-level pushes
 * @param timestamp when Shopee sent it
 * @param data the {@code data} object as JSON text, {@code {}} when absent
 * @param orderSn {@code data.ordersn}, when present
 * @param status {@code data.status}, when present
 */
public record ShopeePush(
    int code,
    long shopId,
    Instant timestamp,
    String data,
    Optional<String> orderSn,
    Optional<String> status) {

  /** The push code of {@code order_status_push}. */
  public static final int ORDER_STATUS = 3;

  /**
   * Reads a push body. Never throws: anything that is not a JSON object with a numeric {@code code}
   * and {@code timestamp} gives an empty result.
   *
   * @param body the verified raw body
   * @return the push, or empty when malformed
   */
  public static Optional<ShopeePush> parse(byte[] body) {
    Optional<JsonNode> json = Json.readObject(body);
    if (json.isEmpty()) {
      return Optional.empty();
    }
    JsonNode root = json.get();
    JsonNode code = root.path("code");
    JsonNode timestamp = root.path("timestamp");
    if (!code.isIntegralNumber() || !code.canConvertToInt() || !timestamp.isIntegralNumber()) {
      return Optional.empty();
    }
    long seconds = timestamp.asLong();
    if (seconds < 0 || seconds >= 253_402_300_800L) {
      return Optional.empty();
    }
    JsonNode shop = root.path("shop_id");
    JsonNode data = root.path("data");
    return Optional.of(new ShopeePush(
        code.asInt(),
        shop.isIntegralNumber() && shop.canConvertToLong() ? shop.asLong() : 0,
        Instant.ofEpochSecond(seconds),
        data.isObject() ? data.toString() : "{}",
        text(data, "ordersn"),
        text(data, "status")));
  }

  private static Optional<String> text(JsonNode data, String field) {
    JsonNode node = data.path(field);
    return node.isTextual() && !node.asText().isEmpty()
        ? Optional.of(node.asText())
        : Optional.empty();
  }
}
