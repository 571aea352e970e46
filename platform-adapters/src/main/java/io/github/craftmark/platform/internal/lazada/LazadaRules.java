package io.github.craftmark.platform.internal.lazada;

import io.github.craftmark.core.money.Money;
import io.github.craftmark.platform.AdapterCapabilities;

/** Lazada's documented limits, in one place, each with where it is written. */
public final class LazadaRules {
  /** CreateProduct: "a maximum of 8 images passed into each Image field". */
  public static final int MAX_IMAGES = 8;

  /** Image requirements: maxOriginalMediaByteSize 3145728, JPG and PNG only. */
  public static final long MAX_IMAGE_BYTES = 3_145_728L;

  /** CreateProduct: product name "Maximum 255 characters". */
  public static final int TITLE_MAX_CHARS = 255;

  /** CreateProduct: description "Maximum 25000 characters. HTML tags are allowed". */
  public static final int DESCRIPTION_MAX_CHARS = 25_000;

  /** Custom sales attributes: VARIATION_SIZE_LIMIT "The Size Limit is: 2". */
  public static final int MAX_VARIATIONS = 2;

  /** Custom sales attributes: VARIATION_NAME_LENGTH_LIMIT "The Length Limit is: 15". */
  public static final int VARIATION_NAME_MAX_CHARS = 15;

  /** Custom sales attributes: VARIATION_OPTION_LENGTH_LIMIT "The Length Limit is: 20". */
  public static final int VARIATION_OPTION_MAX_CHARS = 20;

  /** Custom sales attributes: OPTIONS_SIZE_LIMIT "The Size Limit is: 50". */
  public static final int VARIATION_OPTIONS_MAX = 50;

  /** UpdatePriceQuantity: "The maximum number of products that can be updated is 50". */
  public static final int MAX_SKUS_PER_UPDATE = 50;

  /** UpdatePriceQuantity: "... but 20 is recommended" (error 513 suggests 20 or less too). */
  public static final int RECOMMENDED_SKUS_PER_UPDATE = 20;

  /** GetProducts: limit "The maximum is 50". */
  static final int PRODUCTS_PAGE = 50;

  /** GetProducts: "The maximum offset is 10000". */
  static final int PRODUCTS_MAX_OFFSET = 10_000;

  /** GetOrders: limit "The supported maximum number is 100". */
  static final int ORDERS_PAGE = 100;

  /** Get Order guide: offset "Maximum value: 5000". */
  static final int ORDERS_MAX_OFFSET = 5_000;

  /**
   * Prefix of the category-mapping attribute that names the Lazada sale property of a variant
   * tier: {@code "saleProp:" + tier name → "color_family"}. Without one the tier becomes a custom
   * sale property named after the tier.
   */
  public static final String SALE_PROP_PREFIX = "saleProp:";

  private LazadaRules() {}

  /**
   * Lazada's limits as capabilities. No price range is documented, so any positive amount within
   * {@link Money#MAX_DONG} passes here and Lazada's own price checks report the rest. The variant
   * limit is what two variations of 50 options each allow.
   *
   * @param skusPerBatch SKUs sent per price or stock call
   * @return the capabilities
   */
  public static AdapterCapabilities capabilities(int skusPerBatch) {
    return AdapterCapabilities.builder()
        .images(1, MAX_IMAGES)
        .maxImageBytes(MAX_IMAGE_BYTES)
        .imageMediaTypes("image/jpeg", "image/png")
        .title(1, TITLE_MAX_CHARS)
        .descriptionMaxChars(DESCRIPTION_MAX_CHARS)
        .descriptionRequired(false)
        .price(Money.ofDong(1), Money.ofDong(Money.MAX_DONG))
        .maxVariants(VARIATION_OPTIONS_MAX * VARIATION_OPTIONS_MAX)
        .maxTiers(MAX_VARIATIONS)
        .maxSkusPerStockBatch(skusPerBatch)
        .maxSkusPerPriceBatch(skusPerBatch)
        .needsWeight(true)
        .needsDimensions(true)
        .platformHostedImages(true)
        .build();
  }
}
