package io.github.craftmark.platform.internal.lazada;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LazadaPushMessageTest {
  // Trade order message from Lazada's "Lazada Push Mechanism" page.
  private static final String TRADE_ORDER = "{\"seller_id\":\"1234567\",\"message_type\":0,"
      + "\"data\":{\"order_status\":\"unpaid\",\"status_update_time\":1603698638,"
      + "\"trade_order_id\":\"260422900198363\",\"trade_order_line_id\":\"260422900298363\"},"
      + "\"timestamp\":1603766859530,\"site\":\"lazada_vn\"}";

  private static Optional<LazadaPushMessage> parse(String body) {
    return LazadaPushMessage.parse(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void parse_tradeOrderMessage_readsItsFields() {
    LazadaPushMessage message = parse(TRADE_ORDER).orElseThrow();

    assertThat(message.messageType()).isEqualTo(LazadaPushMessage.TRADE_ORDER);
    assertThat(message.sellerId()).contains("1234567");
    assertThat(message.site()).contains("lazada_vn");
    assertThat(message.sentAt()).contains(Instant.ofEpochMilli(1603766859530L));
    assertThat(message.tradeOrderId()).contains("260422900198363");
    assertThat(message.orderStatus()).contains("unpaid");
    assertThat(message.eventId()).matches("lazada-0-[0-9a-f]{64}");
  }

  @Test
  void eventId_ofARetry_isTheSameEvenWhenTimestampAndLayoutDiffer() {
    String retry = "{ \"site\": \"lazada_vn\", \"timestamp\": 1603768659530, \"message_type\": 0,"
        + " \"data\": { \"trade_order_line_id\": \"260422900298363\", \"trade_order_id\":"
        + " \"260422900198363\", \"status_update_time\": 1603698638, \"order_status\": \"unpaid\" },"
        + " \"seller_id\": \"1234567\" }";

    assertThat(parse(retry).orElseThrow().eventId())
        .isEqualTo(parse(TRADE_ORDER).orElseThrow().eventId());
  }

  @Test
  void eventId_ofAnotherChange_differs() {
    String paid = TRADE_ORDER.replace("unpaid", "pending").replace("1603698638", "1603698700");
    String otherLine = TRADE_ORDER.replace("260422900298363", "260422900298364");

    String first = parse(TRADE_ORDER).orElseThrow().eventId();
    assertThat(parse(paid).orElseThrow().eventId()).isNotEqualTo(first);
    assertThat(parse(otherLine).orElseThrow().eventId()).isNotEqualTo(first);
  }

  @Test
  void parse_tokenExpiryAlert_takesSellerFromDataAndSecondsTimestamp() {
    // "Webhook API Authorization Token Expiration Alert" sample (comment removed).
    String alert = "{\"seller_id\":\"null\",\"message_type\":8,\"data\":{\"app_key\":\"115527\","
        + "\"auth_expiry_time\":1627542238,\"seller_id\":\"1000165972\"},"
        + "\"timestamp\":1627416758,\"site\":\"lazada_ph\"}";

    LazadaPushMessage message = parse(alert).orElseThrow();

    assertThat(message.messageType()).isEqualTo(8);
    assertThat(message.sellerId()).contains("1000165972");
    assertThat(message.sentAt()).contains(Instant.ofEpochSecond(1627416758L));
    assertThat(message.tradeOrderId()).isEmpty();
    assertThat(message.eventId()).startsWith("lazada-8-");
  }

  @Test
  void parse_whenNotAPushMessage_isEmpty() {
    assertThat(parse("")).isEmpty();
    assertThat(parse("[]")).isEmpty();
    assertThat(parse("{\"message_type\":0}")).isEmpty();
    assertThat(parse("{\"message_type\":\"zero\",\"data\":{}}")).isEmpty();
    assertThat(parse("{\"data\":{}}")).isEmpty();
    assertThat(LazadaPushMessage.parse(null)).isEmpty();
  }

  @Test
  void canonical_sortsKeysAtEveryLevel() {
    String canonical = LazadaPushMessage.canonical(
        LazadaJson.read("{\"b\":[{\"z\":1,\"a\":2}],\"a\":{\"y\":true,\"x\":null}}"
                .getBytes(StandardCharsets.UTF_8))
            .orElseThrow());

    assertThat(canonical).isEqualTo("{\"a\":{\"x\":null,\"y\":true},\"b\":[{\"a\":2,\"z\":1}]}");
  }

  @ParameterizedTest
  @MethodSource("io.github.craftmark.platform.internal.lazada.Mutations#seeds")
  void parse_mutatedBodies_neverThrow(long seed) {
    Random random = new Random(seed);
    byte[] sample = TRADE_ORDER.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 200; i++) {
      Optional<LazadaPushMessage> message =
          LazadaPushMessage.parse(Mutations.mutate(sample, random));
      message.ifPresent(m -> assertThat(m.eventId()).startsWith("lazada-"));
    }
  }
}
