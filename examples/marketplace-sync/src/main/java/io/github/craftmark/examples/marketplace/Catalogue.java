package io.github.craftmark.examples.marketplace;

import io.github.craftmark.core.address.Address;
import io.github.craftmark.core.address.Commune;
import io.github.craftmark.core.address.Provinces;
import io.github.craftmark.core.brand.BrandOwner;
import io.github.craftmark.core.brand.BrandOwnerKind;
import io.github.craftmark.core.brand.BrandRegistration;
import io.github.craftmark.core.brand.BrandRegistry;
import io.github.craftmark.core.brand.BrandSign;
import io.github.craftmark.core.brand.BrandUseAuthorisation;
import io.github.craftmark.core.brand.MarkType;
import io.github.craftmark.core.brand.ProtectionPeriod;
import io.github.craftmark.core.brand.RegulationOnUse;
import io.github.craftmark.core.brand.UseBasis;
import io.github.craftmark.core.brand.VillageBrand;
import io.github.craftmark.core.compliance.ComplianceChecker;
import io.github.craftmark.core.compliance.ComplianceRules;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.id.TaxCode;
import io.github.craftmark.core.id.VillageId;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.ocop.CriteriaVersion;
import io.github.craftmark.core.ocop.IssuerLevel;
import io.github.craftmark.core.ocop.OcopCertificate;
import io.github.craftmark.core.ocop.OcopOwner;
import io.github.craftmark.core.ocop.OcopOwnerKind;
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
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.core.product.VariantTier;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.ProvenanceLine;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The sample catalogue: two workshops, one in Bát Tràng (ceramics, under the village's collective
 * mark, one vase with an OCOP 4★ certificate) and one in Vạn Phúc (silk), and the compliance data
 * the check needs (the mark, who may use it, the certificate).
 *
 * <p>Registration, decision and certificate numbers starting with {@code EXAMPLE} are
 * illustrations, not entries of real registers. One product is broken on purpose: no packed weight
 * or size, and an abbreviated origin on its label.
 */
public final class Catalogue {
  /** The Bát Tràng household's id. */
  public static final ProducerId GOM_THANH_HA = ProducerId.of("hh-bat-trang-001");

  /** The Vạn Phúc cooperative's id. */
  public static final ProducerId LUA_VAN_PHUC = ProducerId.of("htx-lua-van-phuc");

  /** The Bát Tràng collective mark. */
  public static final BrandId GOM_BAT_TRANG = BrandId.of("gom-bat-trang");

  /** The vase with the OCOP 4★ certificate. */
  public static final Sku VASE = Sku.of("BT-BHL-25");

  /** The broken product: no weight, no size, "SX tại VN" on the label. */
  public static final Sku BROKEN_PLATE = Sku.of("BT-DIA-30");

  /** The fan whose title is too short for TikTok Shop (at least 25 characters there). */
  public static final Sku SILK_FAN = Sku.of("VP-QUAT-01");

  private static final String VASE_CERTIFICATE = "EXAMPLE-153/2025/GCN-OCOP";
  private static final URI VERIFY_BASE = URI.create("https://xacminh.example.vn/p/");

  private final List<Product> products;
  private final Map<ProducerId, Producer> producers;
  private final ComplianceRules rules;
  private final List<byte[]> ceramicPhotos;
  private final List<byte[]> silkPhotos;

  private Catalogue() {
    Color blueGlaze = new Color(0x1F, 0x4E, 0x9A);
    Color silkRed = new Color(0xB0, 0x1E, 0x2D);
    this.ceramicPhotos = List.of(jpeg(blueGlaze, 0), jpeg(blueGlaze, 1));
    this.silkPhotos = List.of(jpeg(silkRed, 0), jpeg(silkRed, 1));
    this.producers = Map.of(GOM_THANH_HA, gomThanhHa(), LUA_VAN_PHUC, luaVanPhuc());
    this.products = List.of(vase(), teaSet(), scarf(), tie(), fan(), brokenPlate());
    this.rules = ComplianceRules.defaults().toBuilder()
        .brandRegistry(BrandRegistry.of(List.of(batTrangMark()), List.of(memberAuthorisation())))
        .addOcopCertificate(vaseCertificate())
        .build();
  }

  /**
   * Returns the sample catalogue.
   *
   * @return the catalogue
   */
  public static Catalogue sample() {
    return new Catalogue();
  }

  /**
   * Returns the products, the broken one last.
   *
   * @return the products
   */
  public List<Product> products() {
    return products;
  }

  /**
   * Returns the producer a product names.
   *
   * @param product the product
   * @return its producer
   */
  public Producer producerOf(Product product) {
    return producers.get(product.producer());
  }

  /**
   * Returns the compliance checker over this catalogue's brand and certificate data.
   *
   * @return the checker
   */
  public ComplianceChecker checker() {
    return ComplianceChecker.of(rules);
  }

  /**
   * Returns the provenance line a listing of this product carries: its village, its village brand,
   * the stars of the OCOP certificate it names (as the certificate states them, not as the listing
   * claims them) and the page where a buyer verifies the product.
   *
   * @param product the product
   * @return the line
   */
  public ProvenanceLine provenanceOf(Product product) {
    ProvenanceLine.Builder line = ProvenanceLine.builder()
        .verificationUri(VERIFY_BASE.resolve(product.sku().value()));
    product.village().ifPresent(v -> line.village(villageName(v)));
    product.brand().filter(GOM_BAT_TRANG::equals).ifPresent(b -> line.brand("Gốm Bát Tràng"));
    product
        .ocopCertificate()
        .flatMap(rules::ocopCertificate)
        .ifPresent(certificate -> line.ocopStars(certificate.stars()));
    return line.build();
  }

  /**
   * Returns the photos of a product: small real JPEG files, drawn once when the catalogue is made
   * (a workshop would read its own photos from disk).
   *
   * @param product the product
   * @return the photos, the main one first
   */
  public List<ListingImage> photosOf(Product product) {
    List<byte[]> photos = product.category() == CraftCategory.SILK ? silkPhotos : ceramicPhotos;
    return photos.stream()
        .map(bytes -> ListingImage.ofBytes(bytes, "image/jpeg"))
        .toList();
  }

  private static String villageName(VillageId village) {
    return switch (village.value()) {
      case "bat-trang" -> "Bát Tràng";
      case "van-phuc" -> "Vạn Phúc";
      default -> village.value();
    };
  }

  // ------------------------------------------------------------------ products

  private static Product vase() {
    return ceramic("binh-hut-loc-01", VASE.value(), "Bình hút lộc men rạn đắp nổi OCOP 4 sao")
        .nameEn("Crackle-glaze fortune vase with relief, OCOP 4 stars")
        .descriptionVi("Bình gốm Bát Tràng men rạn cổ, đắp nổi hoa sen, vẽ và nung thủ công."
            + " Cao 25 cm, miệng 9 cm.")
        .dimensions(Dimensions.ofCm("18", "18", "25.5"))
        .weightGrams(1800)
        .price(Money.ofDong(1_250_000))
        .stock(12)
        .attribute("Màu men", "Rạn cổ")
        .ocopCertificate(VASE_CERTIFICATE)
        .build();
  }

  private static Product teaSet() {
    return ceramic("am-chen-men-lam-01", "BT-AC-LAM-6", "Bộ ấm chén men lam vẽ sen 6 chén")
        .descriptionVi("Bộ ấm trà gốm Bát Tràng men lam, vẽ tay hoa sen: một ấm 500 ml, sáu"
            + " chén, một khay.")
        .dimensions(Dimensions.ofCm("32", "24", "14"))
        .weightGrams(2100)
        .price(Money.ofDong(890_000))
        .stock(8)
        .attribute("Màu men", "Men lam")
        .build();
  }

  private static Product brokenPlate() {
    // No weight and no packed size (marketplaces cannot ship it), and "SX tại VN" abbreviates the
    // country, which labels may not do.
    return ceramic("dia-su-ve-lam-01", BROKEN_PLATE.value(), "Đĩa sứ vẽ lam phong cảnh làng quê")
        .descriptionVi("Đĩa treo tường vẽ lam cảnh làng quê Bắc Bộ, đường kính 30 cm.")
        .price(Money.ofDong(650_000))
        .stock(4)
        .attribute("Màu men", "Men lam")
        .label(ProductLabel.ofOrigin("SX tại VN"))
        .build();
  }

  private static Product scarf() {
    return silk("khan-lua-01", "VP-KL", "Khăn lụa tơ tằm Vạn Phúc in hoa văn trống đồng")
        .descriptionVi(
            "Khăn lụa tơ tằm dệt tại làng Vạn Phúc, in hoa văn trống đồng, viền" + " khâu tay.")
        .dimensions(Dimensions.ofCm("20", "15", "3"))
        .weightGrams(120)
        .addTier(VariantTier.of("Kích thước", "50×50 cm", "90×90 cm"))
        .addVariant(Variant.of(Sku.of("VP-KL-50"), Money.ofDong(350_000), 20, "50×50 cm"))
        .addVariant(Variant.of(Sku.of("VP-KL-90"), Money.ofDong(690_000), 6, "90×90 cm"))
        .build();
  }

  private static Product tie() {
    return silk("ca-vat-lua-01", "VP-CV-XANH", "Cà vạt lụa tơ tằm Vạn Phúc màu xanh ngọc")
        .descriptionVi("Cà vạt lụa tơ tằm Vạn Phúc, bản 7 cm, màu xanh ngọc, hộp quà giấy dó.")
        .dimensions(Dimensions.ofCm("25", "10", "4"))
        .weightGrams(90)
        .price(Money.ofDong(280_000))
        .stock(15)
        .build();
  }

  private static Product fan() {
    return silk("quat-lua-01", SILK_FAN.value(), "Quạt lụa Vạn Phúc vẽ tay")
        .descriptionVi("Quạt giấy khung tre, mặt lụa Vạn Phúc vẽ tay hoa sen, hộp gỗ.")
        .dimensions(Dimensions.ofCm("38", "6", "4"))
        .weightGrams(150)
        .price(Money.ofDong(220_000))
        .stock(30)
        .build();
  }

  private static Product.Builder ceramic(String id, String sku, String name) {
    return Product.builder()
        .id(ProductId.of(id))
        .sku(Sku.of(sku))
        .nameVi(name)
        .category(CraftCategory.CERAMICS)
        .addMaterial(Material.of("Đất sét trắng"))
        .addMaterial(Material.of("Men gốm"))
        .addImage(ProductImage.of("https://gomthanhha.example.vn/anh/" + id + ".jpg", name))
        .producer(GOM_THANH_HA)
        .village(VillageId.of("bat-trang"))
        .brand(GOM_BAT_TRANG)
        .label(ProductLabel.ofOrigin("Sản xuất tại Việt Nam")
            .withUsageInstructions("Không dùng trong lò vi sóng"));
  }

  private static Product.Builder silk(String id, String sku, String name) {
    return Product.builder()
        .id(ProductId.of(id))
        .sku(Sku.of(sku))
        .nameVi(name)
        .category(CraftCategory.SILK)
        .addMaterial(Material.of("Tơ tằm", 100))
        .addImage(ProductImage.of("https://luavanphuc.example.vn/anh/" + id + ".jpg", name))
        .producer(LUA_VAN_PHUC)
        .village(VillageId.of("van-phuc"))
        .label(ProductLabel.ofOrigin("Sản xuất tại Việt Nam")
            .withCareInstructions("Giặt tay bằng nước lạnh, không vắt mạnh, là ở nhiệt độ thấp"));
  }

  // ------------------------------------------------------------------ producers and rules

  private static Producer gomThanhHa() {
    return Producer.builder()
        .id(GOM_THANH_HA)
        .type(ProducerType.HOUSEHOLD_BUSINESS)
        .legalName("Hộ kinh doanh Gốm Thanh Hà")
        .taxCode(TaxCode.of("001085012345"))
        .address(Address.builder()
            .streetLine("Xóm 5, thôn Giang Cao")
            .commune(Commune.parse("Xã Bát Tràng"))
            .province(Provinces.standard().get("Hà Nội"))
            .build())
        .build();
  }

  private static Producer luaVanPhuc() {
    return Producer.builder()
        .id(LUA_VAN_PHUC)
        .type(ProducerType.COOPERATIVE)
        .legalName("Hợp tác xã Dệt lụa Vạn Phúc")
        .taxCode(TaxCode.of("0101234565"))
        .address(Address.builder()
            .streetLine("Số 12, phố Vạn Phúc")
            .commune(Commune.parse("Phường Hà Đông"))
            .province(Provinces.standard().get("Hà Nội"))
            .build())
        .build();
  }

  private static VillageBrand batTrangMark() {
    return VillageBrand.builder()
        .id(GOM_BAT_TRANG)
        .markType(MarkType.COLLECTIVE_MARK)
        .sign(BrandSign.ofWords("Gốm Bát Tràng").withAsciiWords("Gom Bat Trang"))
        .registration(BrandRegistration.pending("EXAMPLE-4-2011-00001", LocalDate.of(2011, 3, 15))
            .withGrant("EXAMPLE-4-0000001-000", LocalDate.of(2012, 9, 20)))
        .owner(BrandOwner.of(
            BrandOwnerKind.ASSOCIATION,
            "Hiệp hội Gốm sứ Bát Tràng",
            ProducerId.of("hh-gom-su-bat-trang")))
        .niceClasses(21)
        .protection(ProtectionPeriod.of(LocalDate.of(2012, 9, 20), LocalDate.of(2031, 3, 15)))
        .regulationOnUse(RegulationOnUse.of("EXAMPLE-01/2012/QC-HHGS", LocalDate.of(2012, 10, 1)))
        .crafts(CraftCategory.CERAMICS)
        .build();
  }

  private static BrandUseAuthorisation memberAuthorisation() {
    return BrandUseAuthorisation.builder()
        .brand(GOM_BAT_TRANG)
        .producer(GOM_THANH_HA)
        .basis(UseBasis.MEMBERSHIP)
        .referenceNumber("EXAMPLE-15/QĐ-HHGS")
        .issuedOn(LocalDate.of(2024, 5, 25))
        .validFrom(LocalDate.of(2024, 6, 1))
        .validUntil(LocalDate.of(2029, 5, 31))
        .crafts(CraftCategory.CERAMICS)
        .build();
  }

  private static OcopCertificate vaseCertificate() {
    // Valid 36 months from the decision: through November 2028.
    return OcopCertificate.builder()
        .certificateNumber(VASE_CERTIFICATE)
        .decision("EXAMPLE-4120/QĐ-UBND", LocalDate.of(2025, 11, 20))
        .issuer("UBND Thành phố Hà Nội", IssuerLevel.PROVINCE)
        .criteriaVersion(CriteriaVersion.DECISION_148_2023)
        .stars(StarRating.FOUR)
        .productGroup(ProductGroup.HANDICRAFTS)
        .productName("Bình hút lộc men rạn Bát Tràng")
        .productId(ProductId.of("binh-hut-loc-01"))
        .owner(OcopOwner.of(
            "Hộ kinh doanh Gốm Thanh Hà", OcopOwnerKind.HOUSEHOLD_BUSINESS, GOM_THANH_HA))
        .build();
  }

  // ------------------------------------------------------------------ photos

  /** A 160 × 160 JPEG: a vase-like silhouette on a light background, varied by the view. */
  private static byte[] jpeg(Color colour, int view) {
    BufferedImage image = new BufferedImage(160, 160, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(new Color(0xF4, 0xEF, 0xE6));
      g.fillRect(0, 0, 160, 160);
      g.setColor(colour);
      g.fillOval(40 + view * 10, 50, 80 - view * 20, 90);
      g.fillRect(65, 20, 30, 40);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "jpg", out)) {
        throw new IllegalStateException("this JDK has no JPEG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
