package io.github.craftmark.benchmarks;

import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.id.VillageId;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.core.product.Dimensions;
import io.github.craftmark.core.product.Material;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.ProductLabel;
import io.github.craftmark.platform.CategoryMapping;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.MappingReport;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.MarketplaceAdapter;
import io.github.craftmark.platform.ProvenanceLine;
import io.github.craftmark.platform.fake.FakeMarketplace;
import io.github.craftmark.platform.internal.HmacSha256;
import io.github.craftmark.platform.lazada.LazadaAdapter;
import io.github.craftmark.platform.lazada.LazadaSigner;
import io.github.craftmark.platform.shopee.ShopeeAdapter;
import io.github.craftmark.platform.shopee.ShopeeSigner;
import io.github.craftmark.platform.tiktok.TikTokShopAdapter;
import io.github.craftmark.platform.tiktok.TikTokShopSigner;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Signing a marketplace request, beside its building blocks: a bare HMAC-SHA256 (an initialised
 * JDK {@link Mac}, {@code doFinal} over the bytes of the same base string, no hex), and the SDK's
 * own HMAC core over those bytes. The first ratio is the one the SDK is held to; the second says
 * what building the base string and writing the hex cost. Also: mapping one product to each
 * platform's listing payload (pure, no I/O).
 *
 * <p>Keys and ids are EXAMPLE values; the base strings are the shapes each platform signs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlatformSigningBenchmark {
  private static final String SHOPEE_PATH = "/api/v2/product/update_stock";
  private static final long TIMESTAMP = 1_795_000_000L;
  private static final String ACCESS_TOKEN = "EXAMPLE4c6f6e67546f6b656e4f6620333220";
  private static final long SHOP_ID = 14_701_711L;
  private static final String LAZADA_PATH = "/product/price_quantity/update";
  private static final String TIKTOK_PATH =
      "/product/202309/products/1729592969712207008/inventory/update";

  private ShopeeSigner shopee;
  private LazadaSigner lazada;
  private TikTokShopSigner tiktok;
  private Map<String, String> lazadaParameters;
  private Map<String, String> tiktokParameters;
  private byte[] tiktokBody;

  private Mac shopeeMac;
  private Mac lazadaMac;
  private Mac tiktokMac;
  private HmacSha256 shopeeCore;
  private HmacSha256 lazadaCore;
  private HmacSha256 tiktokCore;
  private byte[] shopeeBase;
  private byte[] lazadaBase;
  private byte[] tiktokBase;

  private MarketplaceAdapter shopeeAdapter;
  private MarketplaceAdapter lazadaAdapter;
  private MarketplaceAdapter tiktokAdapter;
  private MarketplaceAdapter fakeAdapter;
  private ListingRequest shopeeRequest;
  private ListingRequest lazadaRequest;
  private ListingRequest tiktokRequest;
  private ListingRequest fakeRequest;

  /** Builds the signers, their base strings for the bare HMAC, and the adapters. */
  @Setup(Level.Trial)
  public void setUp() throws GeneralSecurityException {
    String shopeeKey = "EXAMPLE-shopee-partner-key-0123456789abcdef";
    String lazadaSecret = "EXAMPLE-lazada-app-secret";
    String tiktokSecret = "EXAMPLE-tiktok-app-secret";
    shopee = ShopeeSigner.of(2_001_887L, shopeeKey);
    lazada = LazadaSigner.of(lazadaSecret);
    tiktok = TikTokShopSigner.of(tiktokSecret);

    lazadaParameters = new TreeMap<>();
    lazadaParameters.put("access_token", ACCESS_TOKEN);
    lazadaParameters.put("app_key", "123456");
    lazadaParameters.put("sign_method", "sha256");
    lazadaParameters.put("timestamp", "1795000000000");
    lazadaParameters.put(
        "payload",
        "{\"Request\":{\"Product\":{\"Skus\":{\"Sku\":[{\"SellerSku\":\"BT-BHL-25\","
            + "\"Quantity\":\"12\",\"Price\":\"1250000\"}]}}}}");
    tiktokParameters = new TreeMap<>();
    tiktokParameters.put("app_key", "29a39d");
    tiktokParameters.put("shop_cipher", "EXAMPLE_ROW_cipher");
    tiktokParameters.put("timestamp", Long.toString(TIMESTAMP));
    tiktokBody = ("{\"skus\":[{\"id\":\"1729592969712207012\",\"inventory\":"
            + "[{\"warehouse_id\":\"7068517275539719942\",\"quantity\":12}]}]}")
        .getBytes(StandardCharsets.UTF_8);

    shopeeCore = HmacSha256.ofUtf8(shopeeKey);
    lazadaCore = HmacSha256.ofUtf8(lazadaSecret);
    tiktokCore = HmacSha256.ofUtf8(tiktokSecret);
    shopeeMac = mac(shopeeKey);
    lazadaMac = mac(lazadaSecret);
    tiktokMac = mac(tiktokSecret);
    shopeeBase = ShopeeSigner.shopBaseString(
            2_001_887L, SHOPEE_PATH, TIMESTAMP, ACCESS_TOKEN, SHOP_ID)
        .getBytes(StandardCharsets.UTF_8);
    lazadaBase =
        LazadaSigner.baseString(LAZADA_PATH, lazadaParameters).getBytes(StandardCharsets.UTF_8);
    // TikTok Shop: secret + path + sorted key+value pairs + body + secret.
    StringBuilder tiktokText = new StringBuilder(tiktokSecret).append(TIKTOK_PATH);
    tiktokParameters.forEach((k, v) -> tiktokText.append(k).append(v));
    tiktokText.append(new String(tiktokBody, StandardCharsets.UTF_8)).append(tiktokSecret);
    tiktokBase = tiktokText.toString().getBytes(StandardCharsets.UTF_8);

    shopeeAdapter =
        ShopeeAdapter.builder().partnerId(2_001_887L).partnerKey(shopeeKey).build();
    lazadaAdapter =
        LazadaAdapter.builder().appKey("123456").appSecret(lazadaSecret).build();
    tiktokAdapter =
        TikTokShopAdapter.builder().appKey("29a39d").appSecret(tiktokSecret).build();
    fakeAdapter = FakeMarketplace.create();
    shopeeRequest = request(Marketplace.SHOPEE, "100636", "100037", "100134").toBuilder()
        .brandId("0")
        .addLogisticsChannel("50011")
        .build();
    lazadaRequest = request(Marketplace.LAZADA, "10002019", "origin", "glaze");
    tiktokRequest = request(Marketplace.TIKTOK_SHOP, "600001", "100107", "100216");
    fakeRequest = request(fakeAdapter.marketplace(), "ceramics", "origin", "glaze");
    for (MarketplaceAdapter adapter :
        new MarketplaceAdapter[] {shopeeAdapter, lazadaAdapter, tiktokAdapter, fakeAdapter}) {
      ListingRequest request = requestFor(adapter);
      MappingReport<ListingDraft> report = adapter.map(request);
      if (!report.isOk()) {
        throw new IllegalStateException(adapter.marketplace() + ": " + report.problems());
      }
    }
  }

  /**
   * Second building block: the SDK's own HMAC core (key pads hashed once, RFC 2104 section 4) over
   * the same base-string bytes, so the ratio to it is the cost of the base string and hex alone.
   */
  @Benchmark
  public byte[] shopeeHmacCore() {
    return shopeeCore.message().append(shopeeBase).mac();
  }

  /** Building block: bare HMAC-SHA256 over Shopee's shop-API base string. */
  @Benchmark
  public byte[] shopeeBareHmac() {
    return shopeeMac.doFinal(shopeeBase);
  }

  /** Shopee: base string (partner id, path, timestamp, token, shop id), HMAC, lower-case hex. */
  @Benchmark
  public String shopeeSign() {
    return shopee.signShop(SHOPEE_PATH, TIMESTAMP, ACCESS_TOKEN, SHOP_ID);
  }

  /**
   * Second building block: the SDK's own HMAC core (key pads hashed once, RFC 2104 section 4) over
   * the same base-string bytes, so the ratio to it is the cost of the base string and hex alone.
   */
  @Benchmark
  public byte[] lazadaHmacCore() {
    return lazadaCore.message().append(lazadaBase).mac();
  }

  /** Building block: bare HMAC-SHA256 over Lazada's base string. */
  @Benchmark
  public byte[] lazadaBareHmac() {
    return lazadaMac.doFinal(lazadaBase);
  }

  /** Lazada: path + sorted parameters, HMAC, upper-case hex. */
  @Benchmark
  public String lazadaSign() {
    return lazada.sign(LAZADA_PATH, lazadaParameters);
  }

  /**
   * Second building block: the SDK's own HMAC core (key pads hashed once, RFC 2104 section 4) over
   * the same base-string bytes, so the ratio to it is the cost of the base string and hex alone.
   */
  @Benchmark
  public byte[] tiktokHmacCore() {
    return tiktokCore.message().append(tiktokBase).mac();
  }

  /** Building block: bare HMAC-SHA256 over TikTok Shop's base string. */
  @Benchmark
  public byte[] tiktokBareHmac() {
    return tiktokMac.doFinal(tiktokBase);
  }

  /** TikTok Shop: secret + path + sorted parameters + body + secret, HMAC, lower-case hex. */
  @Benchmark
  public String tiktokSign() {
    return tiktok.sign(TIKTOK_PATH, tiktokParameters, "application/json", tiktokBody);
  }

  /** Mapping the vase to Shopee's add_item payload, every problem checked. */
  @Benchmark
  public MappingReport<ListingDraft> shopeeMap() {
    return shopeeAdapter.map(shopeeRequest);
  }

  /** Mapping the vase to Lazada's product/create payload. */
  @Benchmark
  public MappingReport<ListingDraft> lazadaMap() {
    return lazadaAdapter.map(lazadaRequest);
  }

  /** Mapping the vase to TikTok Shop's 202309 product payload. */
  @Benchmark
  public MappingReport<ListingDraft> tiktokMap() {
    return tiktokAdapter.map(tiktokRequest);
  }

  /** Mapping the vase for the in-memory fake (the shared checks alone). */
  @Benchmark
  public MappingReport<ListingDraft> fakeMap() {
    return fakeAdapter.map(fakeRequest);
  }

  private ListingRequest requestFor(MarketplaceAdapter adapter) {
    if (adapter == shopeeAdapter) {
      return shopeeRequest;
    }
    if (adapter == lazadaAdapter) {
      return lazadaRequest;
    }
    return adapter == tiktokAdapter ? tiktokRequest : fakeRequest;
  }

  private static Mac mac(String secret) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return mac;
  }

  private static ListingRequest request(
      Marketplace marketplace, String leafCategory, String originAttribute, String glazeAttribute) {
    Product vase = Product.builder()
        .id(ProductId.of("binh-hut-loc-01"))
        .sku(Sku.of("BT-BHL-25"))
        .nameVi("Bình hút lộc men rạn đắp nổi Bát Tràng cao 25 cm")
        .descriptionVi("Bình gốm Bát Tràng, men rạn cổ, đắp nổi hoa sen. Cao 25 cm. Làm thủ công"
            + " tại xưởng gia đình ở làng gốm Bát Tràng, Gia Lâm, Hà Nội.")
        .category(CraftCategory.CERAMICS)
        .addMaterial(Material.of("Đất sét trắng"))
        .addMaterial(Material.of("Men rạn"))
        .dimensions(Dimensions.ofCm("18", "18", "25.5"))
        .weightGrams(1800)
        .price(Money.ofDong(1_250_000))
        .stock(12)
        .attribute("Màu men", "Rạn cổ")
        .producer(ProducerId.of("hh-bat-trang-001"))
        .village(VillageId.of("bat-trang"))
        .brand(BrandId.of("gom-bat-trang"))
        .label(ProductLabel.ofOrigin("Sản xuất tại Việt Nam"))
        .build();
    CategoryMapping mapping = CategoryMapping.builder(marketplace)
        .map(
            CraftCategory.CERAMICS,
            CategoryMapping.Target.of(leafCategory)
                .withAttribute(originAttribute, "Việt Nam")
                .withAttributeFromProduct(glazeAttribute, "Màu men"))
        .build();
    byte[] jpeg = {
      (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, (byte) 0xFF, (byte) 0xD9
    };
    return ListingRequest.builder(vase, mapping)
        .addImage(ListingImage.ofBytes(jpeg, "image/jpeg"))
        .provenance(ProvenanceLine.builder()
            .village("Bát Tràng")
            .brand("Gốm Bát Tràng")
            .ocopStars(StarRating.FOUR)
            .verificationUri(URI.create("https://battrang.vn/t/1234"))
            .build())
        .build();
  }
}
