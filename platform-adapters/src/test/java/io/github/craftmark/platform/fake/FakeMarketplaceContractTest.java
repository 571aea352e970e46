package io.github.craftmark.platform.fake;

import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceAdapterContractTest;
import io.github.craftmark.platform.OrderLine;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.WebhookEvent;
import io.github.craftmark.platform.WebhookRequest;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.testing.Samples;
import io.github.craftmark.platform.testing.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The fake passes the same contract as the real adapters. */
class FakeMarketplaceContractTest extends MarketplaceAdapterContractTest {
  private static final ShopRef SHOP = ShopRef.of(Marketplace.FAKE, "shop-1");

  @Override
  protected Fixture createFixture(TestClock clock, RetryPolicy retryPolicy) {
    FakeMarketplace fake = FakeMarketplace.builder()
        .clock(clock)
        .retryPolicy(retryPolicy)
        .webhookSecret("fake-app-secret")
        .pageSize(7)
        .build();
    return new Fixture(fake, new StandIn(fake, clock), SHOP);
  }

  /** The fake is its own platform; its call count stands for the requests. */
  private static final class StandIn implements PlatformStandIn {
    private final FakeMarketplace fake;
    private final TestClock clock;

    StandIn(FakeMarketplace fake, TestClock clock) {
      this.fake = fake;
      this.clock = clock;
    }

    @Override
    public long requestCount() {
      return fake.callCount();
    }

    @Override
    public List<String> addListings(ShopRef shop, int count) {
      // The seller centre is the fake itself: publish through a second, unretried handle.
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ids.add(fake.publish(shop, Samples.vaseRequest(Marketplace.FAKE)).listingId());
      }
      return ids;
    }

    @Override
    public int listingsPageSize() {
      return 7;
    }

    @Override
    public List<String> addOrders(ShopRef shop, List<Instant> createdAt) {
      List<String> ids = new ArrayList<>();
      for (Instant at : createdAt) {
        ids.add(fake.addOrder(
                shop,
                at,
                new OrderLine(
                    "fake-item-1",
                    Optional.empty(),
                    Optional.of("BT-BHL-25"),
                    "Bình hút lộc men rạn đắp nổi",
                    1,
                    Money.ofDong(1_250_000)))
            .orderId());
      }
      return ids;
    }

    @Override
    public int ordersPageSize() {
      return 7;
    }

    @Override
    public Optional<Money> price(ShopRef shop, String listingId, Sku sku) {
      return fake.price(shop, listingId, sku);
    }

    @Override
    public OptionalInt stock(ShopRef shop, String listingId, Sku sku) {
      return fake.stock(shop, listingId, sku);
    }

    @Override
    public void failNext(PlatformError error) {
      PlatformException.Builder failure = PlatformException.builder(Marketplace.FAKE, error.code())
          .message(error.message())
          .requestId(error.requestId())
          .httpStatus(error.httpStatus());
      fake.failNext(failure.build());
    }

    @Override
    public PlatformError sampleError() {
      return new PlatformError("INVALID_PARAMETER", "price_list is invalid", "fake-req-9", 400);
    }

    @Override
    public PlatformError rateLimitError() {
      return new PlatformError(FakeMarketplace.RATE_LIMITED, "too many calls", "fake-req-rl", 429);
    }

    @Override
    public WebhookRequest signedWebhook(ShopRef shop) {
      return fake.signedWebhook(WebhookEvent.Kind.ORDER_STATUS, shop, "fake-order-1");
    }

    @Override
    public WebhookRequest webhookSignedWith(ShopRef shop, String secret) {
      FakeMarketplace other =
          FakeMarketplace.builder().clock(clock).webhookSecret(secret).build();
      return other.signedWebhook(WebhookEvent.Kind.ORDER_STATUS, shop, "fake-order-1");
    }

    @Override
    public void close() {}
  }
}
