package io.github.craftmark.platform.internal.lazada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.platform.MarketplaceOrder;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.auth.InMemoryTokenStore;
import io.github.craftmark.platform.http.JdkHttpTransport;
import io.github.craftmark.platform.http.RateLimiter;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.lazada.LazadaSigner;
import io.github.craftmark.platform.lazada.LazadaStandIn;
import io.github.craftmark.platform.testing.TestClock;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order pager's walk past Lazada's offset limit, with a small page and limit to see it. */
class LazadaServiceTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private TestClock clock;
  private LazadaStandIn standIn;
  private LazadaService service;
  private ShopRef shop;

  @BeforeEach
  void start() throws IOException {
    clock = new TestClock(Instant.parse("2026-03-01T02:00:00Z"));
    standIn = LazadaStandIn.start("100001", "EXAMPLE-secret", clock);
    service = new LazadaService(new LazadaConfig(
        "100001",
        LazadaSigner.of("EXAMPLE-secret"),
        standIn.gateway(),
        standIn.gateway(),
        LazadaConfig.AUTHORIZE_ENDPOINT,
        "vn",
        JdkHttpTransport.create(),
        new InMemoryTokenStore(),
        clock,
        RetryPolicy.none(),
        RateLimiter.unlimited(),
        new Random(3),
        20,
        LazadaConfig.REFRESH_MARGIN));
    standIn.issueAuthCode("0_EXAMPLE", "200123456");
    shop = service.authorize("0_EXAMPLE");
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  private void order(String id, Instant created) {
    standIn.addOrder(
        id,
        created,
        created,
        0,
        new LazadaStandIn.StoredItem(
            id + "-1", "3069252927", 15298395971L, "VP-KL-50-DO", "Khăn lụa", 350_000, "pending"));
  }

  @Test
  void ordersSince_pastTheOffsetLimit_restartsFromTheLastCreationTimeWithoutRepeats() {
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      String id = String.format("4912530821800%02d", i);
      // Orders 5, 6 and 7 share one second, where the first restart falls.
      Instant created = i >= 5 && i <= 7 ? T0.plusSeconds(5 * 3600) : T0.plusSeconds(i * 3600L);
      order(id, created);
      expected.add(id);
    }

    List<String> read =
        service.ordersSince(shop, T0, 2, 4).map(MarketplaceOrder::orderId).toList();

    assertThat(read).containsExactlyElementsOf(expected);
    List<LazadaStandIn.Received> calls = standIn.received(LazadaService.ORDERS_GET);
    assertThat(calls)
        .extracting(c -> c.parameters().get("offset"))
        .containsSubsequence("0", "2", "4", "0");
    assertThat(calls)
        .extracting(c -> c.parameters().get("created_after"))
        .contains("2026-01-01T07:00:00+07:00", "2026-01-01T12:00:00+07:00");
    assertThat(calls).allSatisfy(c -> assertThat(Integer.parseInt(c.parameters().get("offset")))
        .isLessThanOrEqualTo(4));
  }

  @Test
  void ordersSince_whenOneSecondHoldsMoreOrdersThanTheOffsetReaches_failsClearly() {
    IntStream.rangeClosed(1, 8)
        .forEach(i -> order(String.format("4912530821800%02d", i), T0.plusSeconds(60)));

    assertThatThrownBy(() -> service.ordersSince(shop, T0, 2, 4).toList())
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(PlatformException.UNEXPECTED_RESPONSE);
          assertThat(e.platformMessage()).startsWith("more than 6 orders of shop lazada:200123456");
        });
  }

  @Test
  void ordersSince_skipsOrdersBeforeSinceWithinItsSecond() {
    order("491253082180001", T0.plusMillis(100));
    order("491253082180002", T0.plusMillis(900));

    List<String> read = service
        .ordersSince(shop, T0.plusMillis(500))
        .map(MarketplaceOrder::orderId)
        .toList();

    // Lazada's times have whole seconds; the stand-in keeps the milliseconds to show the filter.
    assertThat(read).containsExactly("491253082180002");
  }
}
