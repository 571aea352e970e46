/** Shopee Open Platform v2 implementation details; not part of the API and not exported. */
package io.github.craftmark.platform.internal.shopee;
