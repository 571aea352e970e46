package io.github.craftmark.platform.tiktok;

import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.Dimensions;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceAdapterContractTest;
import io.github.craftmark.platform.ProvenanceLine;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.WebhookRequest;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.testing.Samples;
import io.github.craftmark.platform.testing.TestClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The shared adapter contract, run against the TikTok Shop adapter and its stand-in. */
class TikTokShopContractTest extends MarketplaceAdapterContractTest {
  private static final String SHOP_ID = "7494049642642441621";

  @Override
  protected Fixture createFixture(TestClock clock, RetryPolicy retryPolicy) throws Exception {
    TikTokShopStandIn standIn = TikTokShopStandIn.start(clock);
    // The leaf categories of the shared samples' mapping.
    standIn.addLeafCategory("100636");
    standIn.addLeafCategory("100017");
    TikTokShopAdapter adapter = TikTokShopAdapter.builder()
        .appKey(TikTokShopStandIn.APP_KEY)
        .appSecret(TikTokShopStandIn.APP_SECRET)
        .baseUri(standIn.baseUri())
        .clock(clock)
        .retryPolicy(retryPolicy)
        .build();
    ShopRef shop = adapter.authorize(standIn.issueAuthCode(SHOP_ID)).get(0);
    return new Fixture(adapter, new StandIn(standIn), shop);
  }

  /** The scarf with a name long enough for TikTok Shop Vietnam's 25-character minimum title. */
  @Override
  protected ListingRequest goodVariantRequest(Marketplace marketplace) {
    Product scarf = Samples.silkScarf()
        .nameVi("Khăn lụa tơ tằm Vạn Phúc dệt tay")
        .descriptionVi("Khăn lụa tơ tằm dệt tay tại làng Vạn Phúc, Hà Đông. Mềm, nhẹ, thoáng.")
        .weightGrams(120)
        .dimensions(Dimensions.ofCm("20", "15", "3"))
        .build();
    return ListingRequest.builder(scarf, Samples.mapping(marketplace))
        .addImage(ListingImage.ofBytes(Samples.JPEG, "image/jpeg"))
        .addImage(ListingImage.ofBytes(Samples.JPEG, "image/jpeg"))
        .provenance(ProvenanceLine.builder().village("Vạn Phúc").build())
        .build();
  }

  private static final class StandIn implements PlatformStandIn {
    private final TikTokShopStandIn standIn;

    StandIn(TikTokShopStandIn standIn) {
      this.standIn = standIn;
    }

    @Override
    public long requestCount() {
      return standIn.requests().size();
    }

    @Override
    public List<String> addListings(ShopRef shop, int count) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ids.add(standIn.addProduct(
            shop.shopId(), "Chén gốm men lam Bát Tràng số " + i, 60_000, 5, "BT-CG-" + i));
      }
      return ids;
    }

    @Override
    public int listingsPageSize() {
      return 100;
    }

    @Override
    public List<String> addOrders(ShopRef shop, List<Instant> createdAt) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < createdAt.size(); i++) {
        String id = "5764614130" + String.format("%08d", i);
        standIn.addOrder(
            shop.shopId(),
            id,
            createdAt.get(i),
            "AWAITING_SHIPMENT",
            List.<String[]>of(new String[] {
              "1729592969712200010", "1729592969712200011", "BT-CG-1", "Chén gốm men lam", "60000"
            }));
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
      return standIn.price(listingId, sku.value()).map(Money::ofDong);
    }

    @Override
    public OptionalInt stock(ShopRef shop, String listingId, Sku sku) {
      return standIn
          .quantity(listingId, sku.value())
          .map(q -> OptionalInt.of(Math.toIntExact(q)))
          .orElse(OptionalInt.empty());
    }

    @Override
    public void failNext(PlatformError error) {
      standIn.failNext(
          null,
          error.httpStatus(),
          Long.parseLong(error.code()),
          error.message(),
          error.requestId());
    }

    @Override
    public PlatformError sampleError() {
      return new PlatformError(
          "12052073", "The product price is invalid", "2025030109000001EXAMPLE", 200);
    }

    @Override
    public PlatformError rateLimitError() {
      return new PlatformError(
          "36009002",
          "Too many requests. You've made too many requests in a short period of time.",
          "2025030109000002EXAMPLE",
          429);
    }

    @Override
    public WebhookRequest signedWebhook(ShopRef shop) {
      byte[] body = body(shop);
      return request(body, TikTokShopStandIn.webhookSignature(body));
    }

    @Override
    public WebhookRequest webhookSignedWith(ShopRef shop, String secret) {
      byte[] body = body(shop);
      return request(body, TikTokShopStandIn.webhookSignature(body, secret));
    }

    private static byte[] body(ShopRef shop) {
      return ("{\"type\":1,\"tts_notification_id\":\"7327112393057371910\",\"shop_id\":\""
              + shop.shopId()
              + "\",\"timestamp\":1740794400,\"data\":{\"order_id\":\"576461413038785752\","
              + "\"order_status\":\"AWAITING_SHIPMENT\",\"update_time\":1740794390}}")
          .getBytes(StandardCharsets.UTF_8);
    }

    private static WebhookRequest request(byte[] body, String authorization) {
      return WebhookRequest.ofSingleValued(
          URI.create("https://shop.example.vn/hooks/tiktok"),
          Map.of("Authorization", authorization, "Content-Type", "application/json"),
          body);
    }

    @Override
    public void close() {
      standIn.close();
    }
  }
}
