package io.github.craftmark.platform.internal.shopee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.auth.AccessToken;
import io.github.craftmark.platform.auth.InMemoryTokenStore;
import io.github.craftmark.platform.http.RateLimiter;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.http.TransportResponse;
import io.github.craftmark.platform.shopee.ShopeeSigner;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ShopeeClientTest {
  static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  static final ShopRef SHOP = ShopRef.of(Marketplace.SHOPEE, "14701711");

  final List<Duration> waits = new ArrayList<>();
  final InMemoryTokenStore tokens = new InMemoryTokenStore();

  ShopeeClient client(List<TransportResponse> answers, AtomicInteger calls) {
    tokens.save(
        SHOP,
        AccessToken.of(
            "t0k3n", "r3fresh", NOW.plus(Duration.ofHours(4)), NOW.plus(Duration.ofDays(30))));
    return new ShopeeClient(
        URI.create("https://partner.shopeemobile.com"),
        ShopeeSigner.of(2001887, "EXAMPLE-partner-key"),
        request -> answers.get(Math.min(calls.getAndIncrement(), answers.size() - 1)),
        tokens,
        Clock.fixed(NOW, ZoneOffset.UTC),
        RetryPolicy.builder()
            .sleeper(waits::add)
            .random(new Random(3))
            .maxDelay(Duration.ofSeconds(20))
            .build(),
        RateLimiter.unlimited());
  }

  static TransportResponse answer(int status, String body, Map<String, List<String>> headers) {
    return new TransportResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void read_whenTheAnswerHoldsValuesTheSdkRefuses_isAnUnexpectedResponse() {
    ShopeeEnvelope answer = ShopeeEnvelope.parse(
        200,
        "{\"request_id\":\"r42\",\"error\":\"\",\"response\":{}}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> ShopeeClient.read(answer, a -> {
          throw new InvalidValueException("itemName", "must not be blank", "");
        }))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(PlatformException.UNEXPECTED_RESPONSE);
          assertThat(e.requestId()).contains("r42");
          assertThat(e.getCause()).isInstanceOf(InvalidValueException.class);
        });
  }

  @Test
  void shopCall_whenRateLimitedWithRetryAfter_waitsAtLeastThatLong() {
    AtomicInteger calls = new AtomicInteger();
    ShopeeClient client = client(
        List.of(
            answer(
                429,
                "{\"error\":\"error_rate_limit\",\"message\":\"slow\"}",
                Map.of("Retry-After", List.of("7"))),
            answer(200, "{\"error\":\"\",\"response\":{\"has_next_page\":false}}", Map.of())),
        calls);

    ShopeeEnvelope answer =
        client.shopCall(SHOP, ShopeeRequest.get(ShopeeEndpoint.GET_ITEM_LIST, List.of()));

    assertThat(answer.ok()).isTrue();
    assertThat(calls.get()).isEqualTo(2);
    assertThat(waits).hasSize(1);
    assertThat(waits.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void shopCall_whenAnswerIsNotJson_failsAsInvalidResponse() {
    AtomicInteger calls = new AtomicInteger();
    ShopeeClient client = client(List.of(answer(200, "<html>maintenance</html>", Map.of())), calls);

    assertThatThrownBy(
            () -> client.shopCall(SHOP, ShopeeRequest.get(ShopeeEndpoint.GET_ITEM_LIST, List.of())))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("invalid_response");
          assertThat(e.httpStatus()).isEqualTo(200);
        });
  }

  @Test
  void read_whenAFieldIsMissing_failsAsUnexpectedResponseWithTheRequestId() {
    ShopeeEnvelope answer = ShopeeEnvelope.parse(
        200,
        "{\"request_id\":\"abc\",\"error\":\"\",\"response\":{}}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> ShopeeClient.read(answer, ShopeeResponses::itemId))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(PlatformException.UNEXPECTED_RESPONSE);
          assertThat(e.requestId()).contains("abc");
          assertThat(e.platformMessage())
              .isEqualTo("item_id must be a whole number (request_id abc)");
        });
  }

  @Test
  void shopId_acceptsOnlyShopeesNumericIds() {
    assertThat(ShopeeClient.shopId(SHOP)).isEqualTo(14701711L);
    assertThatThrownBy(() -> ShopeeClient.shopId(ShopRef.of(Marketplace.SHOPEE, "0")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("shop.shopId must be Shopee's numeric shop_id: \"0\"");
    assertThatThrownBy(() -> ShopeeClient.shopId(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("shop must not be null: null");
  }

  @Test
  void retryPolicy_knowsShopeesRateLimitCodes() {
    ShopeeClient client = client(List.of(answer(200, "{}", Map.of())), new AtomicInteger());

    assertThat(client.retryPolicy().rateLimitCodes())
        .containsExactlyInAnyOrder("error_rate_limit", "error_limit");
    assertThat(client.toString()).isEqualTo("ShopeeClient[https://partner.shopeemobile.com]");
  }
}
