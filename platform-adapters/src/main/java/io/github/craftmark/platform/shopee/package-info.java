/**
 * Shopee Open Platform v2: request signing, push verification and the Shopee marketplace adapter.
 */
package io.github.craftmark.platform.shopee;
