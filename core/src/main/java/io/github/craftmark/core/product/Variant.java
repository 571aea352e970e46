package io.github.craftmark.core.product;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * One sellable form of a product: its option in each variant tier, its own SKU, price and stock.
 *
 * <p>A product without tiers has exactly one variant with no options and the product's SKU.
 *
 * @param options the chosen option of each tier, in tier order (empty for a product without tiers)
 * @param sku the variant's SKU, unique within the product
 * @param price the price in đồng, positive
 * @param stock units in stock, 0 or more
 * @param gtin the variant's GTIN, if it has one
 */
public record Variant(List<String> options, Sku sku, Money price, int stock, Optional<Gtin> gtin) {
  /** The largest stock accepted, far above any craft workshop's. */
  public static final int MAX_STOCK = 10_000_000;

  /**
   * Validates the variant.
   *
   * @param options the chosen option of each tier, in tier order (empty for a product without tiers)
   * @param sku the variant's SKU, unique within the product
   * @param price the price in đồng, positive
   * @param stock units in stock, 0 or more
   * @param gtin the variant's GTIN, if it has one
   */
  public Variant {
    List<String> raw = Checks.list("options", options);
    List<String> normalised = new java.util.ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      normalised.add(Checks.text("options[" + i + "]", raw.get(i), 40));
    }
    options = List.copyOf(normalised);
    Checks.notNull("sku", sku);
    Checks.notNull("price", price);
    if (!price.isPositive()) {
      throw new InvalidValueException("price", "must be positive", price);
    }
    Checks.inRange("stock", stock, 0, MAX_STOCK);
    gtin = Checks.optional(gtin);
  }

  /**
   * Returns the single variant of a product without tiers.
   *
   * @param sku the product's SKU
   * @param price the price
   * @param stock units in stock
   * @return the variant
   */
  public static Variant single(Sku sku, Money price, int stock) {
    return new Variant(List.of(), sku, price, stock, Optional.empty());
  }

  /**
   * Returns a variant for the given options, one per tier in tier order.
   *
   * @param sku the variant's SKU
   * @param price the price
   * @param stock units in stock
   * @param options the chosen options
   * @return the variant
   */
  public static Variant of(Sku sku, Money price, int stock, String... options) {
    return new Variant(List.of(options), sku, price, stock, Optional.empty());
  }

  /**
   * Returns a copy with another stock level.
   *
   * @param newStock units in stock
   * @return the copy
   */
  public Variant withStock(int newStock) {
    return new Variant(options, sku, price, newStock, gtin);
  }

  /**
   * Returns a copy with another price.
   *
   * @param newPrice the price
   * @return the copy
   */
  public Variant withPrice(Money newPrice) {
    return new Variant(options, sku, newPrice, stock, gtin);
  }
}
