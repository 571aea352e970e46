package io.github.craftmark.examples.marketplace;

import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.examples.marketplace.standin.LazadaStandIn;
import io.github.craftmark.examples.marketplace.standin.ShopeeStandIn;
import io.github.craftmark.examples.marketplace.standin.TikTokShopStandIn;
import io.github.craftmark.platform.CategoryMapping;
import io.github.craftmark.platform.Listing;
import io.github.craftmark.platform.ListingSku;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.OrderLine;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.fake.FakeMarketplace;
import io.github.craftmark.platform.lazada.LazadaAdapter;
import io.github.craftmark.platform.shopee.ShopeeAdapter;
import io.github.craftmark.platform.tiktok.TikTokShopAdapter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The marketplaces of the example, all on this machine: the SDK's in-memory fake and local
 * stand-ins for Shopee, Lazada and TikTok Shop, each with an adapter pointed at it and a shop
 * authorised the platform's way.
 *
 * <p>Credentials are drawn at random for each start, shared only by an adapter and its stand-in.
 * Category, attribute and logistics ids are EXAMPLE values: a real application reads them from the
 * platform (Shopee {@code v2.product.get_category}, and so on) and records its choice.
 */
public final class LocalPlatforms implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Orders the fake's buyers place in a month. */
  public static final int FAKE_ORDERS = 25;

  /** Orders the buyers of each stand-in place in a month: more than one page of 100. */
  public static final int STAND_IN_ORDERS = 105;

  private static final long SHOPEE_PARTNER_ID = 2_001_234L;
  private static final long SHOPEE_SHOP_ID = 55_501_234L;

  private final Clock clock;
  private final FakeMarketplace fake;
  private final ShopRef fakeShop;
  private final List<AutoCloseable> running = new ArrayList<>();
  private ShopeeStandIn shopee;
  private Channel shopeeChannel;
  private LazadaStandIn lazada;
  private Channel lazadaChannel;
  private TikTokShopStandIn tiktok;
  private Channel tiktokChannel;

  private LocalPlatforms(Clock clock) {
    this.clock = clock;
    this.fake = FakeMarketplace.builder().clock(clock).pageSize(20).build();
    this.fakeShop = ShopRef.of(Marketplace.FAKE, "lang-nghe-ha-noi");
  }

  /**
   * Starts the stand-ins on the loopback interface and authorises a shop on each.
   *
   * @param clock the present, shared by the adapters and the stand-ins
   * @return the platforms; close them when done
   */
  public static LocalPlatforms start(Clock clock) {
    LocalPlatforms platforms = new LocalPlatforms(clock);
    try {
      platforms.startShopee();
      platforms.startLazada();
      platforms.startTikTok();
      return platforms;
    } catch (IOException | RuntimeException e) {
      platforms.close();
      if (e instanceof IOException io) {
        throw new UncheckedIOException("cannot start the local stand-ins", io);
      }
      throw (RuntimeException) e;
    }
  }

  /**
   * Returns the shops to list in, the fake first.
   *
   * @return the channels
   */
  public List<Channel> channels() {
    return List.of(fakeChannel(), shopeeChannel, lazadaChannel, tiktokChannel);
  }

  /**
   * Returns the TikTok Shop stand-in, to inspect what it received.
   *
   * @return the stand-in
   */
  public TikTokShopStandIn tiktok() {
    return tiktok;
  }

  /**
   * Returns the Lazada stand-in, to inspect what it received.
   *
   * @return the stand-in
   */
  public LazadaStandIn lazada() {
    return lazada;
  }

  /**
   * Returns the Shopee stand-in, to inspect what it received.
   *
   * @return the stand-in
   */
  public ShopeeStandIn shopee() {
    return shopee;
  }

  /**
   * Returns the fake marketplace, to inspect what it holds.
   *
   * @return the fake
   */
  public FakeMarketplace fake() {
    return fake;
  }

  private Channel fakeChannel() {
    CategoryMapping categories = CategoryMapping.builder(Marketplace.FAKE)
        .map(CraftCategory.CERAMICS, CategoryMapping.Target.of("gom-su"))
        .map(CraftCategory.SILK, CategoryMapping.Target.of("lua-to-tam"))
        .build();
    return new Channel(
        "Fake marketplace",
        fake,
        fakeShop,
        categories,
        List.of(),
        (from, to) -> placeFakeOrders(from, to),
        // Each call to the fake while orders are read serves one page, and so on.
        fake::callCount,
        fake::callCount);
  }

  /** Buyers of the fake: each order one or two units of a SKU the shop lists, at its price. */
  private void placeFakeOrders(Instant from, Instant to) {
    List<Listing> listings = fake.listingsOf(fakeShop);
    if (listings.isEmpty()) {
      return;
    }
    Random random = new Random(7);
    long span = Duration.between(from, to).toSeconds();
    for (int i = 0; i < FAKE_ORDERS; i++) {
      Listing listing = listings.get(random.nextInt(listings.size()));
      ListingSku sku = listing.skus().get(random.nextInt(listing.skus().size()));
      fake.addOrder(
          fakeShop,
          from.plusSeconds(span * i / FAKE_ORDERS + random.nextInt(3600)),
          new OrderLine(
              listing.listingId(),
              sku.platformSkuId(),
              sku.sellerSku(),
              listing.title(),
              1 + random.nextInt(2),
              sku.price().orElseThrow()));
    }
  }

  private void startShopee() throws IOException {
    String partnerKey = newSecret();
    shopee = new ShopeeStandIn(SHOPEE_PARTNER_ID, partnerKey, clock);
    running.add(shopee);
    ShopeeAdapter adapter = ShopeeAdapter.builder()
        .partnerId(SHOPEE_PARTNER_ID)
        .partnerKey(partnerKey)
        .baseUri(shopee.baseUri())
        .clock(clock)
        .build();
    // The seller opens adapter.authorizationUri(...), approves, and Shopee redirects back with a
    // one-time code for the shop; here the stand-in issues it directly.
    String code = newSecret().substring(0, 32);
    shopee.authorise(SHOPEE_SHOP_ID, code);
    ShopRef shop = adapter.authorize(code, SHOPEE_SHOP_ID);
    CategoryMapping categories = CategoryMapping.builder(Marketplace.SHOPEE)
        .map(CraftCategory.CERAMICS, CategoryMapping.Target.of("101217")) // EXAMPLE leaf ids
        .map(CraftCategory.SILK, CategoryMapping.Target.of("100351"))
        .build();
    shopeeChannel = new Channel(
        "Shopee",
        adapter,
        shop,
        categories,
        List.of("50021"), // EXAMPLE logistics channel id
        (from, to) -> shopee.placeOrders(STAND_IN_ORDERS, from, to),
        () -> shopee.exchanges(ShopeeStandIn.GET_ORDER_LIST).size(),
        () -> shopee.exchanges(ShopeeStandIn.UPDATE_STOCK).size());
  }

  private void startLazada() throws IOException {
    String appKey = "123456"; // EXAMPLE app key
    String appSecret = newSecret();
    lazada = new LazadaStandIn(appKey, appSecret, clock);
    running.add(lazada);
    LazadaAdapter adapter = LazadaAdapter.builder()
        .appKey(appKey)
        .appSecret(appSecret)
        .baseUri(lazada.gateway())
        .authBaseUri(lazada.gateway())
        .clock(clock)
        .build();
    String code = newSecret().substring(0, 32);
    lazada.authorise(code, "200123456789");
    ShopRef shop = adapter.authorize(code);
    CategoryMapping categories = CategoryMapping.builder(Marketplace.LAZADA)
        .map(CraftCategory.CERAMICS, CategoryMapping.Target.of("10002216")) // EXAMPLE leaf ids
        .map(CraftCategory.SILK, CategoryMapping.Target.of("10001987"))
        .build();
    lazadaChannel = new Channel(
        "Lazada",
        adapter,
        shop,
        categories,
        List.of(),
        (from, to) -> lazada.placeOrders(STAND_IN_ORDERS, from, to),
        () -> lazada.exchanges(LazadaStandIn.PREFIX + LazadaStandIn.ORDERS_GET).size(),
        () -> lazada
            .exchanges(LazadaStandIn.PREFIX + LazadaStandIn.PRICE_QUANTITY)
            .size());
  }

  private void startTikTok() throws IOException {
    String appKey = "6a1b2c3d4e5f6"; // EXAMPLE app key
    String appSecret = newSecret();
    String warehouseId = "7300000000000000001"; // EXAMPLE sales warehouse
    tiktok = new TikTokShopStandIn(
        appKey,
        appSecret,
        "7494012345678901234",
        "ROW_" + newSecret().substring(0, 24),
        warehouseId,
        clock);
    running.add(tiktok);
    TikTokShopAdapter adapter = TikTokShopAdapter.builder()
        .appKey(appKey)
        .appSecret(appSecret)
        .baseUri(tiktok.baseUri())
        .authBaseUri(tiktok.baseUri())
        .warehouseId(warehouseId)
        .clock(clock)
        .build();
    String code = newSecret().substring(0, 32);
    tiktok.authorise(code);
    // One grant may cover several shops; this seller has one. Its shop_cipher comes with it.
    ShopRef shop = adapter.authorize(code).get(0);
    CategoryMapping categories = CategoryMapping.builder(Marketplace.TIKTOK_SHOP)
        .map(CraftCategory.CERAMICS, CategoryMapping.Target.of("601450")) // EXAMPLE leaf ids
        .map(CraftCategory.SILK, CategoryMapping.Target.of("601226"))
        .build();
    tiktokChannel = new Channel(
        "TikTok Shop",
        adapter,
        shop,
        categories,
        List.of(),
        (from, to) -> tiktok.placeOrders(STAND_IN_ORDERS, from, to),
        () -> tiktok.exchanges(TikTokShopStandIn.ORDERS_SEARCH).size(),
        tiktok::inventoryCalls);
  }

  private static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public void close() {
    for (AutoCloseable standIn : running) {
      try {
        standIn.close();
      } catch (Exception e) {
        // Stopping a local server does not fail in a way worth reporting.
      }
    }
    running.clear();
  }
}
