/**
 * CraftMark platform-adapters: Marketplace adapters that map craft products to platform listings.
 */
module io.github.craftmark.platform {
  requires transitive io.github.craftmark.core;
  requires transitive java.net.http;

  exports io.github.craftmark.platform;
  exports io.github.craftmark.platform.auth;
  exports io.github.craftmark.platform.fake;
  exports io.github.craftmark.platform.http;
  exports io.github.craftmark.platform.lazada;
  exports io.github.craftmark.platform.shopee;
  exports io.github.craftmark.platform.tiktok;

  uses io.github.craftmark.platform.MarketplaceAdapterProvider;

  provides io.github.craftmark.platform.MarketplaceAdapterProvider with
      io.github.craftmark.platform.fake.FakeMarketplaceProvider,
      io.github.craftmark.platform.lazada.LazadaProvider,
      io.github.craftmark.platform.shopee.ShopeeProvider,
      io.github.craftmark.platform.tiktok.TikTokShopProvider;
}
