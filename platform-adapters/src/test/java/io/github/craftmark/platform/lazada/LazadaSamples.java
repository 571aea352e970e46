package io.github.craftmark.platform.lazada;

import io.github.craftmark.core.product.Dimensions;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.platform.testing.Samples;

/** The shared sample products, completed with what Lazada needs (package size and weight). */
public final class LazadaSamples {
  private LazadaSamples() {}

  /** The Bát Tràng vase: weight and size already known. */
  public static Product.Builder vase() {
    return Samples.vase();
  }

  /** The Vạn Phúc silk scarf with a description, package size and weight. */
  public static Product.Builder silkScarf() {
    return Samples.silkScarf()
        .descriptionVi("Khăn lụa dệt tay ở làng Vạn Phúc.\n\nGiặt tay, phơi trong bóng râm.")
        .dimensions(Dimensions.ofCm("20", "15", "2"))
        .weightGrams(120);
  }
}
