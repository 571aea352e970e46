package io.github.craftmark.provenance.tag;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.Sku;

/**
 * What product a tagged item is: the producer's SKU or the product's GTIN.
 *
 * <p>A tag carries exactly one. A SKU of upper-case letters, digits, {@code -}, {@code .} and
 * {@code /} packs three characters into two bytes; any other SKU is carried as text. A GTIN is
 * carried as its 14-digit form, so {@link ByGtin} holds the GTIN-14.
 */
public sealed interface ProductReference permits ProductReference.BySku, ProductReference.ByGtin {

  /**
   * Refers to a product by its SKU.
   *
   * @param sku the SKU
   * @return the reference
   */
  static ProductReference of(Sku sku) {
    return new BySku(sku);
  }

  /**
   * Refers to a product by its GTIN, held as GTIN-14.
   *
   * @param gtin the GTIN of any length
   * @return the reference
   */
  static ProductReference of(Gtin gtin) {
    return new ByGtin(gtin);
  }

  /**
   * Returns the reference as text: the SKU, or the 14 GTIN digits.
   *
   * @return the text
   */
  String text();

  /**
   * A product referred to by the producer's SKU.
   *
   * @param sku the SKU
   */
  record BySku(Sku sku) implements ProductReference {
    /**
     * Validates the reference.
     *
     * @param sku the SKU
     */
    public BySku {
      if (sku == null) {
        throw new InvalidValueException("sku", "must not be null", null);
      }
    }

    @Override
    public String text() {
      return sku.value();
    }
  }

  /**
   * A product referred to by its GTIN, held in its 14-digit form as the tag carries it.
   *
   * @param gtin the GTIN-14
   */
  record ByGtin(Gtin gtin) implements ProductReference {
    /**
     * Validates the reference and turns the GTIN into its 14-digit form.
     *
     * @param gtin the GTIN of any length
     */
    public ByGtin {
      if (gtin == null) {
        throw new InvalidValueException("gtin", "must not be null", null);
      }
      if (gtin.length() != 14) {
        gtin = Gtin.of(gtin.toGtin14());
      }
    }

    @Override
    public String text() {
      return gtin.value();
    }
  }
}
