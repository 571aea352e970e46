package io.github.craftmark.platform.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.platform.Listing;
import io.github.craftmark.platform.ListingRejectedException;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.ListingStatus;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceOrder;
import io.github.craftmark.platform.OrderLine;
import io.github.craftmark.platform.OrderStatus;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.PriceUpdate;
import io.github.craftmark.platform.ProblemCode;
import io.github.craftmark.platform.PublishedListing;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.StockUpdate;
import io.github.craftmark.platform.StockUpdateResult;
import io.github.craftmark.platform.WebhookEvent;
import io.github.craftmark.platform.WebhookRequest;
import io.github.craftmark.platform.WebhookVerification;
import io.github.craftmark.platform.auth.AccessToken;
import io.github.craftmark.platform.auth.InMemoryTokenStore;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.http.TransportResponse;
import io.github.craftmark.platform.testing.TestClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** End to end against {@link TikTokShopStandIn}, which checks every request's signature. */
class TikTokShopAdapterTest {
  private static final Instant T0 = Instant.parse("2024-06-03T05:00:00Z");
  private static final String SHOP_ID = "7494049642642441621";
  private static final String CIPHER = "ROW_EXAMPLEcipher01";

  private final TestClock clock = new TestClock(T0);
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final InMemoryTokenStore tokenStore = new InMemoryTokenStore();
  private TikTokShopStandIn standIn;
  private TikTokShopAdapter adapter;

  @BeforeEach
  void start() throws IOException {
    standIn = TikTokShopStandIn.start(clock);
    adapter = adapterBuilder().build();
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  private TikTokShopAdapter.Builder adapterBuilder() {
    return TikTokShopAdapter.builder()
        .appKey(TikTokShopStandIn.APP_KEY)
        .appSecret(TikTokShopStandIn.APP_SECRET)
        .baseUri(standIn.baseUri())
        .clock(clock)
        .tokenStore(tokenStore)
        .retryPolicy(
            RetryPolicy.builder().sleeper(sleeps::add).random(new Random(7)).build());
  }

  private ShopRef connectedShop() {
    return adapter.authorize(standIn.issueAuthCode(SHOP_ID)).get(0);
  }

  private int shopCalls() {
    return (int) standIn.requests().stream()
        .filter(r -> !r.path().startsWith("/api/v2/token/"))
        .count();
  }

  // --- authorisation
  // ------------------------------------------------------------------------------

  @Test
  void authorizationUri_isTheAuthHostWithAppKeyAndState() {
    TikTokShopAdapter production = TikTokShopAdapter.builder()
        .appKey("6abc123EXAMPLE")
        .appSecret("EXAMPLEsecret")
        .build();

    assertThat(production.authorizationUri("phiên 42/ab+c"))
        .isEqualTo(URI.create("https://auth.tiktok-shops.com/oauth/authorize?app_key=6abc123EXAMPLE"
            + "&state=phi%C3%AAn%2042%2Fab%2Bc"));
  }

  @Test
  void authorize_exchangesTheCodeStoresTheTokenAndGivesShopsWithTheirCipher() {
    ShopRef shop = connectedShop();

    assertThat(shop.marketplace()).isEqualTo(Marketplace.TIKTOK_SHOP);
    assertThat(shop.shopId()).isEqualTo(SHOP_ID);
    assertThat(shop.property(TikTokShopAdapter.SHOP_CIPHER)).contains(CIPHER);
    AccessToken token = tokenStore.load(shop).orElseThrow();
    assertThat(token.expiresAt()).isEqualTo(T0.plus(TikTokShopStandIn.ACCESS_TOKEN_LIFETIME));
    assertThat(token.refreshExpiresAt())
        .contains(T0.plus(TikTokShopStandIn.REFRESH_TOKEN_LIFETIME));
    TikTokShopStandIn.Recorded tokenGet = standIn.requests("/api/v2/token/get").get(0);
    assertThat(tokenGet.method()).isEqualTo("GET");
    assertThat(tokenGet.query())
        .containsEntry("grant_type", "authorized_code")
        .containsEntry("app_key", TikTokShopStandIn.APP_KEY);
  }

  @Test
  void authorize_whenCodeWasUsed_failsWithTikToksCodeAndIsNotRetried() {
    String code = standIn.issueAuthCode(SHOP_ID);
    adapter.authorize(code);

    assertThatThrownBy(() -> adapter.authorize(code))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("36004004");
          assertThat(e.platformMessage()).isEqualTo("invalid auth code");
          assertThat(e.isRetryable()).isFalse();
        });
    assertThat(standIn.tokenGetCalls()).isEqualTo(2);
  }

  // --- publishing
  // ---------------------------------------------------------------------------------

  @Test
  void publish_uploadsTheImageThenCreatesTheProductWithTheDocumentedPayload() {
    ShopRef shop = connectedShop();

    PublishedListing listing = adapter.publish(shop, TikTokSamples.vaseListing());

    assertThat(listing.status()).isEqualTo(ListingStatus.IN_REVIEW);
    assertThat(listing.platformSkuId(Sku.of("BT-BHL-25"))).contains(standIn.skuId("BT-BHL-25"));
    assertThat(listing.requestId()).isPresent();
    assertThat(listing.warnings()).isEmpty();
    TikTokShopStandIn.Recorded upload =
        standIn.requests("/product/202309/images/upload").get(0);
    assertThat(upload.header("content-type")).startsWith("multipart/form-data; boundary=");
    assertThat(upload.query()).doesNotContainKey("shop_cipher");
    JsonNode payload = standIn.createdPayload("BT-BHL-25");
    assertThat(payload.path("title").asText()).isEqualTo("Bình hút lộc men rạn đắp nổi");
    assertThat(payload.path("category_id").asText()).isEqualTo(TikTokShopStandIn.LEAF_CATEGORY);
    assertThat(payload.path("description").asText())
        .isEqualTo("<p>Bình gốm Bát Tràng, men rạn cổ, đắp nổi hoa sen. Cao 25 cm.</p>"
            + "<p>Nguồn gốc: làng nghề Bát Tràng · thương hiệu Gốm Bát Tràng · OCOP 4 sao · "
            + "xác minh tại https://xacminh.example.vn/p/BT-BHL-25</p>");
    JsonNode sku = payload.path("skus").get(0);
    assertThat(sku.path("price").path("amount").isTextual()).isTrue();
    assertThat(sku.path("price").path("amount").asText()).isEqualTo("1250000");
    assertThat(sku.path("price").path("currency").asText()).isEqualTo("VND");
    assertThat(sku.path("inventory").get(0).path("warehouse_id").asText())
        .isEqualTo(TikTokShopStandIn.WAREHOUSE_ID);
    assertThat(sku.path("inventory").get(0).path("quantity").asInt()).isEqualTo(12);
    assertThat(sku.path("identifier_code").toString())
        .isEqualTo("{\"code\":\"8936045120019\",\"type\":\"EAN\"}");
    assertThat(payload.path("package_weight").toString())
        .isEqualTo("{\"value\":\"1.8\",\"unit\":\"KILOGRAM\"}");
    assertThat(payload.path("package_dimensions").toString())
        .isEqualTo(
            "{\"length\":\"18\",\"width\":\"18\",\"height\":\"26\",\"unit\":\"CENTIMETER\"}");
    assertThat(payload.path("main_images").get(0).path("uri").asText()).startsWith("tos-");
    assertThat(payload.path("product_attributes").toString())
        .isEqualTo("[{\"id\":\"100037\",\"values\":[{\"name\":\"Rạn cổ\"}]},"
            + "{\"id\":\"100392\",\"values\":[{\"name\":\"Gốm sứ\"}]}]");
  }

  @Test
  void publish_productWithTiers_sendsSalesAttributesPerSku() {
    ShopRef shop = connectedShop();
    ListingRequest request = ListingRequest.builder(
            TikTokSamples.silkScarf().build(), TikTokSamples.mapping())
        .addImage(
            io.github.craftmark.platform.ListingImage.ofBytes(TikTokSamples.JPEG, "image/jpeg"))
        .build();

    PublishedListing listing = adapter.publish(shop, request);

    assertThat(listing.platformSkuIds()).hasSize(3);
    JsonNode skus = standIn.createdPayload("VP-KL-90-DO").path("skus");
    assertThat(skus.get(2).path("sales_attributes").toString())
        .isEqualTo("[{\"name\":\"Kích thước\",\"value_name\":\"90×90 cm\"},"
            + "{\"name\":\"Màu\",\"value_name\":\"Đỏ son\"}]");
    assertThat(skus.get(2).path("price").path("amount").asText()).isEqualTo("690000");
    assertThat(listing.warnings())
        .extracting(p -> p.code())
        .containsExactly(ProblemCode.MISSING_DIMENSIONS);
  }

  @Test
  void publish_whenMappingFindsErrors_refusesBeforeAnyCallListingEveryProblem() {
    ShopRef shop = connectedShop();
    int before = standIn.requests().size();
    ListingRequest request = ListingRequest.builder(
            TikTokSamples.silkScarf()
                .nameVi("Khăn lụa Vạn Phúc")
                .descriptionVi(null)
                .weightGrams(null)
                .build(),
            TikTokSamples.mapping())
        .build();

    assertThatThrownBy(() -> adapter.publish(shop, request))
        .isInstanceOfSatisfying(ListingRejectedException.class, e -> assertThat(e.problems())
            .extracting(p -> p.code())
            .containsExactlyInAnyOrder(
                ProblemCode.NO_IMAGE,
                ProblemCode.TITLE_TOO_SHORT,
                ProblemCode.MISSING_DESCRIPTION,
                ProblemCode.MISSING_WEIGHT,
                ProblemCode.MISSING_DIMENSIONS));
    assertThat(standIn.requests()).hasSize(before);
  }

  @Test
  void publish_whenCategoryIsNotALeaf_throwsTikToksErrorFromAnHttp200() {
    ShopRef shop = connectedShop();
    ListingRequest request = TikTokSamples.vaseListing().toBuilder()
        .categoryMapping(io.github.craftmark.platform.CategoryMapping.allTo(
            Marketplace.TIKTOK_SHOP,
            io.github.craftmark.platform.CategoryMapping.Target.of(
                TikTokShopStandIn.PARENT_CATEGORY)))
        .build();

    assertThatThrownBy(() -> adapter.publish(shop, request))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("12052024");
          assertThat(e.platformMessage()).isEqualTo("Category is not final category");
          assertThat(e.httpStatus()).isEqualTo(200);
          assertThat(e.requestId()).get().asString().endsWith("EXAMPLE");
          assertThat(e.isRetryable()).isFalse();
        });
    assertThat(standIn.productCount()).isZero();
  }

  @Test
  void publish_whenCreateIsRateLimited_doesNotRetryTheCreate() {
    ShopRef shop = connectedShop();
    standIn.failNextWithRateLimit("/product/202309/products");

    assertThatThrownBy(() -> adapter.publish(shop, TikTokSamples.vaseListing()))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("36009002");
          assertThat(e.httpStatus()).isEqualTo(429);
          assertThat(e.isRetryable()).isTrue();
        });
    assertThat(standIn.requests("/product/202309/products")).hasSize(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void publish_whenImageUploadIsRateLimited_retriesTheUploadWithBackOff() {
    ShopRef shop = connectedShop();
    standIn.failNextWithRateLimit("/product/202309/images/upload");

    adapter.publish(shop, TikTokSamples.vaseListing());

    assertThat(standIn.requests("/product/202309/images/upload")).hasSize(2);
    assertThat(sleeps).hasSize(1);
    assertThat(standIn.productCount()).isEqualTo(1);
  }

  @Test
  void publish_whenAccessTokenExpiredOnTikTokSide_refreshesOnceAndCreatesOnce() {
    ShopRef shop = connectedShop();
    standIn.expireAccessTokens();

    adapter.publish(shop, TikTokSamples.vaseListing());

    assertThat(standIn.tokenRefreshCalls()).isEqualTo(1);
    assertThat(standIn.productCount()).isEqualTo(1);
    assertThat(standIn.requests("/product/202309/products")).hasSize(1);
  }

  // --- prices and stock
  // ---------------------------------------------------------------------------

  @Test
  void updatePrice_withTheSkuIdFromPublish_setsThePrice() {
    ShopRef shop = connectedShop();
    PublishedListing listing = adapter.publish(shop, TikTokSamples.vaseListing());

    adapter.updatePrice(shop, listing.priceUpdate(Sku.of("BT-BHL-25"), Money.ofDong(1_190_000)));

    assertThat(standIn.price("BT-BHL-25")).isEqualTo(1_190_000);
    assertThat(standIn.requests("/product/202309/products/search")).isEmpty();
  }

  @Test
  void updatePrice_withOnlySellerSkus_findsTheSkuIdsBySearch() {
    ShopRef shop = connectedShop();
    String productId =
        standIn.addProduct(SHOP_ID, "Bộ ấm chén men lam Bát Tràng vẽ tay", 890_000, 4, "BT-AC-LAM");

    adapter.updatePrice(
        shop, PriceUpdate.of(productId, Sku.of("BT-AC-LAM"), Money.ofDong(850_000)));

    assertThat(standIn.price("BT-AC-LAM")).isEqualTo(850_000);
    TikTokShopStandIn.Recorded search =
        standIn.requests("/product/202309/products/search").get(0);
    assertThat(search.bodyText()).isEqualTo("{\"seller_skus\":[\"BT-AC-LAM\"]}");
  }

  @Test
  void updatePrice_whenSkuIsNotInTheListing_failsWithoutUpdating() {
    ShopRef shop = connectedShop();
    String productId =
        standIn.addProduct(SHOP_ID, "Bộ ấm chén men lam Bát Tràng vẽ tay", 890_000, 4, "BT-AC-LAM");

    assertThatThrownBy(() -> adapter.updatePrice(
            shop, PriceUpdate.of(productId, Sku.of("BT-KHAC"), Money.ofDong(850_000))))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(PlatformException.SKU_NOT_FOUND);
          assertThat(e.platformMessage()).isEqualTo("listing " + productId + " has no SKU BT-KHAC");
        });
    assertThat(standIn.requests("/product/202309/products/" + productId + "/prices/update"))
        .isEmpty();
  }

  @Test
  void updateStock_manySkus_oneCallPerListingWithPerSkuOutcomes() {
    ShopRef shop = connectedShop();
    String cups = standIn.addProduct(
        SHOP_ID, "Bộ ấm chén men lam Bát Tràng vẽ tay", 890_000, 4, "BT-AC-1", "BT-AC-2");
    String vase = standIn.addProduct(
        SHOP_ID, "Bình hút lộc men rạn đắp nổi Bát Tràng", 1_250_000, 3, "BT-BHL-25");

    StockUpdateResult result = adapter.updateStock(
        shop,
        List.of(
            StockUpdate.of(cups, Sku.of("BT-AC-1"), 10),
            StockUpdate.of(vase, Sku.of("BT-BHL-25"), 7),
            StockUpdate.of(cups, Sku.of("BT-AC-2"), 100_000),
            StockUpdate.of(cups, Sku.of("BT-AC-9"), 1)));

    assertThat(result.outcomes())
        .extracting(StockUpdateResult.SkuOutcome::sku, StockUpdateResult.SkuOutcome::succeeded)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Sku.of("BT-AC-1"), true),
            org.assertj.core.groups.Tuple.tuple(Sku.of("BT-BHL-25"), true),
            org.assertj.core.groups.Tuple.tuple(Sku.of("BT-AC-2"), false),
            org.assertj.core.groups.Tuple.tuple(Sku.of("BT-AC-9"), false));
    assertThat(result.outcome(Sku.of("BT-AC-2")).orElseThrow().errorCode()).contains("12052055");
    assertThat(result.outcome(Sku.of("BT-AC-9")).orElseThrow().errorCode())
        .contains(PlatformException.SKU_NOT_FOUND);
    assertThat(standIn.quantity("BT-AC-1")).isEqualTo(10);
    assertThat(standIn.quantity("BT-AC-2")).isEqualTo(4);
    assertThat(standIn.quantity("BT-BHL-25")).isEqualTo(7);
    assertThat(standIn.requests("/product/202309/products/" + cups + "/inventory/update"))
        .hasSize(1);
    assertThat(standIn.requests("/product/202309/products/" + vase + "/inventory/update"))
        .hasSize(1);
    assertThat(standIn.requests("/logistics/202309/warehouses")).hasSize(1);
  }

  @Test
  void updateStock_whenTheSameSkuComesTwice_failsBeforeAnyCall() {
    ShopRef shop = connectedShop();
    int before = standIn.requests().size();

    assertThatThrownBy(() -> adapter.updateStock(
            shop,
            List.of(StockUpdate.of("1", Sku.of("A-1"), 1), StockUpdate.of("1", Sku.of("A-1"), 2))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("updates[1].sku must not repeat another update's SKU: A-1");
    assertThat(standIn.requests()).hasSize(before);
  }

  @Test
  void updateStock_shopWarehouseProperty_isUsedWithoutLookingItUp() {
    ShopRef shop = connectedShop()
        .withProperty(TikTokShopAdapter.WAREHOUSE_ID, TikTokShopStandIn.WAREHOUSE_ID);
    String cups =
        standIn.addProduct(SHOP_ID, "Bộ ấm chén men lam Bát Tràng vẽ tay", 890_000, 4, "BT-AC-1");
    String skuId = standIn.skuId("BT-AC-1");

    StockUpdateResult result =
        adapter.updateStock(shop, new StockUpdate(cups, Sku.of("BT-AC-1"), Optional.of(skuId), 2));

    assertThat(result.allSucceeded()).isTrue();
    assertThat(standIn.requests("/logistics/202309/warehouses")).isEmpty();
    assertThat(standIn.requests("/product/202309/products/search")).isEmpty();
  }

  // --- listings and orders
  // ------------------------------------------------------------------------

  @Test
  void listings_readsEveryPageLazily() {
    ShopRef shop = connectedShop();
    for (int i = 0; i < 230; i++) {
      standIn.addProduct(
          SHOP_ID, "Chén gốm Bát Tràng số " + i + " men lam", 50_000 + i, i, "BT-C-" + i);
    }
    int before = standIn.requests("/product/202309/products/search").size();

    Stream<Listing> lazy = adapter.listings(shop);
    assertThat(standIn.requests("/product/202309/products/search")).hasSize(before);
    List<Listing> firstFive = lazy.limit(5).toList();
    assertThat(standIn.requests("/product/202309/products/search")).hasSize(before + 1);
    List<Listing> all = adapter.listings(shop).toList();

    assertThat(firstFive).hasSize(5);
    assertThat(all).hasSize(230);
    assertThat(all).extracting(Listing::status).containsOnly(ListingStatus.LIVE);
    assertThat(all.get(229).skus().get(0).sellerSku()).contains("BT-C-229");
    assertThat(all.get(229).skus().get(0).price()).contains(Money.ofDong(50_229));
    assertThat(all.get(229).skus().get(0).stock()).isEqualTo(229);
    List<TikTokShopStandIn.Recorded> pages = standIn.requests("/product/202309/products/search");
    assertThat(pages).hasSize(before + 1 + 3);
    assertThat(pages.get(pages.size() - 3).query()).doesNotContainKey("page_token");
    assertThat(pages.get(pages.size() - 2).query()).containsKey("page_token");
    assertThat(pages.get(pages.size() - 1).query()).containsEntry("page_size", "100");
  }

  @Test
  void listings_whenASecondPageIsRateLimited_retriesAndCompletes() {
    ShopRef shop = connectedShop();
    for (int i = 0; i < 150; i++) {
      standIn.addProduct(
          SHOP_ID, "Chén gốm Bát Tràng số " + i + " men lam", 50_000, 1, "BT-C-" + i);
    }
    List<Listing> all = new ArrayList<>();
    var iterator = adapter.listings(shop).iterator();
    all.add(iterator.next());
    standIn.failNextWithRateLimit("/product/202309/products/search");
    iterator.forEachRemaining(all::add);

    assertThat(all).hasSize(150);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void ordersSince_walksEveryPageOldestFirstAndMergesUnits() {
    ShopRef shop = connectedShop();
    for (int i = 0; i < 205; i++) {
      standIn.addOrder(
          SHOP_ID,
          "5764614130387" + String.format("%05d", i),
          T0.minus(Duration.ofHours(300 - i)),
          "AWAITING_SHIPMENT",
          List.of(
              new String[] {
                "1729592969712200010",
                "1729592969712200011",
                "VP-KL-50-DO",
                "Khăn lụa tơ tằm Vạn Phúc",
                "350000"
              },
              new String[] {
                "1729592969712200010",
                "1729592969712200011",
                "VP-KL-50-DO",
                "Khăn lụa tơ tằm Vạn Phúc",
                "350000"
              }));
    }
    Instant since = T0.minus(Duration.ofHours(250));

    List<MarketplaceOrder> orders = adapter.ordersSince(shop, since).toList();

    assertThat(orders).hasSize(155);
    assertThat(orders.get(0).createdAt()).isEqualTo(since);
    assertThat(orders).isSortedAccordingTo((a, b) -> a.createdAt().compareTo(b.createdAt()));
    MarketplaceOrder first = orders.get(0);
    assertThat(first.status()).isEqualTo(OrderStatus.TO_SHIP);
    assertThat(first.platformStatus()).isEqualTo("AWAITING_SHIPMENT");
    assertThat(first.lines())
        .containsExactly(new OrderLine(
            "1729592969712200010",
            Optional.of("1729592969712200011"),
            Optional.of("VP-KL-50-DO"),
            "Khăn lụa tơ tằm Vạn Phúc",
            2,
            Money.ofDong(350_000)));
    assertThat(first.total()).isEqualTo(Money.ofDong(730_000));
    List<TikTokShopStandIn.Recorded> searches = standIn.requests("/order/202309/orders/search");
    assertThat(searches).hasSize(2);
    assertThat(searches.get(0).bodyText())
        .isEqualTo("{\"create_time_ge\":" + since.getEpochSecond() + "}");
    assertThat(searches.get(0).query())
        .containsEntry("sort_order", "ASC")
        .containsEntry("sort_field", "create_time");
  }

  @Test
  void orders_byId_batchesFiftyIdsPerCall() {
    ShopRef shop = connectedShop();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      String id = "5764614130387" + String.format("%05d", i);
      ids.add(id);
      standIn.addOrder(
          SHOP_ID,
          id,
          T0.minusSeconds(60L * i),
          i % 2 == 0 ? "IN_TRANSIT" : "CANCELLED",
          List.<String[]>of(
              new String[] {"17295929697122000", "17295929697122001", "BT-C-1", "Chén gốm", "50000"
              }));
    }

    List<MarketplaceOrder> orders = adapter.orders(shop, ids);

    assertThat(orders).hasSize(120);
    assertThat(orders.get(0).status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(orders.get(1).status()).isEqualTo(OrderStatus.CANCELLED);
    List<TikTokShopStandIn.Recorded> calls = standIn.requests("/order/202309/orders");
    assertThat(calls)
        .extracting(r -> r.query().get("ids").split(",").length)
        .containsExactly(50, 50, 20);
  }

  // --- tokens, ciphers and the wire
  // ---------------------------------------------------------------

  @Test
  void anyCall_whenTheStoredTokenIsAboutToExpire_refreshesFirst() {
    ShopRef shop = connectedShop();
    clock.advance(TikTokShopStandIn.ACCESS_TOKEN_LIFETIME.minusMinutes(2));

    adapter.listings(shop).findFirst();

    assertThat(standIn.tokenRefreshCalls()).isEqualTo(1);
    assertThat(tokenStore.load(shop).orElseThrow().expiresAt())
        .isEqualTo(clock.instant().plus(TikTokShopStandIn.ACCESS_TOKEN_LIFETIME));
    assertThat(standIn.requests("/product/202309/products/search").get(0).query())
        .doesNotContainKey("access_token");
  }

  @Test
  void anyCall_from32ThreadsWithAnExpiredToken_refreshesExactlyOnce() throws Exception {
    ShopRef shop = connectedShop();
    standIn.addProduct(SHOP_ID, "Bộ ấm chén men lam Bát Tràng vẽ tay", 890_000, 4, "BT-AC-LAM");
    clock.advance(TikTokShopStandIn.ACCESS_TOKEN_LIFETIME.plusMinutes(1));
    int threads = 32;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    AtomicInteger listed = new AtomicInteger();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          go.await();
          listed.addAndGet((int) adapter.listings(shop).count());
          return null;
        }));
      }
      go.countDown();
      for (Future<?> future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(standIn.tokenRefreshCalls()).isEqualTo(1);
    assertThat(listed.get()).isEqualTo(threads);
  }

  @Test
  void anyCall_withoutTheCipherProperty_looksItUpOnceAndRemembersIt() {
    connectedShop();
    ShopRef bare = ShopRef.of(Marketplace.TIKTOK_SHOP, SHOP_ID);
    TikTokShopAdapter restarted = adapterBuilder().build();
    int lookups = standIn.requests("/authorization/202309/shops").size();

    restarted.listings(bare).count();
    restarted.listings(bare).count();

    assertThat(standIn.requests("/authorization/202309/shops")).hasSize(lookups + 1);
    assertThat(standIn.requests("/product/202309/products/search"))
        .allSatisfy(r -> assertThat(r.query()).containsEntry("shop_cipher", CIPHER));
  }

  @Test
  void anyCall_forAShopTheTokenDoesNotCover_failsNamingTheShop() {
    connectedShop();
    ShopRef other = ShopRef.of(Marketplace.TIKTOK_SHOP, "7000000000000000000");
    tokenStore.save(
        other, tokenStore.load(ShopRef.of(Marketplace.TIKTOK_SHOP, SHOP_ID)).orElseThrow());

    assertThatThrownBy(() -> adapter.listings(other).count())
        .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errorCode())
            .isEqualTo("SHOP_NOT_AUTHORISED"));
  }

  @Test
  void anyCall_forAShopNeverConnected_failsWithNoToken() {
    ShopRef stranger = ShopRef.of(Marketplace.TIKTOK_SHOP, SHOP_ID);

    assertThatThrownBy(() -> adapter.listings(stranger).count())
        .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errorCode())
            .isEqualTo(PlatformException.NO_TOKEN));
    assertThat(shopCalls()).isZero();
  }

  @Test
  void anyCall_whenTheTokenExpiredAndCannotBeRefreshed_failsWithNoTokenNamingTheShop() {
    ShopRef shop = ShopRef.of(Marketplace.TIKTOK_SHOP, SHOP_ID)
        .withProperty(TikTokShopAdapter.SHOP_CIPHER, CIPHER);
    tokenStore.save(shop, AccessToken.withoutRefresh("EXAMPLE-access", T0.minusSeconds(1)));

    assertThatThrownBy(() -> adapter.listings(shop).count())
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(PlatformException.NO_TOKEN);
          assertThat(e.getMessage())
              .isEqualTo("TikTok Shop error NO_TOKEN: the refresh token of shop tiktok-shop:"
                  + SHOP_ID + " has expired or is missing; the seller must authorise again");
        });
    assertThat(standIn.requests()).isEmpty();
  }

  @Test
  void anyCall_whenTheAdapterClockLagsSixMinutes_isRefusedAsStale() {
    ShopRef shop = connectedShop();
    TikTokShopAdapter lagging = adapterBuilder()
        .clock(java.time.Clock.fixed(T0.minus(Duration.ofMinutes(6)), java.time.ZoneOffset.UTC))
        .build();

    assertThatThrownBy(() -> lagging.listings(shop).count())
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("36009004");
          assertThat(e.platformMessage()).startsWith("Invalid timestamp.");
        });
  }

  @Test
  void anyCall_whenTransportFails_retriesReadsAndThenReportsATransportError() {
    ShopRef shop = connectedShop();
    AtomicInteger attempts = new AtomicInteger();
    TikTokShopAdapter broken = adapterBuilder()
        .transport(request -> {
          attempts.incrementAndGet();
          throw new java.net.ConnectException("Connection refused");
        })
        .build();

    assertThatThrownBy(() -> broken.listings(shop).count())
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(PlatformException.TRANSPORT_ERROR);
          assertThat(e.platformMessage())
              .isEqualTo("POST /product/202309/products/search failed: ConnectException");
          assertThat(e.getMessage())
              .doesNotContain(TikTokShopStandIn.APP_SECRET)
              .doesNotContain("sign=");
        });
    assertThat(attempts.get()).isEqualTo(4);
  }

  @Test
  void anyCall_whenTheGatewayAnswersHtml_retriesThenReportsAnUnexpectedResponse() {
    ShopRef shop = connectedShop();
    TikTokShopAdapter gateway = adapterBuilder()
        .transport(request -> TransportResponse.of(502, "<html>Bad Gateway</html>"))
        .build();

    assertThatThrownBy(() -> gateway.listings(shop).count())
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(PlatformException.UNEXPECTED_RESPONSE);
          assertThat(e.httpStatus()).isEqualTo(502);
          assertThat(e.isRetryable()).isTrue();
        });
    assertThat(sleeps).hasSize(3);
  }

  @Test
  void anyCall_forAShopOfAnotherMarketplace_isRefused() {
    assertThatThrownBy(() -> adapter.listings(ShopRef.of(Marketplace.SHOPEE, "123")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("shop must be a TikTok Shop shop: \"shopee:123\"");
  }

  // --- webhooks
  // -----------------------------------------------------------------------------------

  @Test
  void verifyWebhook_signedByTheStandIn_isVerifiedAndParsed() throws Exception {
    byte[] body = ("{\"type\":1,\"tts_notification_id\":\"7327112393057371910\",\"shop_id\":\""
            + SHOP_ID + "\",\"timestamp\":1717390800,\"data\":{\"order_id\":\"576461413038785752\","
            + "\"order_status\":\"AWAITING_SHIPMENT\",\"update_time\":1717390790}}")
        .getBytes(StandardCharsets.UTF_8);
    List<WebhookVerification> verdicts = new CopyOnWriteArrayList<>();

    int status = receive(verdicts, receiver -> standIn.sendWebhook(receiver, body));

    assertThat(status).isEqualTo(200);
    WebhookEvent event = verdicts.get(0).verifiedEvent().orElseThrow();
    assertThat(event.kind()).isEqualTo(WebhookEvent.Kind.ORDER_STATUS);
    assertThat(event.type()).isEqualTo("ORDER_STATUS_CHANGE");
    assertThat(event.shopId()).contains(SHOP_ID);
    assertThat(event.eventId()).contains("7327112393057371910");
    assertThat(event.orderId()).contains("576461413038785752");
    assertThat(event.occurredAt()).contains(Instant.ofEpochSecond(1717390800));
    assertThat(event.json()).isEqualTo(new String(body, StandardCharsets.UTF_8));
  }

  @Test
  void verifyWebhook_whenBodyWasChangedAfterSigning_isRejected() throws Exception {
    byte[] signed = "{\"type\":5,\"shop_id\":\"1\",\"timestamp\":1717390800,\"data\":{}}"
        .getBytes(StandardCharsets.UTF_8);
    byte[] changed = "{\"type\":6,\"shop_id\":\"1\",\"timestamp\":1717390800,\"data\":{}}"
        .getBytes(StandardCharsets.UTF_8);
    List<WebhookVerification> verdicts = new CopyOnWriteArrayList<>();

    int status = receive(
        verdicts,
        receiver ->
            standIn.sendWebhook(receiver, changed, TikTokShopStandIn.webhookSignature(signed)));

    assertThat(status).isEqualTo(401);
    assertThat(verdicts.get(0))
        .isEqualTo(WebhookVerification.rejected("Authorization is not the signature of this body"));
  }

  @Test
  void verifyWebhook_withoutAuthorization_isRejected() {
    WebhookVerification verdict = adapter.verifyWebhook(WebhookRequest.of(
        URI.create("https://shop.example.vn/hooks/tiktok"),
        Map.of(),
        "{}".getBytes(StandardCharsets.UTF_8)));

    assertThat(verdict).isEqualTo(WebhookVerification.rejected("missing Authorization header"));
  }

  @Test
  void verifyWebhook_signedButNotAWebhookBody_isRejected() {
    byte[] body = "[1,2,3]".getBytes(StandardCharsets.UTF_8);

    WebhookVerification verdict = adapter.verifyWebhook(WebhookRequest.ofSingleValued(
        URI.create("https://shop.example.vn/hooks/tiktok"),
        Map.of("Authorization", TikTokShopStandIn.webhookSignature(body)),
        body));

    assertThat(verdict)
        .isEqualTo(WebhookVerification.rejected("signed body is not a TikTok Shop webhook"));
  }

  @Test
  void verifyWebhook_productAndAuthorisationTypes_haveTheirKinds() {
    assertThat(kindOf(5)).isEqualTo(WebhookEvent.Kind.LISTING_STATUS);
    assertThat(kindOf(6)).isEqualTo(WebhookEvent.Kind.AUTHORIZATION);
    assertThat(kindOf(12)).isEqualTo(WebhookEvent.Kind.ORDER_STATUS);
    assertThat(kindOf(99)).isEqualTo(WebhookEvent.Kind.OTHER);
  }

  private WebhookEvent.Kind kindOf(int type) {
    byte[] body = ("{\"type\":" + type + ",\"shop_id\":\"1\",\"timestamp\":1717390800,\"data\":{}}")
        .getBytes(StandardCharsets.UTF_8);
    return adapter
        .verifyWebhook(WebhookRequest.ofSingleValued(
            URI.create("https://shop.example.vn/hooks/tiktok"),
            Map.of("Authorization", TikTokShopStandIn.webhookSignature(body)),
            body))
        .verifiedEvent()
        .orElseThrow()
        .kind();
  }

  @FunctionalInterface
  private interface Sender {
    int send(URI receiver) throws Exception;
  }

  /** Runs a receiver that hands each push's raw bytes to the adapter, as an application would. */
  private int receive(List<WebhookVerification> verdicts, Sender sender) throws Exception {
    HttpServer receiver =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hooks/tiktok", exchange -> {
      byte[] raw = exchange.getRequestBody().readAllBytes();
      URI url = URI.create("https://shop.example.vn" + exchange.getRequestURI());
      WebhookVerification verdict =
          adapter.verifyWebhook(WebhookRequest.of(url, exchange.getRequestHeaders(), raw));
      verdicts.add(verdict);
      exchange.sendResponseHeaders(verdict.isVerified() ? 200 : 401, -1);
      exchange.close();
    });
    receiver.start();
    try {
      return sender.send(
          URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/tiktok"));
    } finally {
      receiver.stop(0);
    }
  }

  // --- builder
  // ------------------------------------------------------------------------------------

  @Test
  void build_withoutAppKeyOrSecret_failsNamingIt() {
    assertThatThrownBy(() -> TikTokShopAdapter.builder().appSecret("s").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("appKey must be set: null");
    assertThatThrownBy(() -> TikTokShopAdapter.builder().appKey("k").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("appSecret must be set");
  }

  @Test
  void toString_andToBuilder_keepTheSecretOut() {
    assertThat(adapter.toString())
        .isEqualTo("TikTokShopAdapter[appKey=6abc123EXAMPLE, baseUri=" + standIn.baseUri() + "]")
        .doesNotContain(TikTokShopStandIn.APP_SECRET);
    assertThat(adapter.toBuilder().build().toString()).isEqualTo(adapter.toString());
  }

  @Test
  void capabilities_areTikTokShopVietnamsLimits() {
    var caps = adapter.capabilities();

    assertThat(caps.maxImages()).isEqualTo(9);
    assertThat(caps.titleMinChars()).isEqualTo(25);
    assertThat(caps.titleMaxChars()).isEqualTo(255);
    assertThat(caps.descriptionMaxChars()).isEqualTo(10_000);
    assertThat(caps.maxPrice()).isEqualTo(Money.ofDong(180_000_000));
    assertThat(caps.maxVariants()).isEqualTo(300);
    assertThat(caps.platformHostedImages()).isTrue();
  }
}
