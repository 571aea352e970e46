package io.github.craftmark.core.compliance;

import io.github.craftmark.core.address.Address;
import io.github.craftmark.core.address.Commune;
import io.github.craftmark.core.address.Provinces;
import io.github.craftmark.core.brand.BrandFixtures;
import io.github.craftmark.core.brand.BrandRegistry;
import io.github.craftmark.core.brand.BrandUseAuthorisation;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.id.TaxCode;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.ocop.CriteriaVersion;
import io.github.craftmark.core.ocop.IssuerLevel;
import io.github.craftmark.core.ocop.OcopCertificate;
import io.github.craftmark.core.ocop.OcopOwner;
import io.github.craftmark.core.ocop.ProductGroup;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.core.producer.Producer;
import io.github.craftmark.core.producer.ProducerType;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.core.product.Dimensions;
import io.github.craftmark.core.product.Material;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.ProductImage;
import io.github.craftmark.core.product.ProductLabel;
import io.github.craftmark.core.product.ProductSamples;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.core.product.VariantTier;
import java.time.LocalDate;
import java.util.List;

/**
 * A Bát Tràng household, its vase, the village's collective mark and an OCOP certificate, shared by
 * the compliance-check tests. Registration and decision numbers starting with {@code EXAMPLE} are
 * illustrations, not claims about real registers.
 */
final class ComplianceFixtures {
  private ComplianceFixtures() {}

  /** The day of sale most tests use: after Decree 117/2025 and the two-level reform. */
  static final LocalDate SALE_DAY = LocalDate.of(2025, 9, 15);

  static final ProducerId MEMBER = ProducerId.of("hh-bat-trang-001");
  static final ProducerId EXPELLED = ProducerId.of("hh-bat-trang-007");
  static final ProducerId ASSOCIATION = ProducerId.of("hh-gom-su-bat-trang");
  static final BrandId BAT_TRANG = BrandId.of("gom-bat-trang");
  static final ProductId VASE_ID = ProductId.of("binh-hut-loc-01");
  static final String VASE_CERTIFICATE = "EXAMPLE-153/2024/GCN-OCOP";

  static Address batTrang() {
    return Address.builder()
        .streetLine("Xóm 5, thôn Giang Cao")
        .commune(Commune.parse("Xã Bát Tràng"))
        .province(Provinces.standard().get("Hà Nội"))
        .build();
  }

  static Producer household() {
    return Producer.builder()
        .id(MEMBER)
        .type(ProducerType.HOUSEHOLD_BUSINESS)
        .legalName("Hộ kinh doanh Gốm Thanh Hà")
        .taxCode(TaxCode.of("001085012345"))
        .address(batTrang())
        .build();
  }

  static Producer expelledHousehold() {
    return household().toBuilder()
        .id(EXPELLED)
        .legalName("Hộ kinh doanh Gốm Văn Tư")
        .build();
  }

  static Producer cooperative() {
    return Producer.builder()
        .id(MEMBER)
        .type(ProducerType.COOPERATIVE)
        .legalName("Hợp tác xã Gốm sứ Thanh Hà")
        .taxCode(TaxCode.of("0101234565"))
        .address(batTrang())
        .build();
  }

  /** A compliant vase: origin stated, images, size, authorised brand, active 4★ certificate. */
  static Product.Builder vase() {
    return ProductSamples.vase()
        .nameVi("Bình hút lộc men rạn đắp nổi OCOP 4 sao")
        .ocopCertificate(VASE_CERTIFICATE)
        .label(ProductLabel.ofOrigin("Sản xuất tại Việt Nam")
            .withUsageInstructions("Không dùng trong lò vi sóng"));
  }

  /** A Vạn Phúc silk scarf with composition and care instructions, in two sizes. */
  static Product.Builder silkScarf() {
    return Product.builder()
        .id(ProductId.of("khan-lua-01"))
        .sku(Sku.of("VP-KL"))
        .nameVi("Khăn lụa tơ tằm Vạn Phúc")
        .category(CraftCategory.SILK)
        .addMaterial(Material.of("Tơ tằm", 100))
        .dimensions(Dimensions.ofCm("20", "15", "3"))
        .weightGrams(120)
        .addImage(ProductImage.of("https://lua.example.vn/anh/khan-01.jpg", "Khăn lụa đỏ son"))
        .addTier(VariantTier.of("Kích thước", "50×50 cm", "90×90 cm"))
        .addVariant(Variant.of(Sku.of("VP-KL-50"), Money.ofDong(350_000), 20, "50×50 cm"))
        .addVariant(Variant.of(Sku.of("VP-KL-90"), Money.ofDong(690_000), 5, "90×90 cm"))
        .producer(MEMBER)
        .label(ProductLabel.ofOrigin("Sản xuất tại Việt Nam")
            .withCareInstructions("Giặt tay bằng nước lạnh, không vắt mạnh"));
  }

  static BrandRegistry brands() {
    // The member's authorisation renewed so that it covers SALE_DAY.
    BrandUseAuthorisation member = BrandFixtures.memberAuthorisation().toBuilder()
        .issuedOn(LocalDate.of(2024, 5, 25))
        .validFrom(LocalDate.of(2024, 6, 1))
        .validUntil(LocalDate.of(2029, 5, 31))
        .build();
    BrandUseAuthorisation revoked = BrandFixtures.revokedAuthorisation();
    return BrandRegistry.of(List.of(BrandFixtures.batTrang()), List.of(member, revoked));
  }

  /** A 4★ certificate for the vase, issued by Hà Nội on 15 Mar 2024, valid through 15 Mar 2027. */
  static OcopCertificate vaseCertificate() {
    return OcopCertificate.builder()
        .certificateNumber(VASE_CERTIFICATE)
        .decision("EXAMPLE-1560/QĐ-UBND", LocalDate.of(2024, 3, 15))
        .issuer("UBND Thành phố Hà Nội", IssuerLevel.PROVINCE)
        .criteriaVersion(CriteriaVersion.DECISION_148_2023)
        .stars(StarRating.FOUR)
        .productGroup(ProductGroup.HANDICRAFTS)
        .productName("Bình hút lộc men rạn Bát Tràng")
        .productId(VASE_ID)
        .owner(OcopOwner.of(
            "Hộ kinh doanh Gốm Thanh Hà",
            io.github.craftmark.core.ocop.OcopOwnerKind.HOUSEHOLD_BUSINESS,
            MEMBER))
        .build();
  }

  /** A 3★ certificate a district issued on 15 Jul 2025, after districts ceased to exist. */
  static OcopCertificate districtCertificateAfterReform() {
    return OcopCertificate.builder()
        .certificateNumber("EXAMPLE-09/2025/GCN-OCOP-GL")
        .decision("EXAMPLE-812/QĐ-UBND", LocalDate.of(2025, 7, 15))
        .issuer("UBND huyện Gia Lâm", IssuerLevel.DISTRICT)
        .criteriaVersion(CriteriaVersion.DECISION_148_2023)
        .stars(StarRating.THREE)
        .productGroup(ProductGroup.HANDICRAFTS)
        .productName("Bình gốm men lam")
        .owner(OcopOwner.of(
            "Hộ kinh doanh Gốm Thanh Hà",
            io.github.craftmark.core.ocop.OcopOwnerKind.HOUSEHOLD_BUSINESS))
        .build();
  }

  static ComplianceRules rules() {
    return ComplianceRules.builder()
        .brandRegistry(brands())
        .addOcopCertificate(vaseCertificate())
        .addOcopCertificate(districtCertificateAfterReform())
        .build();
  }

  static ComplianceChecker checker() {
    return ComplianceChecker.of(rules());
  }
}
