package io.github.craftmark.platform.internal.tiktok;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.craftmark.platform.internal.Json;
import java.time.Instant;
import java.util.Optional;

/**
 * A TikTok Shop webhook body: {@code {type, tts_notification_id, shop_id, timestamp, data}}. Read
 * only after its signature has been checked.
 *
 * @param type the event type number, e.g. 1 for an order status change
 * @param notificationId the notification id, the key for handling duplicates idempotently
 * @param shopId the shop the event is about
 * @param timestamp when TikTok Shop sent it
 * @param data the event's data object
 */
public record TikTokWebhookMessage(
    int type, String notificationId, String shopId, Instant timestamp, JsonNode data) {

  /** The type of an order status change. */
  public static final int ORDER_STATUS_CHANGE = 1;

  /** Reads a body; empty when it is not a webhook body of the documented shape. Never throws. */
  public static Optional<TikTokWebhookMessage> parse(byte[] body) {
    JsonNode root = Json.readObject(body).orElse(null);
    if (root == null
        || !root.path("type").canConvertToInt()
        || !root.path("type").isIntegralNumber()
        || !root.path("shop_id").isTextual()
        || !root.path("timestamp").isIntegralNumber()
        || !root.path("timestamp").canConvertToLong()) {
      return Optional.empty();
    }
    long seconds = root.path("timestamp").asLong();
    if (seconds < 0 || seconds > Instant.MAX.getEpochSecond()) {
      return Optional.empty();
    }
    return Optional.of(new TikTokWebhookMessage(
        root.path("type").asInt(),
        root.path("tts_notification_id").asText(""),
        root.path("shop_id").asText(),
        Instant.ofEpochSecond(seconds),
        root.path("data")));
  }

  /** Returns the order id of an order event, if the data has one. */
  public Optional<String> orderId() {
    JsonNode id = data.path("order_id");
    return id.isTextual() && !id.asText().isEmpty() ? Optional.of(id.asText()) : Optional.empty();
  }
}
