package io.github.craftmark.platform;

import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.product.Dimensions;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.core.product.VariantTier;
import io.github.craftmark.platform.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A listing checked against a marketplace's rules and ready to send: the platform-neutral form an
 * adapter turns into its request body once the images are uploaded.
 *
 * <p>Made by {@link MarketplaceAdapter#map(ListingRequest)} only when no problem is an error, so
 * every value here is within the platform's limits. The description already carries the
 * provenance line.
 *
 * @param marketplace the marketplace it is for
 * @param sku the product's (parent) SKU
 * @param title the listing title
 * @param description the description, provenance line included
 * @param categoryId the platform's leaf category id
 * @param attributes platform attribute id → value
 * @param tiers the variant tiers, in order (empty for a product without tiers)
 * @param variants the SKUs with their options, prices and stock
 * @param images the photos, main one first
 * @param weightGrams the packed weight in grams, if known
 * @param dimensions the packed dimensions, if known
 * @param brandId the platform's brand id, if any
 * @param logisticsChannelIds the platform's ids of the shipping channels to enable
 * @param extras platform-specific values by name, from the request or the adapter's own mapping
 */
public record ListingDraft(
    Marketplace marketplace,
    Sku sku,
    String title,
    String description,
    String categoryId,
    SortedMap<String, String> attributes,
    List<VariantTier> tiers,
    List<Variant> variants,
    List<ListingImage> images,
    Optional<Integer> weightGrams,
    Optional<Dimensions> dimensions,
    Optional<String> brandId,
    List<String> logisticsChannelIds,
    SortedMap<String, String> extras) {

  /**
   * Validates the draft's shape (the platform limits are checked by the mapping).
   *
   * @param marketplace the marketplace it is for
   * @param sku the product's (parent) SKU
   * @param title the listing title
   * @param description the description, provenance line included
   * @param categoryId the platform's leaf category id
   * @param attributes platform attribute id → value
   * @param tiers the variant tiers, in order (empty for a product without tiers)
   * @param variants the SKUs with their options, prices and stock
   * @param images the photos, main one first
   * @param weightGrams the packed weight in grams, if known
   * @param dimensions the packed dimensions, if known
   * @param brandId the platform's brand id, if any
   * @param logisticsChannelIds the platform's ids of the shipping channels to enable
   * @param extras platform-specific values by name, from the request or the adapter's own mapping
   */
  public ListingDraft {
    Checks.notNull("marketplace", marketplace);
    Checks.notNull("sku", sku);
    title = Checks.text("title", title);
    Checks.notNull("description", description);
    Checks.token("categoryId", categoryId, 64);
    attributes = Checks.strings("attributes", attributes);
    tiers = Checks.list("tiers", tiers);
    variants = Checks.list("variants", variants);
    if (variants.isEmpty()) {
      throw new io.github.craftmark.core.InvalidValueException(
          "variants", "must have at least one entry", 0);
    }
    images = Checks.list("images", images);
    weightGrams = Checks.optional(weightGrams);
    dimensions = Checks.optional(dimensions);
    brandId = Checks.optional(brandId);
    logisticsChannelIds = Checks.list("logisticsChannelIds", logisticsChannelIds);
    extras = Checks.strings("extras", extras);
  }

  /**
   * Returns a copy with another description, e.g. the HTML form a platform wants.
   *
   * @param newDescription the description
   * @return the copy
   */
  public ListingDraft withDescription(String newDescription) {
    return new ListingDraft(
        marketplace,
        sku,
        title,
        newDescription,
        categoryId,
        attributes,
        tiers,
        variants,
        images,
        weightGrams,
        dimensions,
        brandId,
        logisticsChannelIds,
        extras);
  }

  /**
   * Returns a copy with one more platform-specific value.
   *
   * @param name its name
   * @param value its value
   * @return the copy
   */
  public ListingDraft withExtra(String name, String value) {
    TreeMap<String, String> copy = new TreeMap<>(extras);
    copy.put(name, value);
    return new ListingDraft(
        marketplace,
        sku,
        title,
        description,
        categoryId,
        attributes,
        tiers,
        variants,
        images,
        weightGrams,
        dimensions,
        brandId,
        logisticsChannelIds,
        copy);
  }
}
