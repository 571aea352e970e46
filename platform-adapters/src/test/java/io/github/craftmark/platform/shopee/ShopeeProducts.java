package io.github.craftmark.platform.shopee;

import io.github.craftmark.core.product.Dimensions;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.platform.testing.Samples;

/** The shared sample products, completed with what Shopee needs (a description and a weight). */
public final class ShopeeProducts {
  private ShopeeProducts() {}

  /** The Bát Tràng vase: description and weight already known. */
  public static Product.Builder vase() {
    return Samples.vase();
  }

  /** The Vạn Phúc silk scarf with a description, package size and weight. */
  public static Product.Builder silkScarf() {
    return Samples.silkScarf()
        .descriptionVi("Khăn lụa tơ tằm dệt tay tại làng Vạn Phúc, Hà Đông.")
        .dimensions(Dimensions.ofCm("20", "15", "3"))
        .weightGrams(120);
  }
}
