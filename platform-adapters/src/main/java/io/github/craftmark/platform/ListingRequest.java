package io.github.craftmark.platform;

import io.github.craftmark.core.product.Product;
import io.github.craftmark.platform.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything needed to list a core {@link Product} on one marketplace: the product, where it goes
 * ({@link CategoryMapping}), its photos, and what the platform needs besides.
 *
 * <p>Build one with {@link #builder(Product, CategoryMapping)}. Nothing is checked against the
 * platform here: {@link MarketplaceAdapter#map(ListingRequest)} does that and lists every problem.
 *
 * @param product the product to list
 * @param categoryMapping where the seller's products go on this marketplace
 * @param images the photos, main one first
 * @param provenance the provenance line appended to the description, if any
 * @param englishProvenance whether the provenance line adds an English version after the
 *     Vietnamese
 * @param brandId the platform's brand id, if the listing names a registered brand
 * @param logisticsChannelIds the platform's ids of the shipping channels to enable
 * @param extras platform-specific values by name; each adapter documents the names it reads
 */
public record ListingRequest(
    Product product,
    CategoryMapping categoryMapping,
    List<ListingImage> images,
    Optional<ProvenanceLine> provenance,
    boolean englishProvenance,
    Optional<String> brandId,
    List<String> logisticsChannelIds,
    SortedMap<String, String> extras) {

  /**
   * Validates the request.
   *
   * @param product the product to list
   * @param categoryMapping where the seller's products go on this marketplace
   * @param images the photos, main one first
   * @param provenance the provenance line appended to the description, if any
   * @param englishProvenance whether the provenance line adds an English version after the
   *     Vietnamese
   * @param brandId the platform's brand id, if the listing names a registered brand
   * @param logisticsChannelIds the platform's ids of the shipping channels to enable
   * @param extras platform-specific values by name; each adapter documents the names it reads
   */
  public ListingRequest {
    Checks.notNull("product", product);
    Checks.notNull("categoryMapping", categoryMapping);
    images = Checks.list("images", images);
    provenance = Checks.optional(provenance);
    brandId = Checks.optionalToken("brandId", brandId, 64);
    logisticsChannelIds = Checks.list("logisticsChannelIds", logisticsChannelIds);
    for (int i = 0; i < logisticsChannelIds.size(); i++) {
      Checks.token("logisticsChannelIds[" + i + "]", logisticsChannelIds.get(i), 64);
    }
    extras = Checks.strings("extras", extras);
  }

  /**
   * Returns a builder for listing a product.
   *
   * @param product the product
   * @param categoryMapping where the seller's products go on this marketplace
   * @return the builder
   */
  public static Builder builder(Product product, CategoryMapping categoryMapping) {
    return new Builder(product, categoryMapping);
  }

  /**
   * Returns a builder holding this request's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder(product, categoryMapping);
    builder.images.addAll(images);
    builder.provenance = provenance.orElse(null);
    builder.englishProvenance = englishProvenance;
    builder.brandId = brandId.orElse(null);
    builder.logisticsChannelIds.addAll(logisticsChannelIds);
    builder.extras.putAll(extras);
    return builder;
  }

  /**
   * Returns the marketplace the request's category mapping is for.
   *
   * @return the marketplace
   */
  public Marketplace marketplace() {
    return categoryMapping.marketplace();
  }

  /** Builds a {@link ListingRequest}. */
  public static final class Builder {
    private Product product;
    private CategoryMapping categoryMapping;
    private final List<ListingImage> images = new ArrayList<>();
    private ProvenanceLine provenance;
    private boolean englishProvenance;
    private String brandId;
    private final List<String> logisticsChannelIds = new ArrayList<>();
    private final TreeMap<String, String> extras = new TreeMap<>();

    private Builder(Product product, CategoryMapping categoryMapping) {
      this.product = product;
      this.categoryMapping = categoryMapping;
    }

    /**
     * Replaces the product.
     *
     * @param product the product
     * @return this builder
     */
    public Builder product(Product product) {
      this.product = product;
      return this;
    }

    /**
     * Replaces the category mapping.
     *
     * @param categoryMapping the mapping
     * @return this builder
     */
    public Builder categoryMapping(CategoryMapping categoryMapping) {
      this.categoryMapping = categoryMapping;
      return this;
    }

    /**
     * Adds a photo after those already added.
     *
     * @param image the photo
     * @return this builder
     */
    public Builder addImage(ListingImage image) {
      images.add(image);
      return this;
    }

    /**
     * Replaces the photos.
     *
     * @param images the photos, main one first
     * @return this builder
     */
    public Builder images(List<ListingImage> images) {
      this.images.clear();
      this.images.addAll(images);
      return this;
    }

    /**
     * Sets the provenance line appended to the description.
     *
     * @param provenance the line, or null for none
     * @return this builder
     */
    public Builder provenance(ProvenanceLine provenance) {
      this.provenance = provenance;
      return this;
    }

    /**
     * Sets whether the provenance line adds an English version.
     *
     * @param english true for Vietnamese followed by English
     * @return this builder
     */
    public Builder englishProvenance(boolean english) {
      this.englishProvenance = english;
      return this;
    }

    /**
     * Sets the platform's brand id.
     *
     * @param brandId the id, or null for none
     * @return this builder
     */
    public Builder brandId(String brandId) {
      this.brandId = brandId;
      return this;
    }

    /**
     * Adds a shipping channel to enable.
     *
     * @param channelId the platform's id of the channel
     * @return this builder
     */
    public Builder addLogisticsChannel(String channelId) {
      logisticsChannelIds.add(channelId);
      return this;
    }

    /**
     * Sets a platform-specific value.
     *
     * @param name its name, as the adapter documents
     * @param value its value
     * @return this builder
     */
    public Builder extra(String name, String value) {
      extras.put(name, value);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws io.github.craftmark.core.InvalidValueException naming the first bad field
     */
    public ListingRequest build() {
      return new ListingRequest(
          product,
          categoryMapping,
          images,
          Optional.ofNullable(provenance),
          englishProvenance,
          Optional.ofNullable(brandId),
          logisticsChannelIds,
          extras);
    }
  }
}
