package io.github.craftmark.platform.internal.lazada;

import io.github.craftmark.core.product.Dimensions;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.core.product.VariantTier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Everything {@code /product/create} needs, already checked and with images already on Lazada.
 *
 * @param primaryCategory the leaf category id
 * @param name the product name (Lazada: at most 255 characters)
 * @param description the description as plain text; it is sent as escaped HTML paragraphs
 * @param brandId the Lazada brand id from GetBrandByPages, if any ({@code "No Brand"} otherwise)
 * @param attributes category attributes by Lazada attribute name
 * @param tiers the variant tiers
 * @param variants the SKUs
 * @param salePropByTier the Lazada sale property (e.g. {@code color_family}) for each tier name
 * @param imageUrls Lazada-hosted image URLs, main image first (at most 8)
 * @param weightGrams packed weight in grams
 * @param dimensions packed dimensions in centimetres
 */
record LazadaListingContent(
    String primaryCategory,
    String name,
    String description,
    Optional<String> brandId,
    SortedMap<String, String> attributes,
    List<VariantTier> tiers,
    List<Variant> variants,
    Map<String, String> salePropByTier,
    List<String> imageUrls,
    int weightGrams,
    Dimensions dimensions) {}
