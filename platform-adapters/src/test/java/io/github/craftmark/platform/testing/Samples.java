package io.github.craftmark.platform.testing;

import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.id.VillageId;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.core.product.Dimensions;
import io.github.craftmark.core.product.Material;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.ProductImage;
import io.github.craftmark.core.product.ProductLabel;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.core.product.VariantTier;
import io.github.craftmark.platform.CategoryMapping;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.ProvenanceLine;
import java.net.URI;

/**
 * Sample products, images and requests for the platform tests (core's test fixtures are not shared
 * across modules, so the two products are copied from core's {@code ProductSamples}).
 */
public final class Samples {
  private Samples() {}

  /**
   * The bytes of a small baseline JPEG (SOI, APP0 JFIF, a comment, EOI): what a listing uploads.
   */
  public static final byte[] JPEG = {
    (byte) 0xFF,
    (byte) 0xD8,
    (byte) 0xFF,
    (byte) 0xE0,
    0x00,
    0x10,
    'J',
    'F',
    'I',
    'F',
    0x00,
    0x01,
    0x01,
    0x00,
    0x00,
    0x01,
    0x00,
    0x01,
    0x00,
    0x00,
    (byte) 0xFF,
    (byte) 0xFE,
    0x00,
    0x0A,
    'B',
    'a',
    't',
    ' ',
    'T',
    'r',
    'a',
    'n',
    (byte) 0xFF,
    (byte) 0xD9
  };

  /** A Bát Tràng crackle-glaze vase without tiers: GTIN, brand, OCOP claim and label. */
  public static Product.Builder vase() {
    return Product.builder()
        .id(ProductId.of("binh-hut-loc-01"))
        .sku(Sku.of("BT-BHL-25"))
        .gtin(Gtin.withCheckDigit("893604512001"))
        .nameVi("Bình hút lộc men rạn đắp nổi")
        .nameEn("Crackle-glaze fortune vase with relief")
        .descriptionVi("Bình gốm Bát Tràng, men rạn cổ, đắp nổi hoa sen. Cao 25 cm.")
        .category(CraftCategory.CERAMICS)
        .addMaterial(Material.of("Đất sét trắng"))
        .addMaterial(Material.of("Men rạn"))
        .dimensions(Dimensions.ofCm("18", "18", "25.5"))
        .weightGrams(1800)
        .addImage(ProductImage.of(
            "https://gom.example.vn/anh/bhl-25-1.jpg", "Bình hút lộc men rạn, nhìn chính diện"))
        .price(Money.ofDong(1_250_000))
        .stock(12)
        .attribute("Màu men", "Rạn cổ")
        .producer(ProducerId.of("hh-bat-trang-001"))
        .village(VillageId.of("bat-trang"))
        .brand(BrandId.of("gom-bat-trang"))
        .ocopCertificate("EXAMPLE-OCOP-HN-2024-0123")
        .label(ProductLabel.ofOrigin("Sản xuất tại Việt Nam"));
  }

  /** A Vạn Phúc silk scarf with two tiers (size × colour) and three variants. */
  public static Product.Builder silkScarf() {
    return Product.builder()
        .id(ProductId.of("khan-lua-01"))
        .sku(Sku.of("VP-KL"))
        .nameVi("Khăn lụa tơ tằm Vạn Phúc")
        .category(CraftCategory.SILK)
        .addMaterial(Material.of("Tơ tằm", 100))
        .addTier(VariantTier.of("Kích thước", "50×50 cm", "90×90 cm"))
        .addTier(VariantTier.of("Màu", "Đỏ son", "Xanh ngọc"))
        .addVariant(
            Variant.of(Sku.of("VP-KL-50-DO"), Money.ofDong(350_000), 20, "50×50 cm", "Đỏ son"))
        .addVariant(
            Variant.of(Sku.of("VP-KL-50-XANH"), Money.ofDong(350_000), 0, "50×50 cm", "Xanh ngọc"))
        .addVariant(
            Variant.of(Sku.of("VP-KL-90-DO"), Money.ofDong(690_000), 5, "90×90 cm", "Đỏ son"))
        .producer(ProducerId.of("htx-van-phuc"))
        .village(VillageId.of("van-phuc"))
        .label(ProductLabel.ofOrigin("Sản xuất tại Việt Nam")
            .withCareInstructions("Giặt tay bằng nước lạnh, không vắt mạnh"));
  }

  /** The provenance line of the vase: village, brand, 4 stars, verification link. */
  public static ProvenanceLine vaseProvenance() {
    return ProvenanceLine.builder()
        .village("Bát Tràng")
        .brand("Gốm Bát Tràng")
        .ocopStars(StarRating.FOUR)
        .verificationUri(URI.create("https://verify.example.vn/p/BT-BHL-25"))
        .build();
  }

  /**
   * A mapping sending ceramics and silk to EXAMPLE leaf categories, with one required attribute
   * taken from the product and one fixed.
   *
   * @param marketplace the marketplace
   * @return the mapping
   */
  public static CategoryMapping mapping(Marketplace marketplace) {
    return CategoryMapping.builder(marketplace)
        .map(
            CraftCategory.CERAMICS,
            CategoryMapping.Target.of("100636")
                .withAttribute("origin", "Việt Nam")
                .withAttributeFromProduct("glaze", "Màu men")
                .requiring("origin", "glaze"))
        .map(
            CraftCategory.SILK,
            CategoryMapping.Target.of("100017").withAttribute("origin", "Việt Nam"))
        .build();
  }

  /**
   * A request that every adapter must accept: the vase, two JPEG photos, the provenance line.
   *
   * @param marketplace the marketplace
   * @return the request
   */
  public static ListingRequest vaseRequest(Marketplace marketplace) {
    return ListingRequest.builder(vase().build(), mapping(marketplace))
        .addImage(ListingImage.ofBytes(JPEG, "image/jpeg"))
        .addImage(ListingImage.ofBytes(JPEG, "image/jpeg"))
        .provenance(vaseProvenance())
        .build();
  }
}
