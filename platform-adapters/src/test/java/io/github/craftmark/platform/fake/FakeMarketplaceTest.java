package io.github.craftmark.platform.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.platform.AdapterSettings;
import io.github.craftmark.platform.ListingRejectedException;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceAdapter;
import io.github.craftmark.platform.MarketplaceAdapters;
import io.github.craftmark.platform.MarketplaceOrder;
import io.github.craftmark.platform.OrderLine;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.PriceUpdate;
import io.github.craftmark.platform.PublishedListing;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.StockUpdate;
import io.github.craftmark.platform.StockUpdateResult;
import io.github.craftmark.platform.WebhookEvent;
import io.github.craftmark.platform.WebhookRequest;
import io.github.craftmark.platform.WebhookVerification;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.testing.Samples;
import io.github.craftmark.platform.testing.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FakeMarketplaceTest {
  private static final ShopRef SHOP = ShopRef.of(Marketplace.FAKE, "shop-1");
  private static final ShopRef OTHER = ShopRef.of(Marketplace.FAKE, "shop-2");

  private final TestClock clock = new TestClock();
  private final FakeMarketplace fake = FakeMarketplace.builder()
      .clock(clock)
      .retryPolicy(
          RetryPolicy.builder().sleeper(clock.sleeper()).random(new Random(1)).build())
      .webhookSecret("fake-app-secret")
      .build();

  private static OrderLine line(int quantity, long unitPrice) {
    return new OrderLine(
        "fake-item-1",
        Optional.empty(),
        Optional.of("BT-BHL-25"),
        "Bình hút lộc men rạn đắp nổi",
        quantity,
        Money.ofDong(unitPrice));
  }

  @Test
  void publish_uploadsEachImageThenCreatesTheListing() {
    PublishedListing published = fake.publish(SHOP, Samples.vaseRequest(Marketplace.FAKE));

    assertThat(fake.uploadCount()).isEqualTo(2);
    assertThat(fake.callCount()).isEqualTo(3);
    assertThat(published.platformSkuIds()).containsOnlyKeys(Sku.of("BT-BHL-25"));
    assertThat(fake.listing(SHOP, published.listingId())).get().satisfies(l -> assertThat(l.title())
        .isEqualTo("Bình hút lộc men rạn đắp nổi"));
    assertThat(fake.price(SHOP, published.listingId(), Sku.of("BT-BHL-25")))
        .contains(Money.ofDong(1_250_000));
    assertThat(fake.stock(SHOP, published.listingId(), Sku.of("BT-BHL-25"))).hasValue(12);
    assertThat(fake.listing(OTHER, published.listingId())).isEmpty();
  }

  @Test
  void publish_whenRejected_makesNoCall() {
    assertThatThrownBy(() -> fake.publish(
            SHOP,
            Samples.vaseRequest(Marketplace.FAKE).toBuilder().images(List.of()).build()))
        .isInstanceOf(ListingRejectedException.class)
        .hasMessage("Fake marketplace error LISTING_REJECTED: refused before any call, 1 error:"
            + " NO_IMAGE images (must have at least 1 for Fake marketplace: 0)");
    assertThat(fake.callCount()).isZero();
  }

  @Test
  void publish_forAShopOfAnotherMarketplace_fails() {
    assertThatThrownBy(() -> fake.publish(
            ShopRef.of(Marketplace.SHOPEE, "1"), Samples.vaseRequest(Marketplace.FAKE)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("shop must be a shop on Fake marketplace: \"shopee:1\"");
  }

  @Test
  void updatePrice_outOfRangeOrUnknown_throwsWithTheFakesCodes() {
    PublishedListing published = fake.publish(SHOP, Samples.vaseRequest(Marketplace.FAKE));

    assertThatThrownBy(() ->
            fake.updatePrice(SHOP, published.priceUpdate(Sku.of("BT-BHL-25"), Money.ofDong(1))))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("PRICE_OUT_OF_RANGE");
          assertThat(e.httpStatus()).isEqualTo(400);
        });
    assertThatThrownBy(() -> fake.updatePrice(
            SHOP, PriceUpdate.of("fake-item-999", Sku.of("X"), Money.ofDong(5_000))))
        .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errorCode())
            .isEqualTo(FakeMarketplace.NOT_FOUND))
        .hasMessageStartingWith(
            "Fake marketplace error NOT_FOUND (HTTP 404, request id fake-request-");
    assertThat(fake.price(SHOP, published.listingId(), Sku.of("BT-BHL-25")))
        .contains(Money.ofDong(1_250_000));
  }

  @Test
  void updateStock_reportsAnUnknownSkuAsAFailedOutcome() {
    PublishedListing published = fake.publish(SHOP, Samples.vaseRequest(Marketplace.FAKE));

    StockUpdateResult result = fake.updateStock(
        SHOP,
        List.of(
            published.stockUpdate(Sku.of("BT-BHL-25"), 30),
            StockUpdate.of(published.listingId(), Sku.of("NO-SUCH"), 1)));

    assertThat(result.allSucceeded()).isFalse();
    assertThat(result.failures()).singleElement().satisfies(o -> {
      assertThat(o.sku()).isEqualTo(Sku.of("NO-SUCH"));
      assertThat(o.errorCode()).contains(FakeMarketplace.NOT_FOUND);
    });
    assertThat(fake.stock(SHOP, published.listingId(), Sku.of("BT-BHL-25"))).hasValue(30);
  }

  @Test
  void updateStock_splitsIntoBatchesOfTheCapability() {
    PublishedListing published = fake.publish(SHOP, Samples.vaseRequest(Marketplace.FAKE));
    List<StockUpdate> updates = new ArrayList<>();
    for (int i = 0; i < 44; i++) {
      updates.add(published.stockUpdate(Sku.of("NO-SUCH-" + i), i));
    }
    updates.add(published.stockUpdate(Sku.of("BT-BHL-25"), 44));
    long before = fake.callCount();

    StockUpdateResult result = fake.updateStock(SHOP, updates);

    assertThat(fake.callCount() - before).isEqualTo(3);
    assertThat(result.outcomes()).hasSize(45);
    assertThat(result.failures()).hasSize(44);
    assertThat(fake.stock(SHOP, published.listingId(), Sku.of("BT-BHL-25"))).hasValue(44);
  }

  @Test
  void addOrder_totalsTheLinesAndOrdersSinceFiltersByShop() {
    Instant at = clock.instant().minus(Duration.ofHours(3));

    MarketplaceOrder order = fake.addOrder(SHOP, at, line(2, 1_250_000), line(1, 350_000));
    fake.addOrder(OTHER, at, line(1, 10_000));

    assertThat(order.total()).isEqualTo(Money.ofDong(2_850_000));
    assertThat(fake.ordersSince(SHOP, at)).containsExactly(order);
    assertThat(fake.ordersSince(SHOP, at.plusSeconds(1))).isEmpty();
  }

  @Test
  void failNext_failsTheNextCallsInOrder() {
    PublishedListing published = fake.publish(SHOP, Samples.vaseRequest(Marketplace.FAKE));
    PlatformException first =
        PlatformException.builder(Marketplace.FAKE, "FIRST").build();
    PlatformException second =
        PlatformException.builder(Marketplace.FAKE, "SECOND").build();
    fake.failNext(first);
    fake.failNext(second);
    PriceUpdate update = published.priceUpdate(Sku.of("BT-BHL-25"), Money.ofDong(5_000));

    assertThatThrownBy(() -> fake.updatePrice(SHOP, update)).isSameAs(first);
    assertThatThrownBy(() -> fake.updatePrice(SHOP, update)).isSameAs(second);
    fake.updatePrice(SHOP, update);
    assertThat(fake.price(SHOP, published.listingId(), Sku.of("BT-BHL-25")))
        .contains(Money.ofDong(5_000));
  }

  @Test
  void rateLimitNext_isRetriedForIdempotentCallsButNotForPublishing() {
    fake.rateLimitNext(1);

    assertThatThrownBy(() -> fake.publish(SHOP, Samples.vaseRequest(Marketplace.FAKE)))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(FakeMarketplace.RATE_LIMITED);
          assertThat(e.isRetryable()).isTrue();
        });
    fake.rateLimitNext(2);
    assertThat(fake.listings(SHOP).toList()).isEmpty();
    assertThat(clock.sleeps()).hasSize(2);
  }

  @Test
  void verifyWebhook_parsesTheEventAfterChecking() {
    WebhookRequest push = fake.signedWebhook(WebhookEvent.Kind.ORDER_STATUS, SHOP, "fake-order-9");

    WebhookEvent event = fake.verifyWebhook(push).verifiedEvent().orElseThrow();

    assertThat(event.kind()).isEqualTo(WebhookEvent.Kind.ORDER_STATUS);
    assertThat(event.type()).isEqualTo("order_status");
    assertThat(event.shopId()).contains("shop-1");
    assertThat(event.orderId()).contains("fake-order-9");
    assertThat(event.eventId()).get().asString().startsWith("fake-event-");
    assertThat(event.occurredAt()).contains(clock.instant());
  }

  @Test
  void verifyWebhook_rejectsAnotherUrlAndGarbage() {
    WebhookRequest push = fake.signedWebhook(WebhookEvent.Kind.STOCK, SHOP, null);
    WebhookRequest moved = WebhookRequest.of(
        java.net.URI.create("https://shop.example.vn/webhooks/other"), push.headers(), push.body());
    WebhookRequest notJson = fake.signedWebhook(
        FakeMarketplace.DEFAULT_WEBHOOK_URL, "not json".getBytes(StandardCharsets.UTF_8));
    WebhookRequest noType = fake.signedWebhook(
        FakeMarketplace.DEFAULT_WEBHOOK_URL, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

    assertThat(fake.verifyWebhook(moved))
        .isEqualTo(WebhookVerification.rejected("signature does not match"));
    assertThat(fake.verifyWebhook(notJson))
        .isEqualTo(WebhookVerification.rejected("body is not valid JSON"));
    assertThat(fake.verifyWebhook(noType))
        .isEqualTo(WebhookVerification.rejected("body is not a push: no type"));
    assertThat(fake.verifyWebhook(null)).isEqualTo(WebhookVerification.rejected("no request"));
  }

  @Test
  void publish_from16Threads_makesDistinctListings() throws Exception {
    int threads = 16;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<String>> ids = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        ids.add(pool.submit(() -> {
          start.await();
          return fake.publish(SHOP, Samples.vaseRequest(Marketplace.FAKE)).listingId();
        }));
      }
      start.countDown();
      HashSet<String> distinct = new HashSet<>();
      for (Future<String> id : ids) {
        distinct.add(id.get());
      }

      assertThat(distinct).hasSize(threads);
      assertThat(fake.listingsOf(SHOP)).hasSize(threads);
      assertThat(fake.callCount()).isEqualTo(3L * threads);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void provider_isFoundByServiceLoaderAndUsesTheSettings() {
    MarketplaceAdapter adapter = MarketplaceAdapters.create(
        Marketplace.FAKE,
        AdapterSettings.builder().appSecret("provider-secret").clock(clock).build());
    FakeMarketplace signer =
        FakeMarketplace.builder().webhookSecret("provider-secret").build();

    assertThat(adapter).isInstanceOf(FakeMarketplace.class);
    assertThat(adapter
            .verifyWebhook(signer.signedWebhook(WebhookEvent.Kind.OTHER, SHOP, null))
            .isVerified())
        .isTrue();
  }

  @Test
  void toString_neverShowsTheSecret() {
    fake.publish(SHOP, Samples.vaseRequest(Marketplace.FAKE));

    assertThat(fake.toString())
        .isEqualTo("FakeMarketplace[fake, 1 listings, 0 orders, 3 calls]")
        .doesNotContain("fake-app-secret");
  }
}
