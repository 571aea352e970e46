package io.github.craftmark.platform.lazada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.platform.AdapterCapabilities;
import io.github.craftmark.platform.CategoryMapping;
import io.github.craftmark.platform.Listing;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.ListingRejectedException;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.ListingStatus;
import io.github.craftmark.platform.MappingProblem;
import io.github.craftmark.platform.MappingReport;
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
import io.github.craftmark.platform.testing.Samples;
import io.github.craftmark.platform.testing.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** End to end against {@link LazadaStandIn}, which checks the signature of every request. */
class LazadaAdapterTest {
  private static final String APP_KEY = "100001";
  private static final String SECRET = "EXAMPLEsecretBatTrang2026";

  private TestClock clock;
  private LazadaStandIn standIn;
  private InMemoryTokenStore tokens;
  private LazadaAdapter adapter;
  private ShopRef shop;

  @BeforeEach
  void start() throws IOException {
    clock = new TestClock(Instant.parse("2026-03-01T02:00:00Z"));
    standIn = LazadaStandIn.start(APP_KEY, SECRET, clock);
    tokens = new InMemoryTokenStore();
    adapter = adapterBuilder().build();
    standIn.issueAuthCode("0_100132_EXAMPLE", "200123456");
    shop = adapter.authorize("0_100132_EXAMPLE");
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  private LazadaAdapter.Builder adapterBuilder() {
    return LazadaAdapter.builder()
        .appKey(APP_KEY)
        .appSecret(SECRET)
        .baseUri(standIn.gateway())
        .authBaseUri(standIn.gateway())
        .tokenStore(tokens)
        .clock(clock)
        .random(new Random(7))
        .retryPolicy(RetryPolicy.builder()
            .sleeper(clock.sleeper())
            .random(new Random(11))
            .build());
  }

  private static CategoryMapping mapping() {
    return CategoryMapping.builder(Marketplace.LAZADA)
        .map(
            io.github.craftmark.core.product.CraftCategory.CERAMICS,
            CategoryMapping.Target.of("10002019")
                .withAttribute("warranty_type", "No Warranty")
                .withAttributeFromProduct("glaze_colour", "Màu men")
                .requiring("warranty_type"))
        .map(
            io.github.craftmark.core.product.CraftCategory.SILK,
            CategoryMapping.Target.of("10002020").withAttribute("saleProp:Màu", "color_family"))
        .build();
  }

  private static ListingRequest vaseRequest() {
    return ListingRequest.builder(LazadaSamples.vase().build(), mapping())
        .addImage(ListingImage.ofBytes(Samples.JPEG, "image/jpeg"))
        .addImage(ListingImage.ofBytes(Samples.JPEG, "image/jpeg"))
        .provenance(Samples.vaseProvenance())
        .brandId("30768")
        .build();
  }

  // ------------------------------------------------------------------ authorisation

  @Test
  void authorize_exchangesTheCodeAndStoresTokensWithExpiryFromDurations() {
    assertThat(shop).isEqualTo(ShopRef.of(Marketplace.LAZADA, "200123456"));
    AccessToken token = tokens.load(shop).orElseThrow();
    assertThat(token.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
    assertThat(token.refreshExpiresAt()).contains(clock.instant().plus(Duration.ofDays(180)));
    LazadaStandIn.Received call = standIn.received("/auth/token/create").get(0);
    assertThat(call.parameters()).containsEntry("code", "0_100132_EXAMPLE");
    assertThat(call.parameters()).doesNotContainKey("access_token");
  }

  @Test
  void authorize_whenCodeRefused_throwsLazadasError() {
    assertThatThrownBy(() -> adapter.authorize("0_used_EXAMPLE"))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("InvalidCode");
          assertThat(e.platformMessage()).isEqualTo("Invalid authorization code");
          assertThat(e.requestId()).isPresent();
        });
  }

  @Test
  void authorizationUri_isLazadasAuthorisePage() {
    URI link = adapter.authorizationUri(URI.create("https://shop.example.vn/lazada/cb"), "s1");

    assertThat(link)
        .hasToString("https://auth.lazada.com/oauth/authorize?response_type=code"
            + "&force_auth=true&redirect_uri=https%3A%2F%2Fshop.example.vn%2Flazada%2Fcb"
            + "&client_id=100001&state=s1&country=vn");
  }

  // ------------------------------------------------------------------ mapping and publishing

  @Test
  void capabilities_areLazadasDocumentedLimits() {
    AdapterCapabilities caps = adapter.capabilities();

    assertThat(caps.maxImages()).isEqualTo(8);
    assertThat(caps.maxImageBytes()).isEqualTo(3_145_728L);
    assertThat(caps.imageMediaTypes()).containsExactlyInAnyOrder("image/jpeg", "image/png");
    assertThat(caps.titleMaxChars()).isEqualTo(255);
    assertThat(caps.descriptionMaxChars()).isEqualTo(25_000);
    assertThat(caps.maxTiers()).isEqualTo(2);
    assertThat(caps.maxSkusPerStockBatch()).isEqualTo(20);
    assertThat(caps.needsWeight()).isTrue();
    assertThat(caps.needsDimensions()).isTrue();
    assertThat(caps.platformHostedImages()).isTrue();
  }

  @Test
  void map_reportsEveryProblemAtOnce() {
    Product bad = LazadaSamples.silkScarf()
        .dimensions(null)
        .weightGrams(null)
        .tiers(List.of(io.github.craftmark.core.product.VariantTier.of(
            "Kích thước khăn choàng", "Rất rất rất lớn, 200×200 cm", "Nhỏ")))
        .variants(List.of(
            io.github.craftmark.core.product.Variant.of(
                Sku.of("VP-XL"), Money.ofDong(900_000), 1, "Rất rất rất lớn, 200×200 cm"),
            io.github.craftmark.core.product.Variant.of(
                Sku.of("VP-S"), Money.ofDong(300_000), 1, "Nhỏ")))
        .build();
    ListingRequest request = ListingRequest.builder(bad, mapping())
        .images(java.util.Collections.nCopies(9, ListingImage.ofBytes(Samples.JPEG, "image/gif")))
        .addLogisticsChannel("EXAMPLE-GHN")
        .build();

    MappingReport<?> report = adapter.map(request);

    assertThat(report.isOk()).isFalse();
    assertThat(report.problems())
        .extracting(MappingProblem::code)
        .contains(
            ProblemCode.TOO_MANY_IMAGES,
            ProblemCode.IMAGE_TYPE_NOT_ACCEPTED,
            ProblemCode.MISSING_WEIGHT,
            ProblemCode.MISSING_DIMENSIONS,
            ProblemCode.of("VARIATION_NAME_TOO_LONG"),
            ProblemCode.of("VARIATION_OPTION_TOO_LONG"));
    assertThat(report.warnings())
        .extracting(MappingProblem::field)
        .containsExactly("brandId", "logisticsChannelIds");
    assertThat(standIn.received()).hasSize(1); // only the token call of the set-up
  }

  @Test
  void publish_uploadsImagesThenCreatesTheProductWithTheJsonPayload() {
    PublishedListing published = adapter.publish(shop, vaseRequest());

    assertThat(standIn.received("/image/upload")).hasSize(2);
    assertThat(standIn.received("/image/upload").get(0).contentType())
        .startsWith("multipart/form-data; boundary=craftmark-");
    LazadaStandIn.StoredProduct stored = standIn.product(published.listingId());
    JsonNode product = stored.payload().path("Request").path("Product");
    assertThat(product.path("PrimaryCategory").asText()).isEqualTo("10002019");
    assertThat(product.at("/Images/Image")).hasSize(2);
    assertThat(product.at("/Attributes/name").asText()).isEqualTo("Bình hút lộc men rạn đắp nổi");
    assertThat(product.at("/Attributes/brand_id").asText()).isEqualTo("30768");
    assertThat(product.at("/Attributes/warranty_type").asText()).isEqualTo("No Warranty");
    assertThat(product.at("/Attributes/glaze_colour").asText()).isEqualTo("Rạn cổ");
    assertThat(product.at("/Attributes/description").asText())
        .startsWith("<p>Bình gốm Bát Tràng, men rạn cổ")
        .contains("Nguồn gốc: làng nghề Bát Tràng · thương hiệu Gốm Bát Tràng · OCOP 4 sao");
    assertThat(product.at("/Skus/Sku/0/package_weight").asText()).isEqualTo("1.80");
    assertThat(published.shop()).isEqualTo(shop);
    assertThat(published.status()).isEqualTo(ListingStatus.IN_REVIEW);
    assertThat(published.platformSkuId(Sku.of("BT-BHL-25")))
        .contains(Long.toString(stored.skuIds().get("BT-BHL-25")));
    assertThat(published.requestId()).isPresent();
    assertThat(published.warnings()).isEmpty();
  }

  @Test
  void publish_scarfWithTiers_declaresVariations() {
    ListingRequest request = ListingRequest.builder(LazadaSamples.silkScarf().build(), mapping())
        .addImage(ListingImage.hosted(uploadedImage()))
        .build();

    PublishedListing published = adapter.publish(shop, request);

    JsonNode product = standIn.product(published.listingId()).payload().at("/Request/Product");
    assertThat(product.at("/variation/variation1/name").asText()).isEqualTo("Kích thước");
    assertThat(product.at("/variation/variation2/name").asText()).isEqualTo("color_family");
    assertThat(published.platformSkuIds()).hasSize(3);
    assertThat(published.warnings()).extracting(MappingProblem::field).containsExactly("brandId");
  }

  @Test
  void publish_whenMappingFails_sendsNothing() {
    ListingRequest noImage =
        ListingRequest.builder(LazadaSamples.vase().build(), mapping()).build();
    int before = standIn.received().size();

    assertThatThrownBy(() -> adapter.publish(shop, noImage))
        .isInstanceOfSatisfying(ListingRejectedException.class, e -> assertThat(e.problems())
            .extracting(MappingProblem::code)
            .contains(ProblemCode.NO_IMAGE));
    assertThat(standIn.received()).hasSize(before);
  }

  @Test
  void publish_whenLazadaRejectsAHostedUrl_throwsItsError() {
    ListingRequest request = ListingRequest.builder(LazadaSamples.vase().build(), mapping())
        .addImage(ListingImage.hosted("https://gom.example.vn/anh/bhl-25-1.jpg"))
        .build();

    assertThatThrownBy(() -> adapter.publish(shop, request))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("4001");
          assertThat(e.isRetryable()).isFalse();
        });
  }

  @Test
  void migrateImage_returnsTheLazadaUrl() {
    String url = adapter.migrateImage(shop, URI.create("https://gom.example.vn/anh?id=1&c=lam"));

    assertThat(url).startsWith("https://vn-live-02.slatic.net/p/");
    assertThat(standIn.received("/image/migrate").get(0).parameters().get("payload"))
        .contains("<Url>https://gom.example.vn/anh?id=1&amp;c=lam</Url>");
  }

  private String uploadedImage() {
    return adapter.migrateImage(shop, URI.create("https://gom.example.vn/anh/khan-1.jpg"));
  }

  // ------------------------------------------------------------------ price and stock

  @Test
  void updatePrice_setsPricesInBatchesOfTwenty() {
    Map<String, Long> prices = new LinkedHashMap<>();
    for (int i = 1; i <= 45; i++) {
      prices.put("SKU-" + i, 100_000L);
    }
    LazadaStandIn.StoredProduct product = standIn.addProduct("Bộ ấm chén", prices, 3);
    List<PriceUpdate.SkuPrice> updates = new ArrayList<>();
    prices
        .keySet()
        .forEach(sku -> updates.add(
            new PriceUpdate.SkuPrice(Sku.of(sku), Optional.empty(), Money.ofDong(120_000))));

    adapter.updatePrice(shop, new PriceUpdate(product.itemId(), updates));

    assertThat(standIn.received("/product/price_quantity/update")).hasSize(3);
    assertThat(standIn.product(product.itemId()).prices().values()).containsOnly(120_000L);
  }

  @Test
  void updatePrice_whenASkuIsUnknown_namesItInTheError() {
    LazadaStandIn.StoredProduct product =
        standIn.addProduct("Bình", Map.of("BT-BHL-25", 1_250_000L), 12);

    assertThatThrownBy(() -> adapter.updatePrice(
            shop, PriceUpdate.of(product.itemId(), Sku.of("BT-KHONG-CO"), Money.ofDong(1_300_000))))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("501");
          assertThat(e.platformMessage())
              .isEqualTo("Update product failed; BT-KHONG-CO: SKU not found");
        });
  }

  @Test
  void updateStock_reportsEachSku_andAFailedOneIsAnOutcomeNotAnException() {
    LazadaStandIn.StoredProduct product =
        standIn.addProduct("Khăn lụa", Map.of("VP-KL-50-DO", 350_000L, "VP-KL-90-DO", 690_000L), 5);

    StockUpdateResult result = adapter.updateStock(
        shop,
        List.of(
            StockUpdate.of(product.itemId(), Sku.of("VP-KL-50-DO"), 18),
            StockUpdate.of(product.itemId(), Sku.of("VP-KL-KHAC"), 1),
            StockUpdate.of(product.itemId(), Sku.of("VP-KL-90-DO"), 0)));

    assertThat(result.outcomes())
        .extracting(StockUpdateResult.SkuOutcome::succeeded)
        .containsExactly(true, false, true);
    assertThat(result.outcome(Sku.of("VP-KL-KHAC")).orElseThrow().errorCode()).contains("501");
    assertThat(result.outcome(Sku.of("VP-KL-KHAC")).orElseThrow().message())
        .contains("SKU not found");
    assertThat(standIn.product(product.itemId()).quantities())
        .containsEntry("VP-KL-50-DO", 18)
        .containsEntry("VP-KL-90-DO", 0);
  }

  @Test
  void updateStock_whenLazadaRefusesABatchNamingOneSku_confirmsTheOthersWithASecondCall() {
    LazadaStandIn.StoredProduct product =
        standIn.addProduct("Khăn lụa", Map.of("VP-KL-50-DO", 350_000L, "VP-KL-90-DO", 690_000L), 5);

    adapter.updateStock(
        shop,
        List.of(
            StockUpdate.of(product.itemId(), Sku.of("VP-KL-50-DO"), 18),
            StockUpdate.of(product.itemId(), Sku.of("VP-KL-KHAC"), 1),
            StockUpdate.of(product.itemId(), Sku.of("VP-KL-90-DO"), 0)));

    List<LazadaStandIn.Received> calls = standIn.received("/product/price_quantity/update");
    assertThat(calls).hasSize(2);
    assertThat(calls.get(0).parameters().get("payload")).contains("VP-KL-KHAC");
    assertThat(calls.get(1).parameters().get("payload"))
        .contains("VP-KL-50-DO", "VP-KL-90-DO")
        .doesNotContain("VP-KL-KHAC");
  }

  @Test
  void updateStock_whenSkuRepeats_isRejectedBeforeAnyCall() {
    int before = standIn.received().size();

    assertThatThrownBy(() -> adapter.updateStock(
            shop,
            List.of(StockUpdate.of("1", Sku.of("A"), 1), StockUpdate.of("1", Sku.of("A"), 2))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("updates[1].sku must not repeat another update's SKU: A");
    assertThat(standIn.received()).hasSize(before);
  }

  @Test
  void updateStock_whenThrottled_backsOffAndRetries() {
    LazadaStandIn.StoredProduct product =
        standIn.addProduct("Bình", Map.of("BT-BHL-25", 1_250_000L), 12);
    standIn.throttleNext("/product/price_quantity/update", 2);

    StockUpdateResult result =
        adapter.updateStock(shop, StockUpdate.of(product.itemId(), Sku.of("BT-BHL-25"), 7));

    assertThat(result.allSucceeded()).isTrue();
    assertThat(standIn.received("/product/price_quantity/update")).hasSize(3);
    assertThat(clock.sleeps()).hasSize(2);
    assertThat(standIn.product(product.itemId()).quantities()).containsEntry("BT-BHL-25", 7);
  }

  @Test
  void updateStock_whenThrottledBeyondTheAttempts_throwsTheRateLimit() {
    LazadaStandIn.StoredProduct product =
        standIn.addProduct("Bình", Map.of("BT-BHL-25", 1_250_000L), 12);
    standIn.throttleNext("/product/price_quantity/update", 10);

    assertThatThrownBy(() ->
            adapter.updateStock(shop, StockUpdate.of(product.itemId(), Sku.of("BT-BHL-25"), 7)))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("ApiCallLimit");
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.requestId()).isPresent();
          assertThat(e.marketplace()).isEqualTo(Marketplace.LAZADA);
        });
    assertThat(standIn.received("/product/price_quantity/update")).hasSize(4);
  }

  @Test
  void publish_isNotRetriedOnAServerError() {
    standIn.failNext("/product/create", 1, 503, "ServiceUnavailable", "SYSTEM", "Try later");
    ListingRequest request = ListingRequest.builder(LazadaSamples.vase().build(), mapping())
        .addImage(ListingImage.hosted(uploadedImage()))
        .brandId("30768")
        .build();

    assertThatThrownBy(() -> adapter.publish(shop, request))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(503);
          assertThat(e.isRetryable()).isTrue();
        });
    assertThat(standIn.received("/product/create")).hasSize(1);
  }

  // ------------------------------------------------------------------ reading

  @Test
  void listings_readsEveryPageLazily() {
    for (int i = 0; i < 120; i++) {
      standIn.addProduct("Sản phẩm " + i, Map.of("SP-" + i, 10_000L + i), i);
    }

    Stream<Listing> stream = adapter.listings(shop);
    assertThat(standIn.received("/products/get")).isEmpty();
    List<Listing> firstTen = stream.limit(10).toList();
    assertThat(standIn.received("/products/get")).hasSize(1);

    List<Listing> all = adapter.listings(shop).toList();
    assertThat(all).hasSize(120);
    assertThat(firstTen.get(3).title()).isEqualTo("Sản phẩm 3");
    assertThat(all.get(119).skus()).singleElement().satisfies(s -> {
      assertThat(s.sellerSku()).contains("SP-119");
      assertThat(s.price()).contains(Money.ofDong(10_119));
      assertThat(s.stock()).isEqualTo(119);
    });
    assertThat(all.get(0).status()).isEqualTo(ListingStatus.LIVE);
    assertThat(all.get(0).platformStatus()).isEqualTo("Active");
    assertThat(standIn.received("/products/get"))
        .extracting(r -> r.parameters().get("offset"))
        .containsExactly("0", "0", "50", "100");
    assertThat(standIn.received("/products/get"))
        .allSatisfy(r -> assertThat(r.parameters()).containsEntry("limit", "50"));
  }

  @Test
  void listings_whenAPageFails_throwsFromTheStream() {
    standIn.addProduct("Bình", Map.of("BT-1", 1L), 1);
    standIn.failNext("/products/get", 1, 200, "19", "ISV", "E019: \"60\" Invalid Limit");

    assertThatThrownBy(() -> adapter.listings(shop).toList())
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("19");
          assertThat(e.getMessage()).startsWith("Lazada error 19 (HTTP 200, request id ");
        });
  }

  @Test
  void ordersSince_readsOrdersOldestFirstWithLinesAndTotals() {
    Instant since = Instant.parse("2026-02-20T00:00:00Z");
    standIn.addOrder(
        "491253082180001",
        Instant.parse("2026-02-21T03:00:00Z"),
        Instant.parse("2026-02-21T05:00:00Z"),
        30_000,
        new LazadaStandIn.StoredItem(
            "1", "3069252927", 15298395971L, "VP-KL-50-DO", "Khăn lụa 50", 350_000, "pending"),
        new LazadaStandIn.StoredItem(
            "2", "3069252927", 15298395971L, "VP-KL-50-DO", "Khăn lụa 50", 350_000, "pending"),
        new LazadaStandIn.StoredItem(
            "3", "3069252927", 15298395972L, "VP-KL-90-DO", "Khăn lụa 90", 690_000, "canceled"));
    standIn.addOrder(
        "491253082180002",
        Instant.parse("2026-02-19T23:59:59Z"),
        Instant.parse("2026-02-21T05:00:00Z"),
        0,
        new LazadaStandIn.StoredItem(
            "4", "3069252927", 15298395971L, "VP-KL-50-DO", "Khăn lụa 50", 350_000, "delivered"));
    standIn.addOrder(
        "491253082180003",
        Instant.parse("2026-02-20T00:00:00Z"),
        Instant.parse("2026-02-20T00:00:00Z"),
        0,
        new LazadaStandIn.StoredItem(
            "5", "180226526", 314525867L, "BT-BHL-25", "Bình", 1_250_000, "delivered"));

    List<MarketplaceOrder> orders = adapter.ordersSince(shop, since).toList();

    assertThat(orders)
        .extracting(MarketplaceOrder::orderId)
        .containsExactly("491253082180003", "491253082180001");
    MarketplaceOrder order = orders.get(1);
    assertThat(order.status()).isEqualTo(OrderStatus.TO_SHIP);
    assertThat(order.platformStatus()).isEqualTo("pending,canceled");
    assertThat(order.createdAt()).isEqualTo(Instant.parse("2026-02-21T03:00:00Z"));
    assertThat(order.total()).isEqualTo(Money.ofDong(350_000 * 2 + 690_000 + 30_000));
    assertThat(order.lines())
        .extracting(OrderLine::sellerSku, OrderLine::quantity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Optional.of("VP-KL-50-DO"), 2),
            org.assertj.core.groups.Tuple.tuple(Optional.of("VP-KL-90-DO"), 1));
    assertThat(order.lines().get(0).listingId()).isEqualTo("3069252927");
    assertThat(order.lines().get(0).platformSkuId()).contains("15298395971");
    assertThat(orders.get(0).status()).isEqualTo(OrderStatus.DELIVERED);
    LazadaStandIn.Received call = standIn.received("/orders/get").get(0);
    assertThat(call.parameters())
        .containsEntry("created_after", "2026-02-20T07:00:00+07:00")
        .containsEntry("sort_by", "created_at")
        .containsEntry("sort_direction", "ASC")
        .containsEntry("limit", "100");
  }

  @Test
  void ordersSince_isLazy() {
    Stream<MarketplaceOrder> orders = adapter.ordersSince(shop, Instant.EPOCH);

    assertThat(standIn.received("/orders/get")).isEmpty();
    assertThat(orders.findFirst()).isEmpty();
    assertThat(standIn.received("/orders/get")).hasSize(1);
  }

  // ------------------------------------------------------------------ tokens

  @Test
  void call_whenLazadaRejectsTheToken_refreshesOnceAndRetries() {
    String rejected = tokens.load(shop).orElseThrow().accessToken();
    standIn.expire(rejected);

    assertThat(adapter.listings(shop).toList()).isEmpty();

    assertThat(standIn.refreshCalls()).isEqualTo(1);
    assertThat(tokens.load(shop).orElseThrow().accessToken()).isNotEqualTo(rejected);
    assertThat(standIn.received("/products/get")).hasSize(2);
  }

  @Test
  void call_whenTheTokenNearsExpiry_refreshesItFirst() {
    clock.advance(Duration.ofDays(30).minusMinutes(29));

    assertThat(adapter.listings(shop).toList()).isEmpty();

    assertThat(standIn.refreshCalls()).isEqualTo(1);
    assertThat(tokens.load(shop).orElseThrow().expiresAt())
        .isEqualTo(clock.instant().plus(Duration.ofDays(30)));
    assertThat(standIn.received("/products/get")).hasSize(1);
  }

  @Test
  void call_from32ThreadsWithAnExpiredToken_refreshesExactlyOnce() throws Exception {
    clock.advance(Duration.ofDays(31));
    int threads = 32;
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Long>> results = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return adapter.listings(shop).count();
        }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      for (Future<Long> result : results) {
        assertThat(result.get(60, TimeUnit.SECONDS)).isZero();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(standIn.refreshCalls()).isEqualTo(1);
    assertThat(standIn.received("/auth/token/refresh")).hasSize(1);
    assertThat(standIn.received("/products/get")).hasSize(threads);
  }

  @Test
  void call_whenTheRefreshTokenHasExpired_asksForAuthorisationAgain() {
    clock.advance(Duration.ofDays(181));

    assertThatThrownBy(() -> adapter.listings(shop).toList())
        .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errorCode())
            .isEqualTo(PlatformException.NO_TOKEN));
    assertThat(standIn.received("/auth/token/refresh")).isEmpty();
  }

  @Test
  void call_forAShopWithoutToken_failsWithNoToken() {
    assertThatThrownBy(
            () -> adapter.listings(ShopRef.of(Marketplace.LAZADA, "999")).toList())
        .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errorCode())
            .isEqualTo(PlatformException.NO_TOKEN));
  }

  // ------------------------------------------------------------------ transport

  @Test
  void call_whenTheNetworkFails_isATransportErrorAfterRetries() {
    int[] attempts = {0};
    LazadaAdapter offline = adapterBuilder()
        .transport(request -> {
          attempts[0]++;
          throw new java.net.ConnectException("Connection refused");
        })
        .build();

    assertThatThrownBy(() -> offline.listings(shop).toList())
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(PlatformException.TRANSPORT_ERROR);
          assertThat(e.httpStatus()).isZero();
          assertThat(e.getMessage()).contains("ConnectException");
        });
    assertThat(attempts[0]).isEqualTo(4);
  }

  @Test
  void call_whenTheGatewayAnswersHtml_isAnHttpErrorKeepingTheStatus() {
    LazadaAdapter broken = adapterBuilder()
        .transport(request -> new TransportResponse(
            502, Map.of("Retry-After", List.of("1")), "<html>Bad Gateway</html>".getBytes()))
        .build();

    assertThatThrownBy(() -> broken.listings(shop).toList())
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("HTTP_502");
          assertThat(e.httpStatus()).isEqualTo(502);
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
        });
  }

  // ------------------------------------------------------------------ pushes

  private static final String TRADE_ORDER = "{\"seller_id\":\"200123456\",\"message_type\":0,"
      + "\"data\":{\"order_status\":\"pending\",\"trade_order_id\":\"491253082180001\","
      + "\"trade_order_line_id\":\"491253082280001\",\"status_update_time\":1772330400},"
      + "\"timestamp\":1772330401234,\"site\":\"lazada_vn\"}";

  @Test
  void verifyWebhook_signedPushOverHttp_isVerifiedWithAStableEventId() throws Exception {
    List<WebhookVerification> verdicts = new CopyOnWriteArrayList<>();
    HttpServer receiver = receiver(verdicts);
    try {
      URI endpoint = URI.create(
          "http://127.0.0.1:" + receiver.getAddress().getPort() + "/lazada/push?shop=vn");
      String retry = TRADE_ORDER.replace("1772330401234", "1772332201234");

      assertThat(standIn.push(endpoint, TRADE_ORDER.getBytes(StandardCharsets.UTF_8)))
          .isEqualTo(200);
      assertThat(standIn.push(endpoint, retry.getBytes(StandardCharsets.UTF_8))).isEqualTo(200);
    } finally {
      receiver.stop(0);
    }

    assertThat(verdicts).hasSize(2).allMatch(WebhookVerification::isVerified);
    WebhookEvent first = verdicts.get(0).verifiedEvent().orElseThrow();
    WebhookEvent second = verdicts.get(1).verifiedEvent().orElseThrow();
    assertThat(first.marketplace()).isEqualTo(Marketplace.LAZADA);
    assertThat(first.kind()).isEqualTo(WebhookEvent.Kind.ORDER_STATUS);
    assertThat(first.type()).isEqualTo("trade_order");
    assertThat(first.shopId()).contains("200123456");
    assertThat(first.orderId()).contains("491253082180001");
    assertThat(first.occurredAt()).contains(Instant.ofEpochSecond(1772330400L));
    assertThat(first.json()).isEqualTo(TRADE_ORDER);
    assertThat(first.eventId()).isPresent().isEqualTo(second.eventId());
  }

  @Test
  void verifyWebhook_whenBodyTampered_isRejected() {
    byte[] body = TRADE_ORDER.getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = standIn.pushHeaders(body);
    byte[] tampered = TRADE_ORDER.replace("pending", "canceled").getBytes(StandardCharsets.UTF_8);

    WebhookVerification verdict = adapter.verifyWebhook(WebhookRequest.ofSingleValued(
        URI.create("https://shop.example.vn/push"), headers, tampered));

    assertThat(verdict)
        .isEqualTo(WebhookVerification.rejected(
            "Authorization is not HMAC-SHA256(app secret, app key + raw body)"));
  }

  @Test
  void verifyWebhook_withoutAuthorization_isRejected() {
    WebhookVerification verdict = adapter.verifyWebhook(WebhookRequest.ofSingleValued(
        URI.create("https://shop.example.vn/push"),
        Map.of("Content-Type", "application/json"),
        TRADE_ORDER.getBytes(StandardCharsets.UTF_8)));

    assertThat(verdict).isEqualTo(WebhookVerification.rejected("no Authorization header"));
  }

  @Test
  void verifyWebhook_signedButNotAPushMessage_isRejected() {
    byte[] body = "{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8);

    WebhookVerification verdict = adapter.verifyWebhook(WebhookRequest.ofSingleValued(
        URI.create("https://shop.example.vn/push"), standIn.pushHeaders(body), body));

    assertThat(verdict)
        .isEqualTo(WebhookVerification.rejected("the signed body is not a Lazada push message"));
  }

  static Stream<Long> seeds() {
    return LongStream.range(4_000L, 4_030L).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void verifyWebhook_randomBodiesAndHeaders_neverThrow(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 50; i++) {
      byte[] body = new byte[random.nextInt(200)];
      random.nextBytes(body);
      if (random.nextBoolean()) {
        // Signed garbage: verification passes, parsing must still not throw.
        WebhookVerification verdict = adapter.verifyWebhook(WebhookRequest.ofSingleValued(
            URI.create("https://shop.example.vn/push"), standIn.pushHeaders(body), body));
        assertThat(verdict.isVerified()).isFalse();
      } else {
        String header = Long.toHexString(random.nextLong());
        WebhookVerification verdict = adapter.verifyWebhook(WebhookRequest.ofSingleValued(
            URI.create("https://shop.example.vn/push"), Map.of("Authorization", header), body));
        assertThat(verdict.isVerified()).isFalse();
      }
    }
  }

  private HttpServer receiver(List<WebhookVerification> verdicts) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/lazada/push", exchange -> {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      URI url = URI.create(
          "http://127.0.0.1:" + server.getAddress().getPort() + exchange.getRequestURI());
      Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      WebhookVerification verdict = adapter.verifyWebhook(WebhookRequest.of(url, headers, body));
      verdicts.add(verdict);
      exchange.sendResponseHeaders(verdict.isVerified() ? 200 : 401, -1);
      exchange.close();
    });
    server.start();
    return server;
  }

  // ------------------------------------------------------------------ building

  @Test
  void build_namesTheFirstBadSetting() {
    assertThatThrownBy(() -> LazadaAdapter.builder().appSecret(SECRET).build())
        .hasMessage("appKey must be 1..200 visible ASCII characters: null");
    assertThatThrownBy(() -> LazadaAdapter.builder().appKey(APP_KEY).build())
        .hasMessage("appSecret must not be blank");
    assertThatThrownBy(() -> adapterBuilder().skusPerBatch(51).build())
        .hasMessage("skusPerBatch must be 1..50: 51");
    assertThatThrownBy(() -> adapterBuilder().baseUri(URI.create("ftp://x")).build())
        .hasMessage("baseUri must be an absolute http or https URI: ftp://x");
    assertThatThrownBy(() -> adapterBuilder().country("Vietnam").build())
        .hasMessage("country must be a two-letter Lazada country code: \"Vietnam\"");
  }

  @Test
  void toString_andToBuilder_neverShowTheSecret() {
    assertThat(adapter.toString())
        .doesNotContain(SECRET)
        .isEqualTo("LazadaAdapter[appKey=100001, baseUri=" + standIn.gateway() + ", country=vn]");
    LazadaAdapter copy = adapter.toBuilder().skusPerBatch(50).build();
    assertThat(copy.capabilities().maxSkusPerPriceBatch()).isEqualTo(50);
    assertThat(copy.marketplace()).isEqualTo(Marketplace.LAZADA);
  }
}
