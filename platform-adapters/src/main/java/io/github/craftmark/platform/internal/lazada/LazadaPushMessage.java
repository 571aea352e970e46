package io.github.craftmark.platform.internal.lazada;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A Lazada push message (Lazada Push Mechanism), read only after its signature was checked.
 *
 * <p>Lazada delivers "at least once": a message that was not acknowledged with HTTP 200 within
 * 500 ms is sent again every 30 minutes, up to 12 times, and a small number of duplicates is normal
 * even when it was. The body has no message id, and the push {@code timestamp} is the time of
 * sending, so a retry differs from the first delivery there. {@link #eventId()} is therefore
 * derived from what the message says, not from when it was sent: SHA-256 over the canonical JSON
 * (object keys sorted, no spaces) of {@code seller_id}, {@code message_type} and {@code data}.
 * Two deliveries of one change share it; two changes (another status, another order line, another
 * {@code status_update_time}) do not. Consumers store it to process each change once.
 *
 * @param eventId the idempotency key, {@code "lazada-" + message_type + "-" + 64 hex digits}
 * @param messageType the {@code message_type} (0 trade order, 8 token expiry alert, ...)
 * @param sellerId the seller, from the message or, failing that, from its data
 * @param site the site, e.g. {@code lazada_vn}
 * @param sentAt when Lazada sent it (seconds or milliseconds in the body, both accepted)
 * @param tradeOrderId the order, for order messages
 * @param orderStatus the new status, for order messages
 * @param data the {@code data} object as sent
 */
record LazadaPushMessage(
    String eventId,
    int messageType,
    Optional<String> sellerId,
    Optional<String> site,
    Optional<Instant> sentAt,
    Optional<String> tradeOrderId,
    Optional<String> orderStatus,
    JsonNode data) {

  /** {@code message_type} of trade order status changes. */
  static final int TRADE_ORDER = 0;

  // Below this a timestamp is in seconds: 10^11 seconds is the year 5138, 10^11 ms is 1973.
  private static final long SECONDS_LIMIT = 100_000_000_000L;

  /** Reads a verified body; empty when it is not a Lazada push message. Never throws. */
  static Optional<LazadaPushMessage> parse(byte[] body) {
    Optional<JsonNode> json = LazadaJson.read(body).filter(JsonNode::isObject);
    if (json.isEmpty()) {
      return Optional.empty();
    }
    JsonNode root = json.get();
    JsonNode type = root.path("message_type");
    int messageType;
    if (type.isIntegralNumber() && type.canConvertToInt()) {
      messageType = type.asInt();
    } else if (type.isTextual() && type.asText().matches("[0-9]{1,9}")) {
      messageType = Integer.parseInt(type.asText());
    } else {
      return Optional.empty();
    }
    JsonNode data = root.path("data");
    if (!data.isObject()) {
      return Optional.empty();
    }
    Optional<String> sellerId = LazadaJson.text(root, "seller_id")
        .filter(s -> !s.isBlank() && !s.equals("null"))
        .or(() -> LazadaJson.text(data, "seller_id").filter(s -> !s.isBlank()));
    ObjectNode identity = JsonNodeFactory.instance.objectNode();
    identity.set(
        "seller_id",
        root.path("seller_id").isMissingNode()
            ? JsonNodeFactory.instance.nullNode()
            : root.path("seller_id"));
    identity.put("message_type", messageType);
    identity.set("data", data);
    String eventId = "lazada-" + messageType + "-" + sha256Hex(canonical(identity));
    return Optional.of(new LazadaPushMessage(
        eventId,
        messageType,
        sellerId,
        LazadaJson.text(root, "site"),
        instant(root.path("timestamp")),
        LazadaJson.text(data, "trade_order_id"),
        LazadaJson.text(data, "order_status"),
        data));
  }

  private static Optional<Instant> instant(JsonNode node) {
    if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() <= 0) {
      return Optional.empty();
    }
    long value = node.asLong();
    return Optional.of(
        value < SECONDS_LIMIT ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value));
  }

  /** Compact JSON with every object's keys in sorted order, so equal content gives equal text. */
  static String canonical(JsonNode node) {
    return LazadaJson.write(sorted(node));
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      names.sort(null);
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (String name : names) {
        copy.set(name, sorted(node.get(name)));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(sorted(element)));
      return copy;
    }
    return node;
  }

  private static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
