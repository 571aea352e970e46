package io.github.craftmark.platform.shopee;

import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.platform.CategoryMapping;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceAdapterContractTest;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.WebhookRequest;
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

/** The Shopee adapter passes the shared contract against the local Shopee stand-in. */
class ShopeeContractTest extends MarketplaceAdapterContractTest {
  private static final long PARTNER_ID = 2001887;
  private static final String KEY = "EXAMPLE-partner-key";
  private static final long SHOP_ID = 14701711;
  private static final int PAGE_SIZE = 5;
  private static final URI PUSH_URL = URI.create("https://gom.example.vn/shopee/push");

  @Override
  protected Fixture createFixture(TestClock clock, RetryPolicy retryPolicy) throws Exception {
    ShopeeStandIn shopee = new ShopeeStandIn(PARTNER_ID, KEY, clock);
    ShopeeAdapter adapter = ShopeeAdapter.builder()
        .partnerId(PARTNER_ID)
        .partnerKey(KEY)
        .baseUri(shopee.baseUri())
        .clock(clock)
        .retryPolicy(retryPolicy)
        .pageSize(PAGE_SIZE)
        .build();
    shopee.authorise(SHOP_ID, "EXAMPLE-code");
    ShopRef shop = adapter.authorize("EXAMPLE-code", SHOP_ID);
    return new Fixture(adapter, new StandIn(shopee), shop);
  }

  /** Shopee ids are numbers, and an item needs a logistics channel. */
  static CategoryMapping shopeeMapping() {
    return CategoryMapping.builder(Marketplace.SHOPEE)
        .map(
            io.github.craftmark.core.product.CraftCategory.CERAMICS,
            CategoryMapping.Target.of("100636") // EXAMPLE leaf ids and attribute ids
                .withAttribute("100134", "Việt Nam")
                .withAttributeFromProduct("100037", "Màu men")
                .requiring("100134", "100037"))
        .map(
            io.github.craftmark.core.product.CraftCategory.SILK,
            CategoryMapping.Target.of("100017").withAttribute("100134", "Việt Nam"))
        .build();
  }

  @Override
  protected ListingRequest goodRequest(Marketplace marketplace) {
    return super.goodRequest(marketplace).toBuilder()
        .categoryMapping(shopeeMapping())
        .addLogisticsChannel("50011")
        .build();
  }

  @Override
  protected ListingRequest goodVariantRequest(Marketplace marketplace) {
    return super.goodVariantRequest(marketplace).toBuilder()
        .categoryMapping(shopeeMapping())
        .addLogisticsChannel("50011")
        .build();
  }

  private static final class StandIn implements PlatformStandIn {
    private final ShopeeStandIn shopee;
    private int orderSerial;

    StandIn(ShopeeStandIn shopee) {
      this.shopee = shopee;
    }

    @Override
    public long requestCount() {
      return shopee.requests().size();
    }

    @Override
    public List<String> addListings(ShopRef shop, int count) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ids.add(Long.toString(
            shopee.addItem("Bình gốm số " + i, "BINH-" + i, 250_000 + i, i, "NORMAL")));
      }
      return ids;
    }

    @Override
    public int listingsPageSize() {
      return PAGE_SIZE;
    }

    @Override
    public List<String> addOrders(ShopRef shop, List<Instant> createdAt) {
      List<String> ids = new ArrayList<>();
      for (Instant at : createdAt) {
        String sn = String.format("2503%02dEXAMPLE%03d", 1 + orderSerial % 28, orderSerial++);
        shopee.addOrder(
            sn,
            "READY_TO_SHIP",
            at,
            at,
            List.of(new ShopeeStandIn.Line(
                800_000_001L, "Bình hút lộc men rạn đắp nổi", "BT-BHL-25", 0, "", 1, 1_250_000)));
        ids.add(sn);
      }
      return ids;
    }

    @Override
    public int ordersPageSize() {
      return PAGE_SIZE;
    }

    @Override
    public Optional<Money> price(ShopRef shop, String listingId, Sku sku) {
      ShopeeStandIn.Model model = shopee.findModel(Long.parseLong(listingId), sku.value());
      return model == null ? Optional.empty() : Optional.of(Money.ofDong(model.price));
    }

    @Override
    public OptionalInt stock(ShopRef shop, String listingId, Sku sku) {
      ShopeeStandIn.Model model = shopee.findModel(Long.parseLong(listingId), sku.value());
      return model == null ? OptionalInt.empty() : OptionalInt.of((int) model.stock);
    }

    @Override
    public void failNext(PlatformError error) {
      shopee.failNextRequest(error.httpStatus(), error.code(), error.message(), error.requestId());
    }

    @Override
    public PlatformError sampleError() {
      return new PlatformError(
          "error_param", "price_list length should be between 1 to 50.", "0fa1EXAMPLE9d2c", 400);
    }

    @Override
    public PlatformError rateLimitError() {
      return new PlatformError("error_rate_limit", "Too many requests.", "0fa1EXAMPLE0429", 429);
    }

    @Override
    public WebhookRequest signedWebhook(ShopRef shop) {
      return webhookSignedWith(shop, KEY);
    }

    @Override
    public WebhookRequest webhookSignedWith(ShopRef shop, String secret) {
      // The shape of Shopee's order_status_push (push code 3).
      byte[] body =
          ("{\"data\":{\"items\":[],\"ordersn\":\"250301EXAMPLE001\",\"status\":\"READY_TO_SHIP\","
                  + "\"completed_scenario\":\"\",\"update_time\":1740794400},\"shop_id\":"
                  + shop.shopId() + ",\"code\":3,\"timestamp\":1740794400}")
              .getBytes(StandardCharsets.UTF_8);
      String authorization = ShopeeStandIn.pushAuthorization(PUSH_URL.toString(), body, secret);
      return WebhookRequest.ofSingleValued(
          PUSH_URL,
          Map.of("Authorization", authorization, "Content-Type", "application/json"),
          body);
    }

    @Override
    public void close() {
      shopee.close();
    }
  }
}
