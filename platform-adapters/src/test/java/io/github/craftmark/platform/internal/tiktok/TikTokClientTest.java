package io.github.craftmark.platform.internal.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.auth.AccessToken;
import io.github.craftmark.platform.auth.InMemoryTokenStore;
import io.github.craftmark.platform.http.HttpTransport;
import io.github.craftmark.platform.http.RateLimiter;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.http.TransportRequest;
import io.github.craftmark.platform.http.TransportResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The client against scripted responses; the end-to-end behaviour is in the adapter's tests. */
class TikTokClientTest {
  private static final Instant NOW = Instant.parse("2024-06-03T05:00:00Z");
  private static final ShopRef SHOP = ShopRef.of(Marketplace.TIKTOK_SHOP, "7494049642642441621")
      .withProperty(TikTokClient.SHOP_CIPHER, "ROW_EXAMPLEcipher01");

  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final List<TransportRequest> sent = new CopyOnWriteArrayList<>();

  private TikTokClient client(Deque<TransportResponse> responses) {
    InMemoryTokenStore store = new InMemoryTokenStore();
    store.save(
        SHOP,
        AccessToken.of(
            "TTP_EXAMPLEaccess",
            "TTP_EXAMPLErefresh",
            NOW.plus(Duration.ofDays(7)),
            NOW.plus(Duration.ofDays(365))));
    HttpTransport transport = request -> {
      sent.add(request);
      return responses.isEmpty() ? TransportResponse.of(500, "{}") : responses.poll();
    };
    return new TikTokClient(
        "6abc123EXAMPLE",
        "EXAMPLEsecret7d2e4f6a",
        URI.create("https://open-api.example.test/base/"),
        URI.create("https://auth.example.test"),
        transport,
        Clock.fixed(NOW, ZoneOffset.UTC),
        RetryPolicy.builder().sleeper(sleeps::add).random(new Random(1)).build(),
        RateLimiter.unlimited(),
        store,
        Duration.ofMinutes(5),
        "7068517275539719942");
  }

  private static final String ORDER = "{\"id\":\"576461413038785752\",\"status\":\"UNPAID\","
      + "\"create_time\":1717390800,\"payment\":{\"currency\":\"VND\",\"total_amount\":\"1\"}}";

  private static TransportResponse page(String items, String next) {
    return TransportResponse.of(
        200,
        "{\"code\":0,\"data\":{\"orders\":[" + items + "],\"next_page_token\":\"" + next + "\"}}");
  }

  @Test
  void execute_whenTheAnswerHoldsValuesTheSdkRefuses_isAnUnexpectedResponse() {
    TikTokClient client = client(new ArrayDeque<>(List.of(
        TransportResponse.of(200, "{\"code\":0,\"data\":{},\"request_id\":\"2024EXAMPLE01\"}"))));

    assertThatThrownBy(() -> client.execute(
            SHOP, TikTokClient.Call.get("/order/202309/orders", Map.of("ids", "1"), true), data -> {
              throw new InvalidValueException("name", "must not be blank", "");
            }))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(PlatformException.UNEXPECTED_RESPONSE);
          assertThat(e.requestId()).contains("2024EXAMPLE01");
          assertThat(e.getCause()).isInstanceOf(InvalidValueException.class);
        });
  }

  @Test
  void pages_whenTheNextTokenRepeats_endsInsteadOfLoopingForever() {
    TikTokClient client = client(new ArrayDeque<>(List.of(
        page(ORDER, "b2Zm"),
        page(ORDER.replace("576461413038785752", "576461413038785753"), "b2Zm"))));

    List<TikTokOrder> orders = client
        .pages(
            SHOP,
            token -> TikTokClient.Call.get(
                "/order/202309/orders/search",
                token.isEmpty() ? Map.of() : Map.of("page_token", token),
                true),
            TikTokOrder::listFrom)
        .toList();

    assertThat(orders)
        .extracting(TikTokOrder::id)
        .containsExactly("576461413038785752", "576461413038785753");
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).uri().getRawQuery()).contains("page_token=b2Zm");
  }

  @Test
  void execute_rateLimitedWithRetryAfter_waitsAtLeastThatLong() {
    TransportResponse limited = new TransportResponse(
        429,
        Map.of("Retry-After", List.of("3")),
        "{\"code\":36009002,\"message\":\"Too many requests.\"}".getBytes(StandardCharsets.UTF_8));
    TikTokClient client = client(new ArrayDeque<>(List.of(limited, page("", ""))));

    client.execute(SHOP, TikTokClient.Call.get("/order/202309/orders", Map.of("ids", "1"), true));

    assertThat(sleeps).hasSize(1);
    assertThat(sleeps.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void execute_keepsTheBasePathButSignsOnlyTheApiPath() {
    TikTokClient client = client(new ArrayDeque<>(List.of(page("", ""))));

    client.execute(SHOP, TikTokClient.Call.get("/order/202309/orders", Map.of("ids", "1,2"), true));

    URI uri = sent.get(0).uri();
    assertThat(uri.getRawPath()).isEqualTo("/base/order/202309/orders");
    assertThat(uri.getRawQuery())
        .startsWith(
            "app_key=6abc123EXAMPLE&shop_cipher=ROW_EXAMPLEcipher01&ids=1%2C2&timestamp=1717390800&sign=");
    String sign = uri.getRawQuery().replaceAll(".*sign=", "");
    Map<String, String> query = Map.of(
        "app_key", "6abc123EXAMPLE",
        "shop_cipher", "ROW_EXAMPLEcipher01",
        "ids", "1,2",
        "timestamp", "1717390800");
    assertThat(sign)
        .isEqualTo(io.github.craftmark.platform.tiktok.TikTokShopSigner.of("EXAMPLEsecret7d2e4f6a")
            .sign("/order/202309/orders", query));
    assertThat(sent.get(0).headers())
        .containsEntry("x-tts-access-token", List.of("TTP_EXAMPLEaccess"));
  }

  @Test
  void exchangeCode_sendsTheSecretOnlyToTheTokenHostAndNeverRetries() {
    TikTokClient client = client(new ArrayDeque<>(List.of(TransportResponse.of(503, "busy"))));

    assertThatThrownBy(() -> client.exchangeCode("EXAMPLEcode"))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.getMessage())
              .doesNotContain("EXAMPLEsecret7d2e4f6a")
              .doesNotContain("EXAMPLEcode");
        });
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).uri().getHost()).isEqualTo("auth.example.test");
    assertThat(sent.get(0).uri().getPath()).isEqualTo("/api/v2/token/get");
    assertThat(sent.get(0).toString()).doesNotContain("EXAMPLEsecret7d2e4f6a");
  }

  @Test
  void warehouseFor_prefersTheShopPropertyThenTheDefault() {
    TikTokClient client = client(new ArrayDeque<>());

    assertThat(client.warehouseFor(SHOP.withProperty(TikTokClient.WAREHOUSE_ID, "42")))
        .isEqualTo("42");
    assertThat(client.warehouseFor(SHOP)).isEqualTo("7068517275539719942");
    assertThat(sent).isEmpty();
  }
}
