package io.github.craftmark.examples.marketplace;

import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.platform.CategoryMapping;
import io.github.craftmark.platform.Listing;
import io.github.craftmark.platform.ListingSku;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.OrderLine;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.fake.FakeMarketplace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
  /** Orders the fake's buyers place in a month. */
  public static final int FAKE_ORDERS = 25;

  private final FakeMarketplace fake;
  private final ShopRef fakeShop;

  private LocalPlatforms(Clock clock) {
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
    return new LocalPlatforms(clock);
  }

  /**
   * Returns the shops to list in, the fake first.
   *
   * @return the channels
   */
  public List<Channel> channels() {
    return List.of(fakeChannel());
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
        // Each call to the fake while orders are read serves one page.
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

  @Override
  public void close() {
    // The stand-ins are stopped here; the fake holds nothing to release.
  }
}
