package io.github.craftmark.platform.shopee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.platform.CategoryMapping;
import io.github.craftmark.platform.Listing;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.ListingRejectedException;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.ListingSku;
import io.github.craftmark.platform.ListingStatus;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceOrder;
import io.github.craftmark.platform.OrderLine;
import io.github.craftmark.platform.OrderStatus;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.PriceUpdate;
import io.github.craftmark.platform.ProblemCode;
import io.github.craftmark.platform.ProvenanceLine;
import io.github.craftmark.platform.PublishedListing;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.StockUpdate;
import io.github.craftmark.platform.StockUpdateResult;
import io.github.craftmark.platform.WebhookEvent;
import io.github.craftmark.platform.WebhookRequest;
import io.github.craftmark.platform.WebhookVerification;
import io.github.craftmark.platform.auth.AccessToken;
import io.github.craftmark.platform.auth.InMemoryTokenStore;
import io.github.craftmark.platform.http.HttpTransport;
import io.github.craftmark.platform.http.JdkHttpTransport;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.http.TransportRequest;
import io.github.craftmark.platform.testing.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShopeeAdapterTest {
  static final long PARTNER_ID = 2001887;
  static final String KEY = "EXAMPLE-partner-key";
  static final long SHOP_ID = 14701711;
  static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F'
  };
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d};

  final TestClock clock = new TestClock(NOW);
  final List<Duration> waits = new CopyOnWriteArrayList<>();
  final InMemoryTokenStore tokens = new InMemoryTokenStore();
  final ShopRef shop = ShopeeAdapter.shop(SHOP_ID);
  ShopeeStandIn shopee;
  ShopeeAdapter adapter;

  @BeforeEach
  void start() throws IOException {
    shopee = new ShopeeStandIn(PARTNER_ID, KEY, clock);
    adapter = adapter(3);
  }

  @AfterEach
  void stop() {
    shopee.close();
  }

  ShopeeAdapter adapter(int pageSize) {
    return ShopeeAdapter.builder()
        .partnerId(PARTNER_ID)
        .partnerKey(KEY)
        .baseUri(shopee.baseUri())
        .tokenStore(tokens)
        .clock(clock)
        .retryPolicy(
            RetryPolicy.builder().sleeper(waits::add).random(new Random(7)).build())
        .random(new Random(11))
        .pageSize(pageSize)
        .build();
  }

  /** Authorises the shop the way a seller does: the stand-in redirects with a one-time code. */
  void authorise() {
    shopee.hostImage("vn-11134207-EXAMPLE-hosted", PNG);
    shopee.authorise(SHOP_ID, "EXAMPLE-code-1");
    adapter.authorize(URI.create(
        "https://gom.example.vn/shopee/callback?code=EXAMPLE-code-1&shop_id=" + SHOP_ID));
  }

  static CategoryMapping mapping() {
    return CategoryMapping.builder(Marketplace.SHOPEE)
        .map(
            CraftCategory.CERAMICS,
            CategoryMapping.Target.of("100636") // EXAMPLE leaf ids
                .withAttribute("100134", "#1476")
                .withAttributeFromProduct("100037", "Màu men")
                .requiring("100134", "100037"))
        .map(CraftCategory.SILK, CategoryMapping.Target.of("100118"))
        .build();
  }

  static ListingRequest vaseRequest() {
    return ListingRequest.builder(ShopeeProducts.vase().build(), mapping())
        .addImage(ListingImage.ofBytes(JPEG, "image/jpeg"))
        .addImage(ListingImage.hosted("vn-11134207-EXAMPLE-hosted"))
        .addLogisticsChannel("50011")
        .addLogisticsChannel("50018")
        .provenance(ProvenanceLine.builder()
            .village("Bát Tràng")
            .ocopStars(StarRating.FOUR)
            .verificationUri(URI.create("https://xacminh.example.vn/t/AbC123"))
            .build())
        .build();
  }

  static ListingRequest scarfRequest() {
    return ListingRequest.builder(ShopeeProducts.silkScarf().build(), mapping())
        .addImage(ListingImage.ofBytes(PNG, "image/png"))
        .addLogisticsChannel("50011")
        .build();
  }

  // ---------------------------------------------------------------- authorisation

  @Test
  void authorizationUri_isSignedWithTheClocksPresent() {
    URI link = adapter.authorizationUri(URI.create("https://gom.example.vn/cb"));
    long ts = NOW.getEpochSecond();

    assertThat(link.toString())
        .isEqualTo(shopee.baseUri() + "/api/v2/shop/auth_partner?partner_id=2001887&timestamp=" + ts
            + "&sign="
            + ShopeeSigner.of(PARTNER_ID, KEY).signPublic("/api/v2/shop/auth_partner", ts)
            + "&redirect=https%3A%2F%2Fgom.example.vn%2Fcb");
  }

  @Test
  void authorize_exchangesTheCodeAndStoresTokensThatExpireIn4Hours() throws IOException {
    shopee.authorise(SHOP_ID, "EXAMPLE-code-1");

    ShopRef authorised = adapter.authorize(
        URI.create("https://gom.example.vn/cb?code=EXAMPLE-code-1&shop_id=14701711"));

    assertThat(authorised).isEqualTo(shop);
    AccessToken token = tokens.load(shop).orElseThrow();
    assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(4)));
    assertThat(token.refreshExpiresAt()).contains(NOW.plus(Duration.ofDays(30)));
    JsonNode body = shopee.lastBody("/api/v2/auth/token/get");
    assertThat(body.path("code").asText()).isEqualTo("EXAMPLE-code-1");
    assertThat(body.path("partner_id").asLong()).isEqualTo(PARTNER_ID);
    assertThat(body.path("shop_id").asLong()).isEqualTo(SHOP_ID);
  }

  @Test
  void authorize_whenCodeAlreadyUsed_failsWithShopeesErrorAndStoresNothing() {
    shopee.authorise(SHOP_ID, "EXAMPLE-code-1");
    adapter.authorize("EXAMPLE-code-1", SHOP_ID);
    tokens.remove(shop);

    assertThatThrownBy(() -> adapter.authorize("EXAMPLE-code-1", SHOP_ID))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("error_auth");
          assertThat(e.platformMessage()).isEqualTo("Invalid code.");
          assertThat(e.httpStatus()).isEqualTo(403);
          assertThat(e.requestId()).isPresent();
          assertThat(e.getMessage()).doesNotContain("EXAMPLE-code-1");
        });
    assertThat(tokens.load(shop)).isEmpty();
  }

  @Test
  void calls_forAShopThatNeverAuthorised_failWithNoToken() {
    assertThatThrownBy(() -> adapter.listings(shop).toList())
        .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errorCode())
            .isEqualTo(PlatformException.NO_TOKEN));
  }

  // ---------------------------------------------------------------- publish

  @Test
  void publish_vase_uploadsImagesAndSendsAddItemInShopeesShape() throws IOException {
    authorise();

    PublishedListing listing = adapter.publish(shop, vaseRequest());

    assertThat(shopee.images().values()).containsExactly(PNG, JPEG);
    JsonNode body = shopee.lastBody("/api/v2/product/add_item");
    assertThat(body.path("item_name").asText()).isEqualTo("Bình hút lộc men rạn đắp nổi");
    assertThat(body.path("description").asText())
        .isEqualTo("Bình gốm Bát Tràng, men rạn cổ, đắp nổi hoa sen. Cao 25 cm.\n\n"
            + "Nguồn gốc: làng nghề Bát Tràng · OCOP 4 sao · "
            + "xác minh tại https://xacminh.example.vn/t/AbC123");
    assertThat(body.path("original_price").isIntegralNumber()).isTrue();
    assertThat(body.path("original_price").asLong()).isEqualTo(1_250_000);
    assertThat(body.path("seller_stock").toString()).isEqualTo("[{\"stock\":12}]");
    assertThat(body.path("category_id").asLong()).isEqualTo(100636);
    assertThat(body.path("image").path("image_id_list").toString())
        .isEqualTo("[\"" + new ArrayList<>(shopee.images().keySet()).get(1)
            + "\",\"vn-11134207-EXAMPLE-hosted\"]");
    assertThat(body.path("attribute_list").toString())
        .isEqualTo("[{\"attribute_id\":100037,\"attribute_value_list\":"
            + "[{\"value_id\":0,\"original_value_name\":\"Rạn cổ\"}]},"
            + "{\"attribute_id\":100134,\"attribute_value_list\":[{\"value_id\":1476}]}]");
    assertThat(body.path("logistic_info").toString())
        .isEqualTo(
            "[{\"logistic_id\":50011,\"enabled\":true},{\"logistic_id\":50018,\"enabled\":true}]");
    assertThat(body.path("weight").decimalValue()).isEqualByComparingTo("1.8");
    assertThat(body.path("dimension").toString())
        .isEqualTo("{\"package_length\":18,\"package_width\":18,\"package_height\":26}");
    assertThat(body.path("brand").toString()).isEqualTo("{\"brand_id\":0}");
    long itemId = shopee.items().get(0).id;
    assertThat(listing.listingId()).isEqualTo(Long.toString(itemId));
    assertThat(listing.platformSkuIds()).containsExactly(Map.entry(Sku.of("BT-BHL-25"), "0"));
    assertThat(listing.status()).isEqualTo(ListingStatus.LIVE);
    assertThat(listing.requestId()).isPresent();
    assertThat(listing.warnings()).isEmpty();
  }

  @Test
  void publish_productWithTiers_createsModelsAndReturnsTheirIds() throws IOException {
    authorise();

    PublishedListing listing = adapter.publish(shop, scarfRequest());

    ShopeeStandIn.Item item = shopee.items().get(0);
    assertThat(
            shopee.lastBody("/api/v2/product/add_item").path("original_price").asLong())
        .isEqualTo(350_000);
    assertThat(shopee.lastBody("/api/v2/product/add_item").path("seller_stock").toString())
        .isEqualTo("[{\"stock\":25}]");
    assertThat(item.models)
        .extracting(m -> m.sku)
        .containsExactly("VP-KL-50-DO", "VP-KL-50-XANH", "VP-KL-90-DO");
    assertThat(item.models)
        .extracting(m -> m.tierIndex)
        .containsExactly(List.of(0, 0), List.of(0, 1), List.of(1, 0));
    assertThat(listing.platformSkuIds())
        .containsExactly(
            Map.entry(Sku.of("VP-KL-50-DO"), Long.toString(item.models.get(0).id)),
            Map.entry(Sku.of("VP-KL-50-XANH"), Long.toString(item.models.get(1).id)),
            Map.entry(Sku.of("VP-KL-90-DO"), Long.toString(item.models.get(2).id)));
    // No dimensions warning: the scarf has them. The mapping's warnings come back.
    assertThat(listing.warnings()).isEmpty();
  }

  @Test
  void publish_whenMappingFindsErrors_listsThemAllAndSendsNothing() {
    authorise();
    int before = shopee.requests().size();
    Product heavyless = ShopeeProducts.vase()
        .weightGrams(null)
        .descriptionVi(null)
        .nameVi("Bình ".repeat(30).strip())
        .price(Money.ofDong(500))
        .build();
    ListingRequest request = ListingRequest.builder(heavyless, mapping())
        .images(Collections.nCopies(10, ListingImage.ofBytes(JPEG, "image/jpeg")))
        .build();

    assertThatThrownBy(() -> adapter.publish(shop, request))
        .isInstanceOfSatisfying(ListingRejectedException.class, e -> assertThat(e.problems())
            .extracting(p -> p.code().value())
            .containsExactly(
                "TOO_MANY_IMAGES",
                "TITLE_TOO_LONG",
                "MISSING_DESCRIPTION",
                "PRICE_OUT_OF_RANGE",
                "MISSING_WEIGHT",
                "SHOPEE_NO_LOGISTICS_CHANNEL"));
    assertThat(shopee.requests()).hasSize(before);
  }

  @Test
  void publish_whenShopeeRefusesTheItem_throwsItsErrorAndDoesNotRetry() {
    authorise();
    shopee.failNext("/api/v2/product/add_item", 1, 200, "error_param", "item_name is invalid.");

    assertThatThrownBy(() -> adapter.publish(shop, vaseRequest()))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("error_param");
          assertThat(e.getMessage())
              .matches(
                  "Shopee error error_param \\(HTTP 200, request id [0-9a-f]{32}\\): item_name is invalid\\.");
          assertThat(e.isRetryable()).isFalse();
        });
    assertThat(shopee.requests("/api/v2/product/add_item")).hasSize(1);
  }

  @Test
  void publish_whenAddItemIsRateLimited_isNotRepeatedSinceCreatingIsNotIdempotent() {
    authorise();
    shopee.failNext("/api/v2/product/add_item", 1, 429, "error_rate_limit", "Too many requests.");

    assertThatThrownBy(() -> adapter.publish(shop, vaseRequest()))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("error_rate_limit");
          assertThat(e.isRetryable()).isTrue();
        });
    assertThat(shopee.requests("/api/v2/product/add_item")).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void publish_whenVariantsAreRefused_namesTheItemLeftWithoutThem() {
    authorise();
    shopee.failNext(
        "/api/v2/product/init_tier_variation", 1, 200, "error_param", "Option is too long.");

    assertThatThrownBy(() -> adapter.publish(shop, scarfRequest()))
        .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.platformMessage())
            .isEqualTo("Option is too long. (item " + shopee.items().get(0).id
                + " was created without its variants: add them with init_tier_variation or"
                + " delete the item)"));
  }

  // ---------------------------------------------------------------- price and stock

  @Test
  void updatePrice_withModelIdsFromPublish_setsTheNewPrices() {
    authorise();
    PublishedListing listing = adapter.publish(shop, scarfRequest());

    adapter.updatePrice(
        shop,
        new PriceUpdate(
            listing.listingId(),
            List.of(
                new PriceUpdate.SkuPrice(
                    Sku.of("VP-KL-50-DO"),
                    listing.platformSkuId(Sku.of("VP-KL-50-DO")),
                    Money.ofDong(390_000)),
                new PriceUpdate.SkuPrice(
                    Sku.of("VP-KL-90-DO"),
                    listing.platformSkuId(Sku.of("VP-KL-90-DO")),
                    Money.ofDong(720_000)))));

    long itemId = Long.parseLong(listing.listingId());
    assertThat(shopee.model(itemId, "VP-KL-50-DO").price).isEqualTo(390_000);
    assertThat(shopee.model(itemId, "VP-KL-90-DO").price).isEqualTo(720_000);
    assertThat(shopee.requests("/api/v2/product/get_model_list")).isEmpty();
  }

  @Test
  void updatePrice_bySkuAlone_looksUpTheModelIdsOnce() {
    authorise();
    long itemId = shopee.addItemWithModels(
        "Khăn lụa", "VP-KL", List.of("VP-KL-50-DO", "VP-KL-90-DO"), 350_000, 4);

    adapter.updatePrice(
        shop,
        new PriceUpdate(
            Long.toString(itemId),
            List.of(
                new PriceUpdate.SkuPrice(
                    Sku.of("VP-KL-50-DO"), Optional.empty(), Money.ofDong(360_000)),
                new PriceUpdate.SkuPrice(
                    Sku.of("VP-KL-90-DO"), Optional.empty(), Money.ofDong(700_000)))));

    assertThat(shopee.model(itemId, "VP-KL-50-DO").price).isEqualTo(360_000);
    assertThat(shopee.model(itemId, "VP-KL-90-DO").price).isEqualTo(700_000);
    assertThat(shopee.requests("/api/v2/product/get_model_list")).hasSize(1);
  }

  @Test
  void updatePrice_ofAnItemWithoutModels_usesModelZero() throws IOException {
    authorise();
    long itemId = shopee.addItem("Bình", "BT-BHL-25", 1_250_000, 12, "NORMAL");

    adapter.updatePrice(
        shop, PriceUpdate.of(Long.toString(itemId), Sku.of("BT-BHL-25"), Money.ofDong(1_300_000)));

    assertThat(shopee.lastBody("/api/v2/product/update_price").toString())
        .isEqualTo("{\"item_id\":" + itemId
            + ",\"price_list\":[{\"model_id\":0,\"original_price\":1300000}]}");
    assertThat(shopee.model(itemId, "BT-BHL-25").price).isEqualTo(1_300_000);
  }

  @Test
  void updatePrice_whenTheItemHasNoSuchSku_failsNamingIt() {
    authorise();
    long itemId = shopee.addItem("Bình", "BT-BHL-25", 1_250_000, 12, "NORMAL");

    assertThatThrownBy(() -> adapter.updatePrice(
            shop, PriceUpdate.of(Long.toString(itemId), Sku.of("KHONG-CO"), Money.ofDong(1_000))))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(PlatformException.SKU_NOT_FOUND);
          assertThat(e.platformMessage())
              .isEqualTo("item " + itemId + " has no model with SKU KHONG-CO");
        });
    assertThat(shopee.requests("/api/v2/product/update_price")).isEmpty();
  }

  @Test
  void updatePrice_whenShopeeRefusesAModel_throwsListingIt() {
    authorise();
    long itemId = shopee.addItem("Bình", "BT-BHL-25", 1_250_000, 12, "NORMAL");

    assertThatThrownBy(() -> adapter.updatePrice(
            shop,
            new PriceUpdate(
                Long.toString(itemId),
                List.of(new PriceUpdate.SkuPrice(
                    Sku.of("BT-BHL-25"), Optional.of("777"), Money.ofDong(5_000))))))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("failure_list");
          assertThat(e.platformMessage())
              .isEqualTo("Shopee refused the price of BT-BHL-25: model_id not found.");
        });
  }

  @Test
  void updateStock_batchesAt50ModelsPerItemAndReportsEachSku() throws IOException {
    authorise();
    List<String> skus = IntStream.range(0, 60).mapToObj(i -> "LO-" + i).toList();
    long big = shopee.addItemWithModels("Lọ hoa", "LO", skus, 90_000, 1);
    long small = shopee.addItem("Bình", "BT-BHL-25", 1_250_000, 12, "NORMAL");
    List<StockUpdate> updates = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      updates.add(StockUpdate.of(Long.toString(big), Sku.of("LO-" + i), 100 + i));
    }
    updates.add(StockUpdate.of(Long.toString(small), Sku.of("BT-BHL-25"), 7));
    updates.add(StockUpdate.of(Long.toString(small), Sku.of("KHONG-CO"), 1));
    updates.add(new StockUpdate(Long.toString(big), Sku.of("LO-X"), Optional.of("999"), 3));

    StockUpdateResult result = adapter.updateStock(shop, updates);

    assertThat(result.outcomes()).hasSize(63);
    assertThat(result.failures())
        .extracting(o -> o.sku().value() + " " + o.errorCode().orElseThrow() + " "
            + o.message().orElseThrow())
        .containsExactly(
            "KHONG-CO SKU_NOT_FOUND item " + small + " has no model with this SKU",
            "LO-X failure_list model_id not found.");
    assertThat(shopee.requests("/api/v2/product/update_stock"))
        .extracting(
            r -> new String(r.body(), StandardCharsets.UTF_8).split("\"model_id\"").length - 1)
        .containsExactly(50, 11, 1);
    assertThat(shopee.model(big, "LO-59").stock).isEqualTo(159);
    assertThat(shopee.model(small, "BT-BHL-25").stock).isEqualTo(7);
    assertThat(shopee.requests("/api/v2/product/get_model_list")).hasSize(1);
  }

  @Test
  void updateStock_whenRateLimited_backsOffAndRetries() {
    authorise();
    long itemId = shopee.addItem("Bình", "BT-BHL-25", 1_250_000, 12, "NORMAL");
    shopee.failNext(
        "/api/v2/product/update_stock", 1, 429, "error_rate_limit", "Too many requests.");
    shopee.failNext("/api/v2/product/update_stock", 1, 200, "error_limit", "Over the limit.");

    StockUpdateResult result = adapter.updateStock(
        shop, new StockUpdate(Long.toString(itemId), Sku.of("BT-BHL-25"), Optional.of("0"), 3));

    assertThat(result.allSucceeded()).isTrue();
    assertThat(shopee.requests("/api/v2/product/update_stock")).hasSize(3);
    assertThat(waits).hasSize(2);
    assertThat(shopee.model(itemId, "BT-BHL-25").stock).isEqualTo(3);
  }

  @Test
  void updateStock_whenRateLimitedEveryTime_givesUpAfterTheLastAttempt() {
    authorise();
    long itemId = shopee.addItem("Bình", "BT-BHL-25", 1_250_000, 12, "NORMAL");
    shopee.failNext(
        "/api/v2/product/update_stock", 10, 200, "error_rate_limit", "Too many requests.");

    assertThatThrownBy(() -> adapter.updateStock(
            shop, new StockUpdate(Long.toString(itemId), Sku.of("BT-BHL-25"), Optional.of("0"), 3)))
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("error_rate_limit");
          assertThat(e.isRetryable()).isTrue();
        });
    assertThat(shopee.requests("/api/v2/product/update_stock")).hasSize(4);
    assertThat(waits).hasSize(3);
  }

  // ---------------------------------------------------------------- listings

  @Test
  void listings_walksOffsetPagesAndReadsModels() {
    authorise();
    for (int i = 1; i <= 6; i++) {
      shopee.addItem("Bình " + i, "BINH-" + i, 100_000L * i, i, i == 4 ? "UNLIST" : "NORMAL");
    }
    long scarf = shopee.addItemWithModels(
        "Khăn lụa", "VP-KL", List.of("VP-KL-50-DO", "VP-KL-90-DO"), 350_000, 5);
    shopee.addItem("Đã xoá", "XOA", 1_000, 0, "DELETED");

    List<Listing> listings = adapter.listings(shop).toList();

    assertThat(listings)
        .extracting(Listing::title)
        .containsExactly("Bình 1", "Bình 2", "Bình 3", "Bình 4", "Bình 5", "Bình 6", "Khăn lụa");
    assertThat(shopee.requests("/api/v2/product/get_item_list"))
        .extracting(r -> r.param("offset"))
        .containsExactly("0", "3", "6");
    assertThat(listings.get(3).status()).isEqualTo(ListingStatus.INACTIVE);
    assertThat(listings.get(3).platformStatus()).isEqualTo("UNLIST");
    assertThat(listings.get(1).skus())
        .containsExactly(new ListingSku(
            Optional.of("BINH-2"), Optional.of("0"), Optional.of(Money.ofDong(200_000)), 2));
    Listing scarfListing = listings.get(6);
    assertThat(scarfListing.listingId()).isEqualTo(Long.toString(scarf));
    assertThat(scarfListing.skus())
        .extracting(s -> s.sellerSku().orElseThrow())
        .containsExactly("VP-KL-50-DO", "VP-KL-90-DO");
    assertThat(scarfListing.skus())
        .allSatisfy(s -> assertThat(s.price()).contains(Money.ofDong(350_000)));
  }

  @Test
  void listings_isLazy_fetchingOnlyThePagesTheStreamUses() {
    authorise();
    for (int i = 1; i <= 9; i++) {
      shopee.addItem("Bình " + i, "BINH-" + i, 100_000, 1, "NORMAL");
    }
    var stream = adapter.listings(shop);
    assertThat(shopee.requests("/api/v2/product/get_item_list")).isEmpty();

    List<Listing> first = stream.limit(2).toList();

    assertThat(first).hasSize(2);
    assertThat(shopee.requests("/api/v2/product/get_item_list")).hasSize(1);
    assertThat(shopee.requests("/api/v2/product/get_item_base_info")).hasSize(1);
  }

  @Test
  void listings_whenAPageFailsWithAServerError_retriesIt() {
    authorise();
    shopee.addItem("Bình", "BINH", 100_000, 1, "NORMAL");
    shopee.failNext("/api/v2/product/get_item_list", 1, 500, "error_server", "Internal error.");

    assertThat(adapter.listings(shop).count()).isEqualTo(1);
    assertThat(waits).hasSize(1);
  }

  // ---------------------------------------------------------------- orders

  @Test
  void ordersSince_walks15DayWindowsAndCursorPagesOldestFirst() {
    authorise();
    clock.set(NOW.plus(Duration.ofDays(40)));
    adapter.authorize(reauthorise()); // tokens issued at the new present
    for (int day = 1; day <= 39; day += 4) {
      Instant created = NOW.plus(Duration.ofDays(day));
      shopee.addOrder(
          "2611" + String.format("%02d", day) + "EXAMPLE",
          day < 30 ? "COMPLETED" : "READY_TO_SHIP",
          created,
          created.plus(Duration.ofHours(2)),
          List.of(new ShopeeStandIn.Line(
              800000001L, "Bình hút lộc", "BT-BHL-25", 0, "", 2, 1_250_000)));
    }
    shopee.addOrder("251101EXAMPLE", "COMPLETED", NOW.minus(Duration.ofDays(3)), NOW, List.of());

    List<MarketplaceOrder> orders = adapter.ordersSince(shop, NOW).toList();

    assertThat(orders)
        .extracting(MarketplaceOrder::orderId)
        .containsExactly(
            "261101EXAMPLE",
            "261105EXAMPLE",
            "261109EXAMPLE",
            "261113EXAMPLE",
            "261117EXAMPLE",
            "261121EXAMPLE",
            "261125EXAMPLE",
            "261129EXAMPLE",
            "261133EXAMPLE",
            "261137EXAMPLE");
    List<ShopeeStandIn.Recorded> lists = shopee.requests("/api/v2/order/get_order_list");
    assertThat(lists).allSatisfy(r -> {
      assertThat(r.param("time_range_field")).isEqualTo("create_time");
      assertThat(Long.parseLong(r.param("time_to")) - Long.parseLong(r.param("time_from")))
          .isLessThanOrEqualTo(15L * 86_400);
    });
    assertThat(lists).extracting(r -> r.param("cursor")).contains("3");
    MarketplaceOrder last = orders.get(9);
    assertThat(last.status()).isEqualTo(OrderStatus.TO_SHIP);
    assertThat(last.platformStatus()).isEqualTo("READY_TO_SHIP");
    assertThat(last.createdAt()).isEqualTo(NOW.plus(Duration.ofDays(37)));
    assertThat(last.lines())
        .containsExactly(new OrderLine(
            "800000001",
            Optional.of("0"),
            Optional.of("BT-BHL-25"),
            "Bình hút lộc",
            2,
            Money.ofDong(1_250_000)));
    assertThat(last.total()).isEqualTo(Money.ofDong(2_500_000));
    assertThat(orders.get(0).status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  void ordersSince_isLazy() {
    authorise();
    for (int i = 0; i < 7; i++) {
      shopee.addOrder(
          "O" + i, "UNPAID", NOW.minusSeconds(100 - i), NOW.minusSeconds(50), List.of());
    }

    List<MarketplaceOrder> first =
        adapter.ordersSince(shop, NOW.minus(Duration.ofDays(1))).limit(2).toList();

    assertThat(first).hasSize(2);
    assertThat(shopee.requests("/api/v2/order/get_order_list")).hasSize(1);
    assertThat(shopee.requests("/api/v2/order/get_order_detail")).hasSize(1);
  }

  URI reauthorise() {
    shopee.authorise(SHOP_ID, "EXAMPLE-code-2");
    return URI.create("https://gom.example.vn/cb?code=EXAMPLE-code-2&shop_id=" + SHOP_ID);
  }

  // ---------------------------------------------------------------- tokens

  @Test
  void calls_nearTheEndOfTheAccessToken_refreshItFirstAndSpendTheRefreshTokenOnce()
      throws IOException {
    authorise();
    AccessToken first = tokens.load(shop).orElseThrow();
    clock.advance(Duration.ofHours(4).minusMinutes(2));

    assertThat(adapter.listings(shop).count()).isZero();

    assertThat(shopee.refreshCalls()).isEqualTo(1);
    AccessToken second = tokens.load(shop).orElseThrow();
    assertThat(second).isNotEqualTo(first);
    assertThat(second.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(4)));
    JsonNode body = shopee.lastBody("/api/v2/auth/access_token/get");
    assertThat(body.path("refresh_token").asText())
        .isEqualTo(first.refreshToken().orElseThrow());
    assertThat(body.path("shop_id").asLong()).isEqualTo(SHOP_ID);
  }

  @Test
  void calls_whenShopeeRefusesTheAccessToken_refreshOnceAndSendAgain() {
    authorise();
    shopee.addItem("Bình", "BINH", 100_000, 1, "NORMAL");
    shopee.failNext(
        "/api/v2/product/get_item_list", 1, 403, "invalid_acceess_token", "Invalid access_token.");

    assertThat(adapter.listings(shop).count()).isEqualTo(1);

    assertThat(shopee.refreshCalls()).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void calls_fromManyThreadsWithAnExpiredToken_causeExactlyOneRefresh() throws Exception {
    authorise();
    long itemId = shopee.addItem("Bình", "BINH", 100_000, 1, "NORMAL");
    clock.advance(Duration.ofHours(5));
    int threads = 32;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    AtomicInteger succeeded = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        int quantity = t;
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          StockUpdateResult result = adapter.updateStock(
              shop,
              new StockUpdate(Long.toString(itemId), Sku.of("BINH"), Optional.of("0"), quantity));
          if (result.allSucceeded()) {
            succeeded.incrementAndGet();
          }
          return null;
        }));
      }
      ready.await(10, TimeUnit.SECONDS);
      go.countDown();
      for (Future<?> future : futures) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(shopee.refreshCalls()).isEqualTo(1);
    assertThat(succeeded.get()).isEqualTo(threads);
    assertThat(shopee.requests("/api/v2/product/update_stock")).hasSize(threads);
  }

  @Test
  void calls_whenTheRefreshTokenIsRefused_failWithShopeesErrorAndDoNotRetryTheRefresh() {
    authorise();
    clock.advance(Duration.ofHours(5));
    // Spend the stored refresh token behind the adapter's back, as a second process would.
    AccessToken stored = tokens.load(shop).orElseThrow();
    tokens.save(
        shop,
        AccessToken.of(
            stored.accessToken(),
            "0000EXAMPLE-spent",
            stored.expiresAt(),
            stored.refreshExpiresAt().orElseThrow()));

    assertThatThrownBy(() -> adapter.listings(shop).count())
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("error_auth");
          assertThat(e.getMessage()).doesNotContain("0000EXAMPLE-spent");
        });
    assertThat(shopee.refreshCalls()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- transport

  @Test
  void reads_whenTheNetworkFails_areRetriedAsTransportErrors() {
    authorise();
    AtomicInteger calls = new AtomicInteger();
    HttpTransport real = JdkHttpTransport.create();
    HttpTransport flaky = request -> {
      if (calls.incrementAndGet() == 1) {
        throw new IOException("connection reset");
      }
      return real.send(request);
    };
    ShopeeAdapter withFlaky = adapter.toBuilder().transport(flaky).build();

    assertThat(withFlaky.listings(shop).count()).isZero();
    assertThat(calls.get()).isEqualTo(2);
    assertThat(waits).hasSize(1);
  }

  @Test
  void calls_neverPutTheTokenOrKeyInExceptionMessages() {
    authorise();
    AccessToken token = tokens.load(shop).orElseThrow();
    // A transport whose message quotes the whole URI, access token and all.
    HttpTransport down = request -> {
      throw new ConnectException("connection refused: " + request.uri());
    };
    ShopeeAdapter offline =
        adapter.toBuilder().transport(down).retryPolicy(RetryPolicy.none()).build();

    assertThatThrownBy(() -> offline.listings(shop).count())
        .isInstanceOfSatisfying(PlatformException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(PlatformException.TRANSPORT_ERROR);
          assertThat(e.getMessage())
              .isEqualTo("Shopee error TRANSPORT_ERROR: /api/v2/product/get_item_list for shop"
                  + " shopee:14701711 failed: ConnectException")
              .doesNotContain(token.accessToken())
              .doesNotContain(KEY);
        });
  }

  // ---------------------------------------------------------------- pushes

  @Test
  void verifyWebhook_acceptsSignedPushesFromTheStandInAndRejectsForgeries() throws Exception {
    List<WebhookVerification> verdicts = new CopyOnWriteArrayList<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    URI callback = URI.create(
        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/shopee/push?tenant=gom");
    receiver.createContext("/shopee/push", exchange -> {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      // The URL as registered with Shopee, never rebuilt from the Host header.
      WebhookVerification verdict =
          adapter.verifyWebhook(WebhookRequest.of(callback, exchange.getRequestHeaders(), body));
      verdicts.add(verdict);
      exchange.sendResponseHeaders(verdict.isVerified() ? 200 : 401, -1);
      exchange.close();
    });
    receiver.start();
    try {
      byte[] body =
          ("{\"data\":{\"items\":[],\"ordersn\":\"220810QSK8S7BX\",\"status\":\"PROCESSED\","
                  + "\"completed_scenario\":\"\",\"update_time\":1660123127},\"shop_id\":14701711,"
                  + "\"code\":3,\"timestamp\":1660123127}")
              .getBytes(StandardCharsets.UTF_8);

      assertThat(shopee.push(callback, body)).isEqualTo(200);
      assertThat(shopee.push(callback, body, "0".repeat(64))).isEqualTo(401);
      byte[] tampered = new String(body, StandardCharsets.UTF_8)
          .replace("PROCESSED", "CANCELLED")
          .getBytes(StandardCharsets.UTF_8);
      String original =
          ShopeeSigner.of(PARTNER_ID, KEY).webhookSignature(callback.toString(), body);
      assertThat(shopee.push(callback, tampered, original)).isEqualTo(401);
    } finally {
      receiver.stop(0);
    }

    WebhookEvent event = verdicts.get(0).verifiedEvent().orElseThrow();
    assertThat(event.marketplace()).isEqualTo(Marketplace.SHOPEE);
    assertThat(event.kind()).isEqualTo(WebhookEvent.Kind.ORDER_STATUS);
    assertThat(event.type()).isEqualTo("order_status_push");
    assertThat(event.shopId()).contains("14701711");
    assertThat(event.orderId()).contains("220810QSK8S7BX");
    assertThat(event.occurredAt()).contains(Instant.ofEpochSecond(1660123127));
    assertThat(event.json()).contains("\"status\":\"PROCESSED\"");
    assertThat(verdicts.get(1))
        .isEqualTo(WebhookVerification.rejected(
            "the Authorization header is not the partner key's signature of this URL and body"));
    assertThat(verdicts.get(2).isVerified()).isFalse();
  }

  @Test
  void verifyWebhook_withoutHeaderOrWithGarbageBody_isRejected() {
    URI url = URI.create("https://gom.example.vn/shopee/push");
    byte[] garbage = "not json".getBytes(StandardCharsets.UTF_8);
    String sign = ShopeeSigner.of(PARTNER_ID, KEY).webhookSignature(url.toString(), garbage);

    assertThat(adapter.verifyWebhook(WebhookRequest.ofSingleValued(url, Map.of(), garbage)))
        .isEqualTo(WebhookVerification.rejected("no Authorization header"));
    assertThat(adapter.verifyWebhook(
            WebhookRequest.ofSingleValued(url, Map.of("authorization", sign), garbage)))
        .isEqualTo(WebhookVerification.rejected("the body is not a Shopee push"));
    assertThat(adapter.verifyWebhook(null)).isEqualTo(WebhookVerification.rejected("no request"));
  }

  // ---------------------------------------------------------------- arguments and settings

  @Test
  void calls_forAnotherMarketplacesShop_failNamingIt() {
    ShopRef lazada = ShopRef.of(Marketplace.LAZADA, "123");

    assertThatThrownBy(() -> adapter.listings(lazada))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("shop must be a Shopee shop: \"lazada:123\"");
    assertThatThrownBy(() -> adapter.listings(ShopRef.of(Marketplace.SHOPEE, "abc")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("shop.shopId must be Shopee's numeric shop_id: \"abc\"");
  }

  @Test
  void builder_whenPartnerIdOrKeyMissing_failsNamingIt() {
    assertThatThrownBy(() -> ShopeeAdapter.builder().partnerKey(KEY).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("partnerId must be set: null");
    assertThatThrownBy(() -> ShopeeAdapter.builder().partnerId(1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("partnerKey must be set");
    assertThatThrownBy(() -> ShopeeAdapter.builder().pageSize(101))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("pageSize must be 1..100: 101");
    assertThatThrownBy(() ->
            ShopeeAdapter.builder().baseUri(URI.create("https://partner.shopeemobile.com/api/v2")))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void toString_showsPartnerIdAndHostButNotTheKey() {
    assertThat(adapter.toString())
        .isEqualTo("ShopeeAdapter[partnerId=2001887, baseUri=" + shopee.baseUri() + "]")
        .doesNotContain(KEY);
  }

  @Test
  void capabilities_areShopeesDefaultsUnlessSet() {
    assertThat(adapter.capabilities()).isEqualTo(ShopeeAdapter.defaultCapabilities());
    assertThat(adapter.capabilities().maxImages()).isEqualTo(9);
    assertThat(adapter.capabilities().maxSkusPerStockBatch()).isEqualTo(50);
    assertThat(adapter.capabilities().platformHostedImages()).isTrue();
    assertThat(adapter.marketplace()).isEqualTo(Marketplace.SHOPEE);
  }

  @Test
  void map_isPureAndReportsTheDimensionsWarning() {
    Product noBox = ShopeeProducts.vase().dimensions(null).build();
    ListingRequest request = ListingRequest.builder(noBox, mapping())
        .addImage(ListingImage.hosted("vn-11134207-EXAMPLE-hosted"))
        .addLogisticsChannel("50011")
        .build();

    var report = adapter.map(request);

    assertThat(report.isOk()).isTrue();
    assertThat(report.warnings())
        .extracting(p -> p.code())
        .containsExactly(ProblemCode.MISSING_DIMENSIONS);
    assertThat(shopee.requests()).isEmpty();
  }

  @Test
  void transportRequests_carryTheExactSignedBytes() {
    authorise();
    List<TransportRequest> sent = new CopyOnWriteArrayList<>();
    HttpTransport real = JdkHttpTransport.create();
    ShopeeAdapter recording = adapter.toBuilder()
        .transport(request -> {
          sent.add(request);
          return real.send(request);
        })
        .build();

    recording.publish(shop, vaseRequest());

    TransportRequest addItem = sent.stream()
        .filter(r -> r.uri().getPath().equals("/api/v2/product/add_item"))
        .findFirst()
        .orElseThrow();
    assertThat(shopee.requests("/api/v2/product/add_item").get(0).body()).isEqualTo(addItem.body());
    assertThat(addItem.toString()).doesNotContain("access_token").doesNotContain("sign=");
  }
}
