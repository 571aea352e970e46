/**
 * The Lazada Open Platform adapter: request signing, push verification and, through the
 * marketplace SPI, listings, prices, stock and orders on Lazada Vietnam.
 *
 * <p>{@link io.github.craftmark.platform.lazada.LazadaSigner} signs requests exactly as Lazada
 * specifies (HMAC-SHA256, upper-case hex, path plus sorted parameters) and checks push messages
 * (lower-case hex over the app key and the raw body).
 */
package io.github.craftmark.platform.lazada;
