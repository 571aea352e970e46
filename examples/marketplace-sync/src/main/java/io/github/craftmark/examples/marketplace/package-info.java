/**
 * Lists a Bát Tràng / Vạn Phúc catalogue on the fake marketplace and, through local stand-ins, on
 * Shopee, Lazada and TikTok Shop: compliance and mapping problems before any call, a provenance
 * line on every listing, stock in one batch, orders pulled page by page. Start with {@link
 * io.github.craftmark.examples.marketplace.MarketplaceSync}.
 */
package io.github.craftmark.examples.marketplace;
