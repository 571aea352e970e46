package io.github.craftmark.platform.shopee;

import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.id.VillageId;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.core.product.Dimensions;
import io.github.craftmark.core.product.Material;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.ProductImage;
import io.github.craftmark.core.product.ProductLabel;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.core.product.VariantTier;

/** Sample products for the Shopee tests (after core's ProductSamples, whose test jar is not shared). */
public final class ShopeeProducts {
  private ShopeeProducts() {}

  /** A Bát Tràng crackle-glaze vase without tiers. */
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
        .descriptionVi("Khăn lụa tơ tằm dệt tay tại làng Vạn Phúc, Hà Đông.")
        .category(CraftCategory.SILK)
        .addMaterial(Material.of("Tơ tằm", 100))
        .dimensions(Dimensions.ofCm("20", "15", "3"))
        .weightGrams(120)
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
}
