/**
 * Local stand-ins for Shopee, Lazada and TikTok Shop on the JDK HTTP server: they answer the calls
 * the example makes in each platform's shapes and check every signature the platform's way, with
 * their own HMAC-SHA256, so the example runs offline and a signing mistake shows.
 */
package io.github.craftmark.examples.marketplace.standin;
