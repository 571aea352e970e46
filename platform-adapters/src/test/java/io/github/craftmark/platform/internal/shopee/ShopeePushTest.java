package io.github.craftmark.platform.internal.shopee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShopeePushTest {
  // The order_status_push sample of Shopee's push documentation.
  static final String ORDER_STATUS = "{\"data\":{\"items\":[],\"ordersn\":\"220810QSK8S7BX\","
      + "\"status\":\"PROCESSED\",\"completed_scenario\":\"\",\"update_time\":1660123127},"
      + "\"shop_id\":727720655,\"code\":3,\"timestamp\":1660123127}";

  @Test
  void parse_readsAnOrderStatusPush() {
    ShopeePush push =
        ShopeePush.parse(ORDER_STATUS.getBytes(StandardCharsets.UTF_8)).orElseThrow();

    assertThat(push.code()).isEqualTo(ShopeePush.ORDER_STATUS);
    assertThat(push.shopId()).isEqualTo(727720655L);
    assertThat(push.timestamp()).isEqualTo(Instant.ofEpochSecond(1660123127));
    assertThat(push.orderSn()).contains("220810QSK8S7BX");
    assertThat(push.status()).contains("PROCESSED");
    assertThat(push.data()).startsWith("{\"items\":[],\"ordersn\":\"220810QSK8S7BX\"");
  }

  @Test
  void parse_whenPushHasNoOrder_leavesThoseEmpty() {
    ShopeePush push = ShopeePush.parse(
            "{\"code\":1,\"timestamp\":1660123200,\"data\":{\"shop_id\":1}}"
                .getBytes(StandardCharsets.UTF_8))
        .orElseThrow();

    assertThat(push.shopId()).isZero();
    assertThat(push.orderSn()).isEmpty();
    assertThat(push.status()).isEqualTo(Optional.empty());
  }

  @Test
  void parse_whenNotAPush_isEmpty() {
    assertThat(ShopeePush.parse(new byte[0])).isEmpty();
    assertThat(ShopeePush.parse(null)).isEmpty();
    assertThat(ShopeePush.parse("[]".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(
            ShopeePush.parse("{\"code\":\"3\",\"timestamp\":1}".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(ShopeePush.parse("{\"code\":3}".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
  }

  static Stream<byte[]> fuzzInputs() {
    return ShopeeFuzz.mutations(31L, 2_000, ORDER_STATUS).stream();
  }

  @ParameterizedTest
  @MethodSource("fuzzInputs")
  void parse_onRandomBytes_neverThrows(byte[] body) {
    Optional<ShopeePush> push = ShopeePush.parse(body);

    push.ifPresent(p -> assertThat(p.data()).startsWith("{"));
  }
}
