package io.github.craftmark.platform.lazada;

import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.platform.MarketplaceAdapterContractTest;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.WebhookRequest;
import io.github.craftmark.platform.auth.InMemoryTokenStore;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.testing.TestClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/** The shared adapter contract, run against {@link LazadaStandIn}. */
class LazadaAdapterContractTest extends MarketplaceAdapterContractTest {
  private static final String APP_KEY = "100001";
  private static final String SECRET = "EXAMPLEsecretBatTrang2026";

  @Override
  protected Fixture createFixture(TestClock clock, RetryPolicy retryPolicy) throws Exception {
    LazadaStandIn standIn = LazadaStandIn.start(APP_KEY, SECRET, clock);
    LazadaAdapter adapter = LazadaAdapter.builder()
        .appKey(APP_KEY)
        .appSecret(SECRET)
        .baseUri(standIn.gateway())
        .authBaseUri(standIn.gateway())
        .tokenStore(new InMemoryTokenStore())
        .clock(clock)
        .retryPolicy(retryPolicy)
        .random(new Random(5))
        .build();
    standIn.issueAuthCode("0_100132_EXAMPLE", "200123456");
    ShopRef shop = adapter.authorize("0_100132_EXAMPLE");
    return new Fixture(adapter, new Platform(standIn), shop);
  }

  /** The stand-in as the contract test sees it. */
  private static final class Platform implements PlatformStandIn {
    private final LazadaStandIn standIn;
    private int orderSerial;

    Platform(LazadaStandIn standIn) {
      this.standIn = standIn;
    }

    @Override
    public long requestCount() {
      return standIn.received().size();
    }

    @Override
    public List<String> addListings(ShopRef shop, int count) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ids.add(
            standIn.addProduct("Sản phẩm " + i, Map.of("SP-" + i, 100_000L), 5).itemId());
      }
      return ids;
    }

    @Override
    public int listingsPageSize() {
      return 50;
    }

    @Override
    public List<String> addOrders(ShopRef shop, List<Instant> createdAt) {
      List<String> ids = new ArrayList<>();
      for (Instant created : createdAt) {
        String id = Long.toString(491_253_082_180_000L + ++orderSerial);
        standIn.addOrder(
            id,
            created,
            created,
            15_000,
            new LazadaStandIn.StoredItem(
                id + "1",
                "3069252927",
                15298395971L,
                "BT-BHL-25",
                "Bình hút lộc",
                1_250_000,
                "pending"));
        ids.add(id);
      }
      return ids;
    }

    @Override
    public int ordersPageSize() {
      return 100;
    }

    @Override
    public Optional<Money> price(ShopRef shop, String listingId, Sku sku) {
      return Optional.ofNullable(standIn.product(listingId).prices().get(sku.value()))
          .map(Money::ofDong);
    }

    @Override
    public OptionalInt stock(ShopRef shop, String listingId, Sku sku) {
      Integer stock = standIn.product(listingId).quantities().get(sku.value());
      return stock == null ? OptionalInt.empty() : OptionalInt.of(stock);
    }

    @Override
    public void failNext(PlatformError error) {
      standIn.failNextRequest(
          error.httpStatus(), error.code(), "ISV", error.message(), error.requestId());
    }

    @Override
    public PlatformError sampleError() {
      // UpdatePriceQuantity's error table: 4104 BIZ_CHECK_PRICE_PRECISION_INVALID.
      return new PlatformError(
          "4104", "BIZ_CHECK_PRICE_PRECISION_INVALID", "2101554016564826049331260", 200);
    }

    @Override
    public PlatformError rateLimitError() {
      return new PlatformError(
          "ApiCallLimit", "The request has exceeded the limit.", "0ba2887315178178017221014", 200);
    }

    @Override
    public WebhookRequest signedWebhook(ShopRef shop) {
      byte[] body = tradeOrder(shop);
      return WebhookRequest.ofSingleValued(
          URI.create("https://shop.example.vn/lazada/push"), standIn.pushHeaders(body), body);
    }

    @Override
    public WebhookRequest webhookSignedWith(ShopRef shop, String secret) {
      byte[] body = tradeOrder(shop);
      String wrong = LazadaSigner.of(secret).webhookSignature(APP_KEY, body);
      return WebhookRequest.ofSingleValued(
          URI.create("https://shop.example.vn/lazada/push"),
          Map.of("Content-Type", "application/json", "Authorization", wrong),
          body);
    }

    private static byte[] tradeOrder(ShopRef shop) {
      return ("{\"seller_id\":\"" + shop.shopId() + "\",\"message_type\":0,\"data\":"
              + "{\"order_status\":\"pending\",\"trade_order_id\":\"491253082180001\","
              + "\"trade_order_line_id\":\"491253082280001\",\"status_update_time\":1740794400},"
              + "\"timestamp\":1740794401234,\"site\":\"lazada_vn\"}")
          .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
      standIn.close();
    }
  }
}
