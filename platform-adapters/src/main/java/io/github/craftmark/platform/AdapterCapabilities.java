package io.github.craftmark.platform;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.platform.internal.Checks;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a marketplace accepts in a listing and in a batch: the limits the mapping checks before any
 * call.
 *
 * <p>Each adapter returns its platform's published limits from {@link
 * MarketplaceAdapter#capabilities()}. Lengths are counted in Unicode code points of the NFC text.
 * Build one with {@link #builder()}; every limit has a permissive default, so a builder only names
 * what the platform restricts.
 *
 * @param minImages the fewest images a listing needs, 0 or more
 * @param maxImages the most images a listing may have
 * @param maxImageBytes the largest image file accepted, in bytes
 * @param imageMediaTypes the image types accepted, e.g. {@code image/jpeg}
 * @param titleMinChars the shortest title accepted
 * @param titleMaxChars the longest title accepted
 * @param descriptionMaxChars the longest description accepted, provenance line included
 * @param descriptionRequired whether a listing needs a description
 * @param minPrice the lowest price accepted for a SKU
 * @param maxPrice the highest price accepted for a SKU
 * @param maxVariants the most SKUs (variants) one listing may have
 * @param maxTiers the most variant tiers one listing may have
 * @param maxSkusPerStockBatch the most SKUs one stock-update call may carry
 * @param maxSkusPerPriceBatch the most SKUs one price-update call may carry
 * @param needsWeight whether a listing needs the packed weight
 * @param needsDimensions whether a listing needs the packed dimensions
 * @param platformHostedImages whether images must be uploaded to the platform before the listing
 *     refers to them
 */
public record AdapterCapabilities(
    int minImages,
    int maxImages,
    long maxImageBytes,
    Set<String> imageMediaTypes,
    int titleMinChars,
    int titleMaxChars,
    int descriptionMaxChars,
    boolean descriptionRequired,
    Money minPrice,
    Money maxPrice,
    int maxVariants,
    int maxTiers,
    int maxSkusPerStockBatch,
    int maxSkusPerPriceBatch,
    boolean needsWeight,
    boolean needsDimensions,
    boolean platformHostedImages) {

  /**
   * Validates the limits: every minimum at most its maximum, batch sizes at least 1.
   *
   * @param minImages the fewest images a listing needs, 0 or more
   * @param maxImages the most images a listing may have
   * @param maxImageBytes the largest image file accepted, in bytes
   * @param imageMediaTypes the image types accepted, e.g. {@code image/jpeg}
   * @param titleMinChars the shortest title accepted
   * @param titleMaxChars the longest title accepted
   * @param descriptionMaxChars the longest description accepted, provenance line included
   * @param descriptionRequired whether a listing needs a description
   * @param minPrice the lowest price accepted for a SKU
   * @param maxPrice the highest price accepted for a SKU
   * @param maxVariants the most SKUs (variants) one listing may have
   * @param maxTiers the most variant tiers one listing may have
   * @param maxSkusPerStockBatch the most SKUs one stock-update call may carry
   * @param maxSkusPerPriceBatch the most SKUs one price-update call may carry
   * @param needsWeight whether a listing needs the packed weight
   * @param needsDimensions whether a listing needs the packed dimensions
   * @param platformHostedImages whether images must be uploaded to the platform before the listing
   *     refers to them
   */
  public AdapterCapabilities {
    Checks.inRange("maxImages", maxImages, 1, 1000);
    Checks.inRange("minImages", minImages, 0, maxImages);
    if (maxImageBytes < 1) {
      throw new InvalidValueException("maxImageBytes", "must be positive", maxImageBytes);
    }
    imageMediaTypes = Set.copyOf(Checks.list("imageMediaTypes", imageMediaTypes));
    if (imageMediaTypes.isEmpty()) {
      throw new InvalidValueException("imageMediaTypes", "must not be empty", imageMediaTypes);
    }
    for (String type : imageMediaTypes) {
      ListingImage.checkMediaType("imageMediaTypes", type);
    }
    Checks.inRange("titleMaxChars", titleMaxChars, 1, 100_000);
    Checks.inRange("titleMinChars", titleMinChars, 1, titleMaxChars);
    Checks.inRange("descriptionMaxChars", descriptionMaxChars, 1, 10_000_000);
    Checks.notNull("minPrice", minPrice);
    Checks.notNull("maxPrice", maxPrice);
    if (!minPrice.isPositive()) {
      throw new InvalidValueException("minPrice", "must be positive", minPrice);
    }
    if (maxPrice.compareTo(minPrice) < 0) {
      throw new InvalidValueException(
          "maxPrice", "must be at least minPrice " + minPrice, maxPrice);
    }
    Checks.inRange("maxVariants", maxVariants, 1, 100_000);
    Checks.inRange("maxTiers", maxTiers, 0, 10);
    Checks.inRange("maxSkusPerStockBatch", maxSkusPerStockBatch, 1, 100_000);
    Checks.inRange("maxSkusPerPriceBatch", maxSkusPerPriceBatch, 1, 100_000);
  }

  /**
   * Returns a builder with permissive defaults: 1..50 images of at most 10 MB (JPEG or PNG),
   * titles 1..255, descriptions up to 20,000 and not required, prices 1 ₫..{@link Money#MAX_DONG},
   * 1,000 variants in 2 tiers, batches of 1 SKU, weight and dimensions not required, images not
   * platform-hosted.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these limits.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Tells whether a price is within {@link #minPrice()}..{@link #maxPrice()}.
   *
   * @param price the price
   * @return true when the platform accepts it
   */
  public boolean acceptsPrice(Money price) {
    return price.compareTo(minPrice) >= 0 && price.compareTo(maxPrice) <= 0;
  }

  /** Builds {@link AdapterCapabilities}; {@link #build()} names the first bad limit. */
  public static final class Builder {
    private int minImages = 1;
    private int maxImages = 50;
    private long maxImageBytes = 10L * 1024 * 1024;
    private Set<String> imageMediaTypes = new LinkedHashSet<>(Set.of("image/jpeg", "image/png"));
    private int titleMinChars = 1;
    private int titleMaxChars = 255;
    private int descriptionMaxChars = 20_000;
    private boolean descriptionRequired;
    private Money minPrice = Money.ofDong(1);
    private Money maxPrice = Money.ofDong(Money.MAX_DONG);
    private int maxVariants = 1000;
    private int maxTiers = 2;
    private int maxSkusPerStockBatch = 1;
    private int maxSkusPerPriceBatch = 1;
    private boolean needsWeight;
    private boolean needsDimensions;
    private boolean platformHostedImages;

    private Builder() {}

    private Builder(AdapterCapabilities c) {
      minImages = c.minImages;
      maxImages = c.maxImages;
      maxImageBytes = c.maxImageBytes;
      imageMediaTypes = new LinkedHashSet<>(c.imageMediaTypes);
      titleMinChars = c.titleMinChars;
      titleMaxChars = c.titleMaxChars;
      descriptionMaxChars = c.descriptionMaxChars;
      descriptionRequired = c.descriptionRequired;
      minPrice = c.minPrice;
      maxPrice = c.maxPrice;
      maxVariants = c.maxVariants;
      maxTiers = c.maxTiers;
      maxSkusPerStockBatch = c.maxSkusPerStockBatch;
      maxSkusPerPriceBatch = c.maxSkusPerPriceBatch;
      needsWeight = c.needsWeight;
      needsDimensions = c.needsDimensions;
      platformHostedImages = c.platformHostedImages;
    }

    /**
     * Sets how many images a listing may have.
     *
     * @param min the fewest, 0 or more
     * @param max the most
     * @return this builder
     */
    public Builder images(int min, int max) {
      this.minImages = min;
      this.maxImages = max;
      return this;
    }

    /**
     * Sets the largest image file accepted.
     *
     * @param bytes the size in bytes
     * @return this builder
     */
    public Builder maxImageBytes(long bytes) {
      this.maxImageBytes = bytes;
      return this;
    }

    /**
     * Sets the image media types accepted.
     *
     * @param mediaTypes e.g. {@code "image/jpeg"}, {@code "image/png"}
     * @return this builder
     */
    public Builder imageMediaTypes(String... mediaTypes) {
      this.imageMediaTypes = new LinkedHashSet<>(java.util.List.of(mediaTypes));
      return this;
    }

    /**
     * Sets the title length accepted.
     *
     * @param min the shortest, in characters
     * @param max the longest, in characters
     * @return this builder
     */
    public Builder title(int min, int max) {
      this.titleMinChars = min;
      this.titleMaxChars = max;
      return this;
    }

    /**
     * Sets the longest description accepted.
     *
     * @param maxChars the longest, in characters
     * @return this builder
     */
    public Builder descriptionMaxChars(int maxChars) {
      this.descriptionMaxChars = maxChars;
      return this;
    }

    /**
     * Sets whether a listing needs a description.
     *
     * @param required true when it does
     * @return this builder
     */
    public Builder descriptionRequired(boolean required) {
      this.descriptionRequired = required;
      return this;
    }

    /**
     * Sets the price range accepted for a SKU.
     *
     * @param min the lowest price
     * @param max the highest price
     * @return this builder
     */
    public Builder price(Money min, Money max) {
      this.minPrice = min;
      this.maxPrice = max;
      return this;
    }

    /**
     * Sets the most SKUs one listing may have.
     *
     * @param max the most variants
     * @return this builder
     */
    public Builder maxVariants(int max) {
      this.maxVariants = max;
      return this;
    }

    /**
     * Sets the most variant tiers one listing may have.
     *
     * @param max the most tiers
     * @return this builder
     */
    public Builder maxTiers(int max) {
      this.maxTiers = max;
      return this;
    }

    /**
     * Sets the most SKUs one stock-update call may carry.
     *
     * @param max the batch size
     * @return this builder
     */
    public Builder maxSkusPerStockBatch(int max) {
      this.maxSkusPerStockBatch = max;
      return this;
    }

    /**
     * Sets the most SKUs one price-update call may carry.
     *
     * @param max the batch size
     * @return this builder
     */
    public Builder maxSkusPerPriceBatch(int max) {
      this.maxSkusPerPriceBatch = max;
      return this;
    }

    /**
     * Sets whether a listing needs the packed weight.
     *
     * @param needed true when it does
     * @return this builder
     */
    public Builder needsWeight(boolean needed) {
      this.needsWeight = needed;
      return this;
    }

    /**
     * Sets whether a listing needs the packed dimensions.
     *
     * @param needed true when it does
     * @return this builder
     */
    public Builder needsDimensions(boolean needed) {
      this.needsDimensions = needed;
      return this;
    }

    /**
     * Sets whether images must be uploaded to the platform first.
     *
     * @param hosted true when listings refer only to platform-hosted images
     * @return this builder
     */
    public Builder platformHostedImages(boolean hosted) {
      this.platformHostedImages = hosted;
      return this;
    }

    /**
     * Builds the capabilities.
     *
     * @return the capabilities
     * @throws InvalidValueException naming the first bad limit
     */
    public AdapterCapabilities build() {
      return new AdapterCapabilities(
          minImages,
          maxImages,
          maxImageBytes,
          imageMediaTypes,
          titleMinChars,
          titleMaxChars,
          descriptionMaxChars,
          descriptionRequired,
          minPrice,
          maxPrice,
          maxVariants,
          maxTiers,
          maxSkusPerStockBatch,
          maxSkusPerPriceBatch,
          needsWeight,
          needsDimensions,
          platformHostedImages);
    }
  }
}
