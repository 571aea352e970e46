/**
 * Craft products: names, categories, materials, dimensions, images, price and stock, variants and
 * references to producer, village, brand and OCOP certificate.
 */
package io.github.craftmark.core.product;
