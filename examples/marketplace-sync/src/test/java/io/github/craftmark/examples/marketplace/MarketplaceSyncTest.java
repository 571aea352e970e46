package io.github.craftmark.examples.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.craftmark.core.compliance.ComplianceChecker;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.examples.marketplace.SyncSummary.PlatformResult;
import io.github.craftmark.examples.marketplace.standin.LazadaStandIn;
import io.github.craftmark.examples.marketplace.standin.ShopeeStandIn;
import io.github.craftmark.examples.marketplace.standin.StandInServer.Exchange;
import io.github.craftmark.examples.marketplace.standin.TikTokShopStandIn;
import io.github.craftmark.platform.Listing;
import io.github.craftmark.platform.PublishedListing;
import io.github.craftmark.platform.ShopRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Runs the whole sync once against the fake and the three stand-ins, then checks what they got. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketplaceSyncTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Catalogue catalogue = Catalogue.sample();
  private LocalPlatforms platforms;
  private SyncSummary summary;
  private String account;

  @BeforeAll
  void sync() {
    platforms = LocalPlatforms.start(CLOCK);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    summary = new MarketplaceSync(catalogue, CLOCK, out).sync(platforms.channels());
    account = bytes.toString(StandardCharsets.UTF_8);
  }

  @AfterAll
  void stop() {
    platforms.close();
  }

  @Test
  void compliance_whenPlateIsBroken_reportsTheAbbreviatedOriginAsTheOnlyError() {
    assertThat(summary.compliance()).hasSize(catalogue.products().size());
    assertThat(summary.compliance().stream().filter(SyncSummary.ProductCheck::hasErrors))
        .singleElement()
        .satisfies(check -> assertThat(check.sku()).isEqualTo(Catalogue.BROKEN_PLATE))
        .satisfies(check -> assertThat(check.findings())
            .extracting(f -> f.code())
            .contains(
                ComplianceChecker.LABEL_ORIGIN_ABBREVIATED,
                ComplianceChecker.LISTING_SHIPPING_SIZE_MISSING));
  }

  @Test
  void sync_onEveryPlatform_reportsTheBrokenPlateWithComplianceAndMappingProblems() {
    assertThat(summary.platforms())
        .extracting(PlatformResult::platform)
        .containsExactly("Fake marketplace", "Shopee", "Lazada", "TikTok Shop");
    for (PlatformResult platform : summary.platforms()) {
      assertThat(platform.refused())
          .filteredOn(r -> r.sku().equals(Catalogue.BROKEN_PLATE))
          .singleElement()
          .satisfies(r -> assertThat(r.problems())
              .anyMatch(p -> p.startsWith("compliance LABEL_ORIGIN_ABBREVIATED"))
              .anyMatch(p -> p.startsWith("mapping MISSING_WEIGHT product.weightGrams")));
    }
    assertThat(summary.platform("Lazada").refused().get(0).problems())
        .anyMatch(p -> p.startsWith("mapping MISSING_DIMENSIONS"));
  }

  @Test
  void sync_neverSendsTheBrokenPlateToAnyPlatform() throws IOException {
    ShopRef fakeShop = summary.platform("Fake marketplace").published().get(0).shop();
    assertThat(platforms.fake().listingsOf(fakeShop))
        .flatExtracting(Listing::skus)
        .noneMatch(s -> s.sellerSku().orElse("").startsWith(Catalogue.BROKEN_PLATE.value()));
    for (Exchange exchange : platforms.shopee().exchanges()) {
      assertThat(exchange.bodyText()).doesNotContain(Catalogue.BROKEN_PLATE.value());
    }
    for (Exchange exchange : platforms.lazada().exchanges()) {
      assertThat(decodedForm(exchange)).doesNotContain(Catalogue.BROKEN_PLATE.value());
    }
    for (Exchange exchange : platforms.tiktok().exchanges()) {
      assertThat(exchange.bodyText()).doesNotContain(Catalogue.BROKEN_PLATE.value());
    }
  }

  @Test
  void sync_onTikTokShop_refusesTheShortTitleBeforeAnyCallButListsItElsewhere() {
    assertThat(summary.platform("TikTok Shop").refused())
        .filteredOn(r -> r.sku().equals(Catalogue.SILK_FAN))
        .singleElement()
        .satisfies(r -> assertThat(r.problems())
            .containsExactly(
                "mapping TITLE_TOO_SHORT product.nameVi: must be at least 25 characters for"
                    + " TikTok Shop: 24"));
    for (String name : List.of("Fake marketplace", "Shopee", "Lazada")) {
      assertThat(summary.platform(name).refused())
          .extracting(r -> r.sku())
          .containsExactly(Catalogue.BROKEN_PLATE);
    }
  }

  @Test
  void sync_onEachStandIn_createsTheListingsWithThePlatformsIds() throws IOException {
    List<JsonNode> shopee = shopeeItems();
    assertThat(shopee)
        .extracting(i -> i.path("item_sku").asText())
        .containsExactly("BT-BHL-25", "BT-AC-LAM-6", "VP-KL", "VP-CV-XANH", "VP-QUAT-01");
    assertThat(summary.platform("Shopee").published())
        .extracting(PublishedListing::listingId)
        .containsExactly("800000001", "800000002", "800000003", "800000004", "800000005");
    assertThat(summary.platform("Shopee").published().get(2).platformSkuIds()).hasSize(2);

    assertThat(lazadaProducts()).hasSize(5);
    assertThat(summary.platform("Lazada").published())
        .extracting(PublishedListing::listingId)
        .containsExactly("3100000001", "3100000002", "3100000003", "3100000004", "3100000005");

    assertThat(tiktokProducts())
        .extracting(p -> p.path("external_product_id").asText())
        .containsExactly("BT-BHL-25", "BT-AC-LAM-6", "VP-KL", "VP-CV-XANH");
    assertThat(summary.platform("TikTok Shop").published())
        .extracting(PublishedListing::listingId)
        .hasSize(4)
        .allMatch(id -> id.startsWith("1729"));

    assertThat(summary.platform("Fake marketplace").published()).hasSize(5);
    // Every request the SDK made carried a signature the stand-ins accepted.
    assertThat(platforms.shopee().refusedCount()).isZero();
    assertThat(platforms.lazada().refusedCount()).isZero();
    assertThat(platforms.tiktok().refusedCount()).isZero();
  }

  @Test
  void sync_onEachStandIn_everyDescriptionReceivedEndsWithItsProvenanceLine() throws IOException {
    Map<String, String> descriptions = new LinkedHashMap<>();
    for (JsonNode item : shopeeItems()) {
      descriptions.put(
          "Shopee " + item.path("item_sku").asText(), item.path("description").asText());
    }
    for (JsonNode product : lazadaProducts()) {
      String sku = product.path("Skus").path("Sku").path(0).path("SellerSku").asText();
      descriptions.put(
          "Lazada " + parentSku(sku),
          product.path("Attributes").path("description").asText());
    }
    for (JsonNode product : tiktokProducts()) {
      descriptions.put(
          "TikTok Shop " + product.path("external_product_id").asText(),
          product.path("description").asText());
    }
    assertThat(descriptions).hasSize(14);
    descriptions.forEach((key, description) -> {
      Product product = product(key.substring(key.lastIndexOf(' ') + 1));
      assertThat(description)
          .as(key)
          .contains(catalogue.provenanceOf(product).textVi())
          .contains(catalogue.provenanceOf(product).textEn())
          .contains("xác minh tại https://xacminh.example.vn/p/" + product.sku().value());
    });
    assertThat(descriptions.get("Shopee BT-BHL-25"))
        .endsWith(catalogue.provenanceOf(product("BT-BHL-25")).textEn())
        .contains(
            "Nguồn gốc: làng nghề Bát Tràng · thương hiệu Gốm Bát Tràng · OCOP 4 sao · xác minh tại"
                + " https://xacminh.example.vn/p/BT-BHL-25");
    assertThat(descriptions.get("Lazada VP-KL"))
        .contains("Nguồn gốc: làng nghề Vạn Phúc · xác minh tại")
        .doesNotContain("OCOP");
  }

  @Test
  void sync_sendsTheNewStockLevelsInOneBatch() throws IOException {
    for (PlatformResult platform : summary.platforms()) {
      int skus =
          platform.published().stream().mapToInt(l -> l.platformSkuIds().size()).sum();
      assertThat(platform.stock().outcomes()).as(platform.platform()).hasSize(skus);
      assertThat(platform.stock().allSucceeded()).as(platform.platform()).isTrue();
    }
    // Lazada takes up to 50 SKUs of any listings in one call: all six SKUs went in one.
    List<Exchange> lazadaStock =
        platforms.lazada().exchanges(LazadaStandIn.PREFIX + LazadaStandIn.PRICE_QUANTITY);
    assertThat(lazadaStock).hasSize(1);
    assertThat(summary.platform("Lazada").stockCalls()).isEqualTo(1);
    JsonNode skus = payload(lazadaStock.get(0)).path("Skus").path("Sku");
    Map<String, Integer> levels = new LinkedHashMap<>();
    skus.forEach(
        s -> levels.put(s.path("SellerSku").asText(), s.path("Quantity").asInt()));
    assertThat(levels)
        .containsEntry("BT-BHL-25", 12 + MarketplaceSync.RESTOCK)
        .containsEntry("VP-KL-50", 20 + MarketplaceSync.RESTOCK)
        .containsEntry("VP-KL-90", 6 + MarketplaceSync.RESTOCK)
        .hasSize(6);
    // Shopee updates the models of one item per call: one call per item, both scarf sizes in one.
    List<Exchange> shopeeStock = platforms.shopee().exchanges(ShopeeStandIn.UPDATE_STOCK);
    assertThat(shopeeStock).hasSize(5);
    assertThat(shopeeStock)
        .extracting(e -> JSON.readTree(e.body()).path("stock_list").size())
        .containsExactly(1, 1, 2, 1, 1);
    assertThat(summary.platform("TikTok Shop").stockCalls()).isEqualTo(4);
    PublishedListing fakeVase = summary.platform("Fake marketplace").published().get(0);
    assertThat(platforms.fake().stock(fakeVase.shop(), fakeVase.listingId(), Catalogue.VASE))
        .hasValue(12 + MarketplaceSync.RESTOCK);
  }

  @Test
  void sync_pullsEveryOrderOverMoreThanOnePage() {
    assertThat(summary.platform("Fake marketplace").orders()).hasSize(LocalPlatforms.FAKE_ORDERS);
    for (String name : List.of("Shopee", "Lazada", "TikTok Shop")) {
      PlatformResult platform = summary.platform(name);
      assertThat(platform.orders()).as(name).hasSize(LocalPlatforms.STAND_IN_ORDERS);
      assertThat(platform.orders()).extracting(o -> o.orderId()).as(name).doesNotHaveDuplicates();
      assertThat(platform.orders())
          .allSatisfy(o -> assertThat(o.createdAt())
              .isAfter(CLOCK.instant().minus(MarketplaceSync.ORDER_WINDOW)))
          .allSatisfy(o -> assertThat(o.lines()).isNotEmpty())
          .allSatisfy(o -> assertThat(o.total().isPositive()).isTrue());
    }
    for (PlatformResult platform : summary.platforms()) {
      assertThat(platform.orderPages()).as(platform.platform()).isGreaterThan(1);
    }
    assertThat(platforms.lazada().exchanges(LazadaStandIn.PREFIX + LazadaStandIn.ORDERS_GET))
        .extracting(e -> e.query().get("offset"))
        .containsExactly("0", "100");
    assertThat(platforms.tiktok().exchanges(TikTokShopStandIn.ORDERS_SEARCH))
        .extracting(e -> e.query().getOrDefault("page_token", ""))
        .containsExactly("", "EXAMPLE-page-100");
  }

  @Test
  void sync_printsAShortAccountOfEachPlatform() {
    assertThat(account)
        .contains("✗ BT-DIA-30")
        .contains("Shopee (shop shopee:55501234)")
        .contains("Lazada (shop lazada:200123456789)")
        .contains("TikTok Shop (shop tiktok-shop:7494012345678901234)")
        .contains("BT-BHL-25    → 800000001 (LIVE)")
        .contains("stock: 6 SKUs in one batch (1 call to the platform), 6 updated, 0 refused")
        .contains("105 pulled over 2 pages")
        .contains("25 pulled over 2 pages")
        .contains("OCOP 4 sao");
    assertThat(account.lines().count()).isLessThan(120);
  }

  // ------------------------------------------------------------------ what the stand-ins got

  private List<JsonNode> shopeeItems() throws IOException {
    List<JsonNode> items = new ArrayList<>();
    for (Exchange e : platforms.shopee().exchanges(ShopeeStandIn.ADD_ITEM)) {
      items.add(JSON.readTree(e.body()));
    }
    return items;
  }

  private List<JsonNode> lazadaProducts() throws IOException {
    List<JsonNode> products = new ArrayList<>();
    for (Exchange e :
        platforms.lazada().exchanges(LazadaStandIn.PREFIX + LazadaStandIn.PRODUCT_CREATE)) {
      products.add(payload(e));
    }
    return products;
  }

  private List<JsonNode> tiktokProducts() throws IOException {
    List<JsonNode> products = new ArrayList<>();
    for (Exchange e : platforms.tiktok().exchanges(TikTokShopStandIn.PRODUCTS)) {
      products.add(JSON.readTree(e.body()));
    }
    return products;
  }

  private static JsonNode payload(Exchange lazadaPost) throws IOException {
    String form = decodedForm(lazadaPost);
    String payload = form.substring(form.indexOf("payload=") + "payload=".length());
    return JSON.readTree(payload).path("Request").path("Product");
  }

  private static String decodedForm(Exchange exchange) {
    boolean form = exchange
        .headers()
        .getOrDefault("content-type", "")
        .startsWith("application/x-www-form-urlencoded");
    return form
        ? URLDecoder.decode(exchange.bodyText(), StandardCharsets.UTF_8)
        : exchange.bodyText();
  }

  private Product product(String sku) {
    return catalogue.products().stream()
        .filter(p -> p.sku().value().equals(sku))
        .findFirst()
        .orElseThrow();
  }

  private String parentSku(String variantSku) {
    for (Product product : catalogue.products()) {
      for (Variant variant : product.variants()) {
        if (variant.sku().equals(Sku.of(variantSku))) {
          return product.sku().value();
        }
      }
    }
    throw new AssertionError("no product has SKU " + variantSku);
  }
}
