package io.github.craftmark.platform.tiktok;

import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.ProductLabel;
import io.github.craftmark.platform.CategoryMapping;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.ProvenanceLine;
import io.github.craftmark.platform.testing.Samples;
import java.net.URI;

/** Craft products and listing requests for the TikTok Shop tests; numbers marked EXAMPLE. */
public final class TikTokSamples {
  private TikTokSamples() {}

  /** The first bytes of a JPEG file: all the stand-in checks. */
  public static final byte[] JPEG = {
    (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'
  };

  /** The shared Bát Tràng vase. */
  public static Product.Builder vase() {
    return Samples.vase();
  }

  /**
   * The shared Vạn Phúc silk scarf, ready for TikTok Shop: a title of at least 25 characters, a
   * description and a weight.
   */
  public static Product.Builder silkScarf() {
    return Samples.silkScarf()
        .nameVi("Khăn lụa tơ tằm Vạn Phúc dệt tay")
        .descriptionVi("Lụa tơ tằm dệt tay tại làng Vạn Phúc.\nGiặt tay bằng nước lạnh.")
        .weightGrams(150)
        .label(ProductLabel.ofOrigin("Sản xuất tại Việt Nam"));
  }

  public static CategoryMapping mapping() {
    return CategoryMapping.builder(Marketplace.TIKTOK_SHOP)
        .map(
            CraftCategory.CERAMICS,
            CategoryMapping.Target.of(TikTokShopStandIn.LEAF_CATEGORY)
                .withAttributeFromProduct("100037", "Màu men")
                .withAttribute("100392", "Gốm sứ"))
        .map(CraftCategory.SILK, CategoryMapping.Target.of(TikTokShopStandIn.LEAF_CATEGORY))
        .build();
  }

  public static ProvenanceLine provenance() {
    return ProvenanceLine.builder()
        .village("Bát Tràng")
        .brand("Gốm Bát Tràng")
        .ocopStars(StarRating.FOUR)
        .verificationUri(URI.create("https://xacminh.example.vn/p/BT-BHL-25"))
        .build();
  }

  public static ListingRequest vaseListing() {
    return ListingRequest.builder(vase().build(), mapping())
        .addImage(ListingImage.ofBytes(JPEG, "image/jpeg"))
        .provenance(provenance())
        .build();
  }
}
