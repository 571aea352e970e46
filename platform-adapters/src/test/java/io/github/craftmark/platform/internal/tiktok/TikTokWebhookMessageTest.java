package io.github.craftmark.platform.internal.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TikTokWebhookMessageTest {
  static final String ORDER_STATUS_CHANGE = "{\"type\":1,\"tts_notification_id\":"
      + "\"7327112393057371910\",\"shop_id\":\"7494049642642441621\",\"timestamp\":1717398123,"
      + "\"data\":{\"order_id\":\"576461413038785752\",\"order_status\":\"AWAITING_SHIPMENT\","
      + "\"update_time\":1717398120}}";

  @Test
  void parse_orderStatusChange_readsEveryField() {
    TikTokWebhookMessage message = TikTokWebhookMessage.parse(
            ORDER_STATUS_CHANGE.getBytes(StandardCharsets.UTF_8))
        .orElseThrow();

    assertThat(message.type()).isEqualTo(TikTokWebhookMessage.ORDER_STATUS_CHANGE);
    assertThat(message.notificationId()).isEqualTo("7327112393057371910");
    assertThat(message.shopId()).isEqualTo("7494049642642441621");
    assertThat(message.timestamp()).isEqualTo(Instant.ofEpochSecond(1717398123));
    assertThat(message.orderId()).contains("576461413038785752");
    assertThat(message.data().path("order_status").asText()).isEqualTo("AWAITING_SHIPMENT");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "[]",
        "{}",
        "{\"type\":\"1\",\"shop_id\":\"1\",\"timestamp\":1}",
        "{\"type\":1,\"shop_id\":1,\"timestamp\":1}",
        "{\"type\":1,\"shop_id\":\"1\",\"timestamp\":-1}",
        "{\"type\":1.5,\"shop_id\":\"1\",\"timestamp\":1}",
        "{\"type\":99999999999,\"shop_id\":\"1\",\"timestamp\":1}",
        "{\"type\":1,\"shop_id\":\"1\",\"timestamp\":99999999999999999999}"
      })
  void parse_otherShapes_areEmpty(String body) {
    assertThat(TikTokWebhookMessage.parse(body.getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
  }

  @Test
  void orderId_whenDataHasNone_isEmpty() {
    TikTokWebhookMessage message = TikTokWebhookMessage.parse(
            "{\"type\":6,\"shop_id\":\"1\",\"timestamp\":1717398123,\"data\":{}}"
                .getBytes(StandardCharsets.UTF_8))
        .orElseThrow();

    assertThat(message.orderId()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("io.github.craftmark.platform.internal.tiktok.Fuzz#seeds")
  void parse_randomAndMutatedBodies_neverThrow(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 300; i++) {
      byte[] body = Fuzz.mutate(random, ORDER_STATUS_CHANGE);

      TikTokWebhookMessage.parse(body).ifPresent(m -> {
        assertThat(m.shopId()).isNotNull();
        assertThat(m.orderId()).isNotNull();
      });
    }
  }
}
