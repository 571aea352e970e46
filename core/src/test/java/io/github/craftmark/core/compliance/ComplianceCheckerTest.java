package io.github.craftmark.core.compliance;

import static io.github.craftmark.core.compliance.ComplianceFixtures.EXPELLED;
import static io.github.craftmark.core.compliance.ComplianceFixtures.MEMBER;
import static io.github.craftmark.core.compliance.ComplianceFixtures.SALE_DAY;
import static io.github.craftmark.core.compliance.ComplianceFixtures.checker;
import static io.github.craftmark.core.compliance.ComplianceFixtures.household;
import static io.github.craftmark.core.compliance.ComplianceFixtures.silkScarf;
import static io.github.craftmark.core.compliance.ComplianceFixtures.vase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.json.GoldenJson;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.ocop.CertificateRevocation;
import io.github.craftmark.core.ocop.OcopCertificate;
import io.github.craftmark.core.ocop.Supersession;
import io.github.craftmark.core.producer.Producer;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.core.product.Material;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.ProductLabel;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.core.product.VariantTier;
import io.github.craftmark.core.testing.RandomInputs;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComplianceCheckerTest {

  private static List<String> codes(ComplianceReport report) {
    return report.findings().stream().map(Finding::code).toList();
  }

  private static List<Finding> findings(ComplianceReport report, String code) {
    return report.findings().stream().filter(f -> f.code().equals(code)).toList();
  }

  private static ComplianceReport check(Product.Builder product) {
    return checker().check(product.build(), household(), SALE_DAY);
  }

  // ---- the whole report -------------------------------------------------------------------------

  @Test
  void check_compliantBatTrangVaseOfHousehold_givesOnlyTheTaxWithheld() {
    ComplianceReport report = check(vase());

    assertThat(codes(report)).containsExactly("TAX_WITHHELD");
    Finding tax = report.findings().get(0);
    assertThat(tax.severity()).isEqualTo(Severity.INFO);
    assertThat(tax.field()).contains("variants[0].price");
    assertThat(tax.messageVi()).contains("18.750\u00a0₫", "12.500\u00a0₫", "6.250\u00a0₫");
    assertThat(tax.legalBasis()).contains("Decree 117/2025/NĐ-CP");
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void check_compliantVaseOfCooperative_givesNoFindingAtAll() {
    ComplianceReport report =
        checker().check(vase().build(), ComplianceFixtures.cooperative(), SALE_DAY);

    assertThat(report.findings()).isEmpty();
  }

  /** A silk listing that breaks every rule that can be broken at once. */
  static Product everythingWrong() {
    return Product.builder()
        .id(ProductId.of("khan-lua-gia"))
        .sku(Sku.of("KL-GIA"))
        .nameVi("Khăn lụa cao cấp OCOP 5 sao")
        .nameEn("Silk scarf with carved ivory clasp")
        .descriptionVi("Khăn lụa kèm khóa bằng ngà voi, hộp đựng là cổ vật.")
        .category(CraftCategory.SILK)
        .addMaterial(Material.of("Tơ tằm", 60))
        .addMaterial(Material.of("Bông", 39))
        .price(Money.ofDong(2_400_000))
        .stock(3)
        .producer(MEMBER)
        .brand(ComplianceFixtures.BAT_TRANG)
        .ocopCertificate("EXAMPLE-09/2025/GCN-OCOP-GL")
        .label(new ProductLabel(
            Optional.of("SX tại VN"),
            Optional.of("Công ty TNHH Phân phối Lụa Hà Đông"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()))
        .build();
  }

  static ComplianceChecker everythingWrongChecker() {
    OcopCertificate revokedDistrict =
        ComplianceFixtures.districtCertificateAfterReform().toBuilder()
            .productId(ProductId.of("binh-gom-men-lam"))
            .owner(io.github.craftmark.core.ocop.OcopOwner.of(
                "Hộ kinh doanh Gốm Thanh Hà",
                io.github.craftmark.core.ocop.OcopOwnerKind.HOUSEHOLD_BUSINESS,
                MEMBER))
            .revocation(CertificateRevocation.of(
                LocalDate.of(2025, 9, 1), "EXAMPLE-1001/QĐ-UBND", "Cấp sai thẩm quyền"))
            .build();
    return ComplianceChecker.of(ComplianceFixtures.rules().toBuilder()
        .ocopCertificates(List.of(revokedDistrict))
        .build());
  }

  @Test
  void check_whenEverythingIsWrong_reportsEveryFindingInTheDocumentedOrder() {
    ComplianceReport report = everythingWrongChecker()
        .check(everythingWrong(), ComplianceFixtures.expelledHousehold(), SALE_DAY);

    assertThat(codes(report))
        .containsExactly(
            "PRODUCER_MISMATCH",
            "LABEL_RESPONSIBLE_PARTY_ADDRESS_MISSING",
            "LABEL_ORIGIN_ABBREVIATED",
            "LABEL_COMPOSITION_INVALID",
            "LABEL_CARE_INSTRUCTIONS_MISSING",
            "RESTRICTED_GOODS_BANNED",
            "RESTRICTED_GOODS_CONDITIONAL",
            "BRAND_USE_NOT_AUTHORISED",
            "OCOP_CERTIFICATE_NOT_ACTIVE",
            "OCOP_CERTIFICATE_OTHER_OWNER",
            "OCOP_CERTIFICATE_OTHER_PRODUCT",
            "OCOP_CERTIFICATE_IRREGULAR",
            "OCOP_STARS_MISMATCH",
            "TAX_WITHHELD",
            "LISTING_NO_IMAGE",
            "LISTING_SHIPPING_SIZE_MISSING",
            "LISTING_SHIPPING_SIZE_MISSING");
    assertThat(report.findings().stream().map(f -> f.field().orElse("")).toList())
        .containsExactly(
            "producer",
            "label.responsiblePartyAddress",
            "label.origin",
            "materials",
            "label.careInstructions",
            "nameEn, descriptionVi",
            "descriptionVi",
            "brand",
            "ocopCertificate",
            "ocopCertificate",
            "ocopCertificate",
            "ocopCertificate",
            "nameVi",
            "variants[0].price",
            "images",
            "dimensions",
            "weightGrams");
  }

  @Test
  void check_whenOriginMissingAndNoCertificate_reportsTheOtherExclusiveCodes() {
    Product product = vase()
        .nameVi("Bình gốm sản phẩm OCOP")
        .ocopCertificate(null)
        .brand(io.github.craftmark.core.id.BrandId.of("gom-chu-dau"))
        .category(CraftCategory.EMBROIDERY)
        .materials(List.of())
        .label(ProductLabel.EMPTY.withCareInstructions("Giặt tay"))
        .build();

    ComplianceReport report = checker().check(product, household(), SALE_DAY);

    assertThat(codes(report))
        .containsExactly(
            "LABEL_ORIGIN_MISSING",
            "LABEL_COMPOSITION_MISSING",
            "BRAND_USE_NOT_AUTHORISED",
            "OCOP_CLAIM_WITHOUT_CERTIFICATE",
            "TAX_WITHHELD",
            "GTIN_PREFIX_NOT_ORIGIN");
    assertThat(findings(report, "BRAND_USE_NOT_AUTHORISED").get(0).messageEn())
        .contains("UNKNOWN_BRAND");
  }

  @Test
  void check_everyVietnameseMessage_isNfcWithDiacritics() {
    ComplianceReport report = everythingWrongChecker()
        .check(everythingWrong(), ComplianceFixtures.expelledHousehold(), SALE_DAY);

    assertThat(report.findings()).allSatisfy(f -> {
      assertThat(Normalizer.isNormalized(f.messageVi(), Normalizer.Form.NFC)).isTrue();
      assertThat(f.messageVi())
          .matches("(?s).*[ạảãàáâậầấẩẫăắằặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữìíịỉĩ].*");
      assertThat(f.messageEn()).isNotEqualTo(f.messageVi());
    });
  }

  @Test
  void check_report_matchesGolden() {
    ComplianceReport report = everythingWrongChecker()
        .check(everythingWrong(), ComplianceFixtures.expelledHousehold(), SALE_DAY);

    GoldenJson.assertMatchesGolden(
        report, ComplianceReport.class, "compliance/check-report-everything-wrong.json");
  }

  @Test
  void check_isRepeatable_sameInputsGiveEqualReports() {
    Product product = everythingWrong();
    Producer producer = ComplianceFixtures.expelledHousehold();
    assertThat(everythingWrongChecker().check(product, producer, SALE_DAY))
        .isEqualTo(everythingWrongChecker().check(product, producer, SALE_DAY));
  }

  // ---- arguments
  // ----------------------------------------------------------------------------------

  @Test
  void check_whenArgumentNull_isRejectedNamingIt() {
    Product product = vase().build();
    Producer producer = household();
    assertThatThrownBy(() -> checker().check(null, producer, SALE_DAY))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("product must not be null: null");
    assertThatThrownBy(() -> checker().check(product, null, SALE_DAY))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("producer must not be null: null");
    assertThatThrownBy(() -> checker().check(product, producer, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("date must not be null: null");
    assertThatThrownBy(() -> ComplianceChecker.of(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("rules must not be null: null");
  }

  @Test
  void withDefaultRules_usesTheDefaults() {
    assertThat(ComplianceChecker.withDefaultRules().rules()).isSameAs(ComplianceRules.defaults());
    ComplianceChecker checker = ComplianceFixtures.checker();
    assertThat(ComplianceChecker.of(checker.rules()).rules()).isSameAs(checker.rules());
  }

  // ---- labels
  // -------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sản xuất tại Việt Nam",
        "Xuất xứ: Việt Nam",
        "Xuất xứ Việt Nam",
        "XUẤT XỨ: VIỆT NAM",
        "  Sản   xuất tại   Việt Nam ",
        "San xuat tai Viet Nam",
        "Made in Vietnam",
        "Made in Viet Nam",
        "Product of Vietnam",
        "Sản phẩm của Việt Nam",
        "Nước sản xuất: Việt Nam",
        "Đóng gói tại Việt Nam"
      })
  void check_originAccepted_givesNoOriginFinding(String origin) {
    ComplianceReport report = check(vase().label(ProductLabel.ofOrigin(origin)));
    assertThat(report.findings()).noneMatch(f -> f.field().equals(Optional.of("label.origin")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SX tại VN | LABEL_ORIGIN_ABBREVIATED",
        "Made in VN | LABEL_ORIGIN_ABBREVIATED",
        "VN | LABEL_ORIGIN_ABBREVIATED",
        "Xuất xứ: VN | LABEL_ORIGIN_ABBREVIATED",
        "Xuất xứ: V.N. | LABEL_ORIGIN_ABBREVIATED",
        "Sản xuất tại VNM | LABEL_ORIGIN_ABBREVIATED",
        "Việt Nam | LABEL_ORIGIN_NOT_STANDARD",
        "Hàng Việt Nam chất lượng cao | LABEL_ORIGIN_NOT_STANDARD",
        "Xuất xứ: | LABEL_ORIGIN_NOT_STANDARD",
        "Sản xuất tại Bát Tràng | LABEL_ORIGIN_COUNTRY_UNRECOGNISED",
        "Xuất xứ: Nhật Bản | LABEL_ORIGIN_COUNTRY_UNRECOGNISED"
      })
  void check_originRejected_givesOneOriginFinding(String origin, String code) {
    ComplianceReport report = check(vase().label(ProductLabel.ofOrigin(origin)));
    List<Finding> about = report.findings().stream()
        .filter(f -> f.field().equals(Optional.of("label.origin")))
        .toList();
    assertThat(about).extracting(Finding::code).containsExactly(code);
    Finding finding = about.get(0);
    assertThat(finding.severity())
        .isEqualTo(
            code.equals("LABEL_ORIGIN_COUNTRY_UNRECOGNISED") ? Severity.WARNING : Severity.ERROR);
    assertThat(finding.messageEn()).contains("\"" + origin.strip() + "\"");
    assertThat(finding.legalBasis())
        .contains("Decree 43/2017/NĐ-CP art. 10 and 15, as amended by Decree 111/2021/NĐ-CP");
  }

  @Test
  void check_originAbbreviated_namesTheAbbreviation() {
    Finding finding = findings(
            check(vase().label(ProductLabel.ofOrigin("Made in VN"))), "LABEL_ORIGIN_ABBREVIATED")
        .get(0);
    assertThat(finding.messageEn())
        .isEqualTo("The origin \"Made in VN\" is abbreviated (\"VN\"); write it in full, e.g."
            + " \"Sản xuất tại Việt Nam\".");
    assertThat(finding.messageVi())
        .isEqualTo("Xuất xứ \"Made in VN\" bị viết tắt (\"VN\"); phải ghi đầy đủ, ví dụ \"Sản"
            + " xuất tại Việt Nam\".");
  }

  @Test
  void check_whenUserAddsACountry_itsOriginIsAccepted() {
    ComplianceRules rules = ComplianceFixtures.rules().toBuilder()
        .labelRules(LabelRules.defaults().withCountryNames(List.of("Việt Nam", "Nhật Bản")))
        .build();
    ComplianceReport report = ComplianceChecker.of(rules)
        .check(
            vase().label(ProductLabel.ofOrigin("Xuất xứ: Nhật Bản")).build(),
            household(),
            SALE_DAY);
    assertThat(codes(report)).containsExactly("TAX_WITHHELD");
  }

  @Test
  void check_responsiblePartyWithAddress_isAccepted_withoutAddress_isAnError() {
    ProductLabel withAddress = ProductLabel.ofOrigin("Sản xuất tại Việt Nam")
        .withResponsibleParty("Công ty TNHH Gốm Việt", ComplianceFixtures.batTrang());
    assertThat(codes(check(vase().label(withAddress)))).containsExactly("TAX_WITHHELD");

    ProductLabel withoutAddress = new ProductLabel(
        Optional.of("Sản xuất tại Việt Nam"),
        Optional.of("Công ty TNHH Gốm Việt"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
    Finding finding = findings(
            check(vase().label(withoutAddress)), "LABEL_RESPONSIBLE_PARTY_ADDRESS_MISSING")
        .get(0);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.messageVi())
        .isEqualTo("Nhãn ghi tổ chức, cá nhân chịu trách nhiệm \"Công ty TNHH Gốm Việt\" nhưng"
            + " thiếu địa chỉ.");
  }

  @Test
  void check_silkScarfWithCompositionAndCare_givesOnlyTax() {
    assertThat(codes(check(silkScarf()))).containsExactly("TAX_WITHHELD", "TAX_WITHHELD");
  }

  @ParameterizedTest
  @CsvSource({"60, 40, ''", "60, 39, LABEL_COMPOSITION_INVALID", "60, 41, LABEL_COMPOSITION_INVALID"
  })
  void check_textileComposition_mustSumTo100(int silk, int cotton, String expected) {
    ComplianceReport report = check(
        silkScarf().materials(List.of(Material.of("Tơ tằm", silk), Material.of("Bông", cotton))));
    List<Finding> about = report.findings().stream()
        .filter(f -> f.field().equals(Optional.of("materials")))
        .toList();
    if (expected.isEmpty()) {
      assertThat(about).isEmpty();
    } else {
      assertThat(about).extracting(Finding::code).containsExactly(expected);
      assertThat(about.get(0).severity()).isEqualTo(Severity.ERROR);
      assertThat(about.get(0).messageEn())
          .isEqualTo("The material shares sum to " + (silk + cotton) + "%, not 100%: Tơ tằm " + silk
              + "%, Bông " + cotton + "%.");
    }
  }

  @Test
  void check_textileMaterialWithoutShare_isCompositionMissingNamingIt() {
    Finding finding = findings(
            check(silkScarf().materials(List.of(Material.of("Tơ tằm", 70), Material.of("Bông")))),
            "LABEL_COMPOSITION_MISSING")
        .get(0);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.messageEn())
        .isEqualTo("Textiles (Silk and weaving) should state the material composition in percent,"
            + " summing to 100: no share for Bông.");
    assertThat(finding.messageVi())
        .isEqualTo("Hàng dệt (Lụa, dệt) cần ghi thành phần nguyên liệu theo phần trăm, tổng 100%:"
            + " thiếu tỷ lệ của Bông.");
  }

  @Test
  void check_textileWithoutCare_isAWarningByDefault_andAnErrorWhenTheUserSaysSo() {
    Product noCare =
        silkScarf().label(ProductLabel.ofOrigin("Sản xuất tại Việt Nam")).build();
    Finding byDefault = findings(
            checker().check(noCare, household(), SALE_DAY), "LABEL_CARE_INSTRUCTIONS_MISSING")
        .get(0);
    assertThat(byDefault.severity()).isEqualTo(Severity.WARNING);
    assertThat(byDefault.field()).contains("label.careInstructions");

    ComplianceRules strict = ComplianceFixtures.rules().toBuilder()
        .labelRules(LabelRules.defaults().withTextileSeverity(Severity.ERROR))
        .build();
    Finding strictFinding = findings(
            ComplianceChecker.of(strict).check(noCare, household(), SALE_DAY),
            "LABEL_CARE_INSTRUCTIONS_MISSING")
        .get(0);
    assertThat(strictFinding.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void check_whenCraftNotATextile_asksNoCompositionOrCare() {
    Product lacquer = silkScarf()
        .category(CraftCategory.LACQUER)
        .materials(List.of(Material.of("Sơn ta")))
        .label(ProductLabel.ofOrigin("Sản xuất tại Việt Nam"))
        .build();
    assertThat(codes(checker().check(lacquer, household(), SALE_DAY))).containsOnly("TAX_WITHHELD");

    ComplianceRules noTextiles = ComplianceFixtures.rules().toBuilder()
        .labelRules(LabelRules.defaults().withTextileCategories(List.of()))
        .build();
    Product silkWithoutCare =
        silkScarf().materials(List.of()).label(ProductLabel.EMPTY).build();
    assertThat(
            codes(ComplianceChecker.of(noTextiles).check(silkWithoutCare, household(), SALE_DAY)))
        .containsExactly("LABEL_ORIGIN_MISSING", "TAX_WITHHELD", "TAX_WITHHELD");
  }

  // ---- restricted goods
  // ---------------------------------------------------------------------------

  @Test
  void check_restrictedGoods_oneFindingPerEntryNamingEveryField() {
    ComplianceReport report = check(vase()
        .nameVi("Vòng tay ngà voi")
        .nameEn("Carved ivory bangle")
        .attribute("Chất liệu", "Ngà voi thật"));
    List<Finding> banned = findings(report, "RESTRICTED_GOODS_BANNED");
    assertThat(banned).hasSize(1);
    assertThat(banned.get(0).field()).contains("nameVi, nameEn, attributes[Chất liệu]");
    assertThat(banned.get(0).messageVi()).contains("Ngà voi và sản phẩm từ ngà voi", "ngà voi");
    assertThat(banned.get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void check_restrictedGoodsInTierOptionsAndMaterials_areFound() {
    ComplianceReport report = check(silkScarf()
        .materials(List.of(Material.of("Tơ tằm", 100)))
        .tiers(List.of(VariantTier.of("Hộp", "Hộp gỗ", "Hộp đồi mồi giả", "Dao găm mini")))
        .variants(List.of(
            Variant.of(Sku.of("VP-KL-A"), Money.ofDong(350_000), 1, "Hộp gỗ"),
            Variant.of(Sku.of("VP-KL-B"), Money.ofDong(350_000), 1, "Dao găm mini"))));
    assertThat(findings(report, "RESTRICTED_GOODS_CONDITIONAL"))
        .singleElement()
        .satisfies(f -> assertThat(f.field()).contains("tiers[0].options[2]"));
  }

  @Test
  void check_withTheUsersOwnRestrictedList_usesIt() {
    RestrictedGoodsList own = RestrictedGoodsList.of(List.of(RestrictedGoodsEntry.builder()
        .code("red-coral")
        .level(RestrictionLevel.BANNED)
        .nameVi("San hô đỏ")
        .nameEn("Red coral")
        .addKeywords("san hô đỏ", "red coral")
        .legalBasis("Quy chế hội làng nghề 1/2025")
        .build()));
    Product.Builder coral = vase().descriptionVi("Bình gốm gắn san hô đỏ và ngà voi.");
    assertThat(codes(check(coral))).contains("RESTRICTED_GOODS_BANNED");

    ComplianceReport report = ComplianceChecker.of(
            ComplianceFixtures.rules().toBuilder().restrictedGoods(own).build())
        .check(coral.build(), household(), SALE_DAY);
    assertThat(findings(report, "RESTRICTED_GOODS_BANNED")).singleElement().satisfies(f -> {
      assertThat(f.messageEn()).contains("Red coral");
      assertThat(f.legalBasis()).contains("Quy chế hội làng nghề 1/2025");
    });
  }

  // ---- brand
  // --------------------------------------------------------------------------------------

  @Test
  void check_brandUseRevoked_isNotAuthorisedWithTheReason() {
    Product product =
        vase().producer(EXPELLED).ocopCertificate(null).nameVi("Bình hút lộc").build();
    ComplianceReport report =
        checker().check(product, ComplianceFixtures.expelledHousehold(), SALE_DAY);

    Finding finding = findings(report, "BRAND_USE_NOT_AUTHORISED").get(0);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.field()).contains("brand");
    assertThat(finding.messageEn())
        .startsWith("The listing uses the brand gom-bat-trang, but producer hh-bat-trang-007 may"
            + " not use it on 2025-09-15 (AUTHORISATION_REVOKED): ");
    assertThat(finding.messageVi())
        .startsWith("Tin đăng dùng thương hiệu gom-bat-trang nhưng cơ sở hh-bat-trang-007 không"
            + " được phép sử dụng vào ngày 15/09/2025 (AUTHORISATION_REVOKED): ");
    String decisionVi = ComplianceFixtures.brands()
        .mayUse(EXPELLED, ComplianceFixtures.BAT_TRANG, SALE_DAY, CraftCategory.CERAMICS)
        .messageVi();
    assertThat(finding.messageVi()).endsWith(decisionVi);
    assertThat(codes(report)).containsExactly("BRAND_USE_NOT_AUTHORISED", "TAX_WITHHELD");
  }

  @Test
  void check_brandUsedByItsOwner_isAllowedWithoutFinding() {
    Producer association = household().toBuilder()
        .id(ComplianceFixtures.ASSOCIATION)
        .legalName("Hiệp hội Gốm sứ Bát Tràng")
        .build();
    Product product = vase()
        .producer(ComplianceFixtures.ASSOCIATION)
        .ocopCertificate(null)
        .nameVi("Bình hút lộc")
        .build();
    assertThat(codes(checker().check(product, association, SALE_DAY)))
        .containsExactly("TAX_WITHHELD");
  }

  @Test
  void check_brandForAnotherCraft_isNotAuthorised() {
    Product product = silkScarf().brand(ComplianceFixtures.BAT_TRANG).build();
    assertThat(
            findings(checker().check(product, household(), SALE_DAY), "BRAND_USE_NOT_AUTHORISED"))
        .singleElement()
        .satisfies(f -> assertThat(f.messageEn()).contains("(CATEGORY_NOT_COVERED)"));
  }

  @Test
  void check_whenProducerDiffers_reportsMismatchFirst() {
    Product product = vase().producer(ProducerId.of("hh-khac-009")).build();
    ComplianceReport report = checker().check(product, household(), SALE_DAY);
    assertThat(report.findings().get(0).code()).isEqualTo("PRODUCER_MISMATCH");
    assertThat(report.findings().get(0).messageEn())
        .isEqualTo("The product names producer hh-khac-009, but the check was asked for producer"
            + " hh-bat-trang-001.");
  }

  // ---- OCOP
  // ---------------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"2024-03-14, NOT_YET_VALID", "2024-03-15, ", "2027-03-15, ", "2027-03-16, EXPIRED"})
  void check_ocopCertificateAroundItsValidity(LocalDate date, String status) {
    ComplianceReport report = checker().check(vase().build(), household(), date);
    List<Finding> notActive = findings(report, "OCOP_CERTIFICATE_NOT_ACTIVE");
    if (status == null) {
      assertThat(notActive).isEmpty();
    } else {
      assertThat(notActive).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.messageEn()).contains("(" + status + ";");
        assertThat(f.messageVi()).contains("hiệu lực từ 15/03/2024 đến 15/03/2027");
      });
    }
  }

  @Test
  void check_ocopCertificateRevokedOrSuperseded_isNotActiveWithTheStatus() {
    OcopCertificate revoked = ComplianceFixtures.vaseCertificate()
        .withRevocation(CertificateRevocation.of(
            LocalDate.of(2025, 9, 15), "EXAMPLE-77/QĐ-UBND", "Không duy trì tiêu chí bắt buộc"));
    ComplianceReport report = ComplianceChecker.of(ComplianceFixtures.rules().toBuilder()
            .ocopCertificates(List.of(revoked))
            .build())
        .check(vase().build(), household(), SALE_DAY);
    assertThat(findings(report, "OCOP_CERTIFICATE_NOT_ACTIVE")).singleElement().satisfies(f -> {
      assertThat(f.messageEn()).contains("is revoked on 2025-09-15 (REVOKED;");
      assertThat(f.messageVi()).contains("đã bị thu hồi vào ngày 15/09/2025");
    });
    assertThat(findings(
            ComplianceChecker.of(ComplianceFixtures.rules().toBuilder()
                    .ocopCertificates(List.of(revoked))
                    .build())
                .check(vase().build(), household(), SALE_DAY.minusDays(1)),
            "OCOP_CERTIFICATE_NOT_ACTIVE"))
        .isEmpty();

    OcopCertificate superseded = ComplianceFixtures.vaseCertificate()
        .withSupersededBy(Supersession.of("EXAMPLE-200/2025/GCN-OCOP", LocalDate.of(2025, 6, 1)));
    ComplianceReport later = ComplianceChecker.of(ComplianceFixtures.rules().toBuilder()
            .ocopCertificates(List.of(superseded))
            .build())
        .check(vase().build(), household(), SALE_DAY);
    assertThat(findings(later, "OCOP_CERTIFICATE_NOT_ACTIVE"))
        .singleElement()
        .satisfies(f -> assertThat(f.messageEn()).contains("(SUPERSEDED;"));
  }

  @Test
  void check_ocopCertificateUnknown_isAnErrorAndNothingElseIsChecked() {
    ComplianceReport report = check(vase().ocopCertificate("EXAMPLE-999/GCN-OCOP"));
    assertThat(codes(report)).containsExactly("OCOP_CERTIFICATE_UNKNOWN", "TAX_WITHHELD");
    assertThat(report.findings().get(0).messageVi())
        .isEqualTo("Tin đăng nêu giấy chứng nhận OCOP \"EXAMPLE-999/GCN-OCOP\" nhưng giấy này"
            + " không có trong danh sách đã biết.");
  }

  @Test
  void check_ocopCertificateOfAnotherOwnerAndProduct_isReportedTwice() {
    Product other = vase().id(ProductId.of("binh-khac")).producer(EXPELLED).build();
    ComplianceReport report =
        checker().check(other, ComplianceFixtures.expelledHousehold(), SALE_DAY);
    assertThat(findings(report, "OCOP_CERTIFICATE_OTHER_OWNER"))
        .singleElement()
        .satisfies(f -> assertThat(f.messageEn())
            .isEqualTo("OCOP certificate EXAMPLE-153/2024/GCN-OCOP belongs to Hộ kinh doanh Gốm"
                + " Thanh Hà (producer hh-bat-trang-001), not to producer hh-bat-trang-007."));
    assertThat(findings(report, "OCOP_CERTIFICATE_OTHER_PRODUCT"))
        .singleElement()
        .satisfies(f -> assertThat(f.messageVi())
            .isEqualTo("Giấy chứng nhận OCOP EXAMPLE-153/2024/GCN-OCOP được cấp cho sản phẩm"
                + " binh-hut-loc-01 (\"Bình hút lộc men rạn Bát Tràng\"), không phải sản phẩm"
                + " binh-khac."));
  }

  @Test
  void check_districtThreeStarAfterJuly2025_isIrregular_butNotBefore() {
    Product claimed = vase()
        .nameVi("Bình gốm men lam OCOP 3 sao")
        .ocopCertificate("EXAMPLE-09/2025/GCN-OCOP-GL")
        .build();
    ComplianceReport report = checker().check(claimed, household(), SALE_DAY);
    assertThat(codes(report)).containsExactly("OCOP_CERTIFICATE_IRREGULAR", "TAX_WITHHELD");
    Finding irregular = report.findings().get(0);
    assertThat(irregular.severity()).isEqualTo(Severity.WARNING);
    assertThat(irregular.messageEn()).contains("(ISSUER_NOT_AUTHORISED)");
    assertThat(irregular.messageVi()).contains("không có thẩm quyền");

    OcopCertificate before = ComplianceFixtures.districtCertificateAfterReform().toBuilder()
        .decision("EXAMPLE-640/QĐ-UBND", LocalDate.of(2025, 6, 30))
        .issuedOn(null)
        .validUntil(null)
        .build();
    ComplianceReport legacy = ComplianceChecker.of(ComplianceFixtures.rules().toBuilder()
            .ocopCertificates(List.of(before))
            .build())
        .check(claimed, household(), SALE_DAY);
    assertThat(codes(legacy)).containsExactly("TAX_WITHHELD");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bình gốm sản phẩm OCOP",
        "Bình gốm OCOP",
        "Bình gốm 4 sao",
        "Bình gốm 4★",
        "Bình gốm chuẩn Mỗi xã một sản phẩm",
        "Binh gom ocop"
      })
  void check_ocopClaimWithoutCertificate_isAnError(String name) {
    ComplianceReport report = check(vase().nameVi(name).ocopCertificate(null));
    assertThat(findings(report, "OCOP_CLAIM_WITHOUT_CERTIFICATE"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.field()).contains("nameVi");
        });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Bình gốm men lam", "Bình gốm 2 sao", "Bình gốm kiểu ocopy", "Bình gốm 14 sao"})
  void check_noOcopClaim_givesNoFinding(String name) {
    ComplianceReport report = check(
        vase().nameVi(name).descriptionVi("Shop được khách đánh giá 5 sao.").ocopCertificate(null));
    assertThat(codes(report)).containsExactly("TAX_WITHHELD");
  }

  @ParameterizedTest
  @CsvSource({
    "'Bình hút lộc OCOP 4 sao', ''",
    "'Bình hút lộc 4★', ''",
    "'Bình hút lộc OCOP 5 sao', 5",
    "'Bình hút lộc 3-star', 3",
    "'Bình hút lộc OCOP 5⭐', 5"
  })
  void check_starsClaimed_mustMatchTheCertificate(String name, String mismatch) {
    ComplianceReport report = check(vase().nameVi(name));
    List<Finding> found = findings(report, "OCOP_STARS_MISMATCH");
    if (mismatch.isEmpty()) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).singleElement().satisfies(f -> {
        assertThat(f.messageEn())
            .isEqualTo("The listing claims " + mismatch + "★ (in nameVi), but OCOP certificate"
                + " EXAMPLE-153/2024/GCN-OCOP rates the product 4★.");
        assertThat(f.field()).contains("nameVi");
      });
    }
  }

  @Test
  void check_starsInADescriptionMentioningOcop_areClaims() {
    ComplianceReport report =
        check(vase().descriptionEn("A 5-star OCOP product of Bát Tràng.").nameEn("Fortune vase"));
    assertThat(findings(report, "OCOP_STARS_MISMATCH"))
        .singleElement()
        .satisfies(f -> assertThat(f.field()).contains("descriptionEn"));
  }

  // ---- tax
  // ----------------------------------------------------------------------------------------

  @Test
  void check_taxPerDistinctPrice_lowestFirst() {
    Product scarf = silkScarf()
        .variants(List.of(
            Variant.of(Sku.of("VP-KL-90"), Money.ofDong(690_000), 5, "90×90 cm"),
            Variant.of(Sku.of("VP-KL-50"), Money.ofDong(350_000), 20, "50×50 cm")))
        .build();
    ComplianceReport report = checker().check(scarf, household(), SALE_DAY);
    assertThat(findings(report, "TAX_WITHHELD"))
        .extracting(f -> f.field().orElseThrow())
        .containsExactly("variants[1].price", "variants[0].price");
    assertThat(findings(report, "TAX_WITHHELD").get(0).messageEn())
        .isEqualTo("The platform withholds 5.250\u00a0₫ (VAT 3.500\u00a0₫, PIT 1.750\u00a0₫) from"
            + " 350.000\u00a0₫.");
  }

  @Test
  void check_samePriceTwice_givesOneTaxFinding() {
    Product scarf = silkScarf()
        .variants(List.of(
            Variant.of(Sku.of("VP-KL-50"), Money.ofDong(350_000), 20, "50×50 cm"),
            Variant.of(Sku.of("VP-KL-90"), Money.ofDong(350_000), 5, "90×90 cm")))
        .build();
    assertThat(findings(checker().check(scarf, household(), SALE_DAY), "TAX_WITHHELD"))
        .hasSize(1);
  }

  @Test
  void check_beforeDecree117_saysNoWithholdingRule() {
    ComplianceReport report =
        checker().check(vase().build(), household(), LocalDate.of(2025, 6, 30));
    assertThat(codes(report)).containsExactly("TAX_NO_WITHHOLDING_RULE");
    assertThat(report.findings().get(0).messageVi()).contains("30/06/2025");
    assertThat(codes(checker().check(vase().build(), household(), LocalDate.of(2025, 7, 1))))
        .containsExactly("TAX_WITHHELD");
  }

  @Test
  void check_withTheUsersOwnTaxTableAndResidency_usesThem() {
    WithholdingTaxTable own = WithholdingTaxTable.of(WithholdingRateSet.of(
        LocalDate.of(2025, 1, 1),
        "Bảng thuế thử nghiệm",
        List.of(
            CategoryRates.of(SupplyCategory.GOODS, 200, 100, 300),
            CategoryRates.of(SupplyCategory.SERVICES, 500, 200, 500),
            CategoryRates.of(SupplyCategory.TRANSPORT_AND_GOODS_RELATED_SERVICES, 300, 150, 200))));
    ComplianceRules rules = ComplianceFixtures.rules().toBuilder()
        .withholdingTaxTable(own)
        .residency(Residency.NON_RESIDENT)
        .build();
    Finding tax = ComplianceChecker.of(rules)
        .check(vase().build(), household(), LocalDate.of(2025, 3, 1))
        .findings()
        .get(0);
    assertThat(tax.code()).isEqualTo("TAX_WITHHELD");
    assertThat(tax.messageEn())
        .isEqualTo("The platform withholds 62.500\u00a0₫ (VAT 25.000\u00a0₫, PIT 37.500\u00a0₫)"
            + " from 1.250.000\u00a0₫.");
    assertThat(tax.legalBasis()).contains("Bảng thuế thử nghiệm");
  }

  @Test
  void check_enterpriseOrCooperative_hasNoTaxFinding() {
    assertThat(codes(checker().check(vase().build(), ComplianceFixtures.cooperative(), SALE_DAY)))
        .doesNotContain("TAX_WITHHELD", "TAX_NO_WITHHOLDING_RULE");
  }

  // ---- GTIN and listing
  // ---------------------------------------------------------------------------

  @Test
  void check_gtin893_isExplainedOnlyWhenTheOriginIsMissing() {
    Product noOrigin = vase().label(ProductLabel.EMPTY).build();
    Finding gtin = findings(
            checker().check(noOrigin, household(), SALE_DAY), "GTIN_PREFIX_NOT_ORIGIN")
        .get(0);
    assertThat(gtin.severity()).isEqualTo(Severity.INFO);
    assertThat(gtin.field()).contains("gtin");
    assertThat(gtin.messageEn())
        .startsWith("GTIN " + Gtin.withCheckDigit("893604512001") + " has the GS1 Vietnam prefix");

    assertThat(codes(check(vase()))).doesNotContain("GTIN_PREFIX_NOT_ORIGIN");
    Product foreignPrefix = vase()
        .gtin(Gtin.withCheckDigit("400638133393"))
        .label(ProductLabel.EMPTY)
        .build();
    assertThat(codes(checker().check(foreignPrefix, household(), SALE_DAY)))
        .doesNotContain("GTIN_PREFIX_NOT_ORIGIN");
  }

  @Test
  void check_gtin893OnAVariant_namesTheVariant() {
    Product scarf = silkScarf()
        .label(ProductLabel.EMPTY.withCareInstructions("Giặt tay"))
        .variants(List.of(
            Variant.of(Sku.of("VP-KL-50"), Money.ofDong(350_000), 20, "50×50 cm"),
            new Variant(
                List.of("90×90 cm"),
                Sku.of("VP-KL-90"),
                Money.ofDong(690_000),
                5,
                Optional.of(Gtin.withCheckDigit("893604512002")))))
        .build();
    assertThat(findings(checker().check(scarf, household(), SALE_DAY), "GTIN_PREFIX_NOT_ORIGIN"))
        .singleElement()
        .satisfies(f -> assertThat(f.field()).contains("variants[1].gtin"));
  }

  @Test
  void check_listingWithoutImageOrSize_getsWarnings() {
    Product bare = vase().images(List.of()).dimensions(null).build();
    ComplianceReport report = checker().check(bare, household(), SALE_DAY);
    assertThat(codes(report))
        .containsExactly("TAX_WITHHELD", "LISTING_NO_IMAGE", "LISTING_SHIPPING_SIZE_MISSING");
    assertThat(report.findings(Severity.WARNING))
        .extracting(f -> f.field().orElseThrow())
        .containsExactly("images", "dimensions");
  }

  // ---- robustness
  // ---------------------------------------------------------------------------------

  static Stream<String> randomTexts() {
    return RandomInputs.stringStream(20250915L, 200, 60).filter(s -> !s.isBlank());
  }

  @ParameterizedTest
  @MethodSource("randomTexts")
  void check_onRandomTexts_neverThrows(String text) {
    Product product = vase()
        .nameVi(text)
        .descriptionEn(text)
        .ocopCertificate(text.strip().length() > 64 ? null : text)
        .label(ProductLabel.ofOrigin(text))
        .attribute("Ghi chú", text)
        .attribute(text, "Ngà voi: " + text)
        .build();
    ComplianceReport report = checker().check(product, household(), SALE_DAY);
    assertThat(report.findings()).isNotEmpty();
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.messageVi()).isNotBlank());
  }

  @Test
  void check_withVeryLongTexts_keepsMessagesWithinTheLimit() {
    String longOrigin = "Xuất xứ: " + "Bát Tràng ".repeat(19);
    String longName = "Bình gốm OCOP 5 sao " + "rất đẹp ".repeat(29);
    Product product =
        vase().nameVi(longName).label(ProductLabel.ofOrigin(longOrigin)).build();
    ComplianceReport report = checker().check(product, household(), SALE_DAY);
    assertThat(report.findings())
        .allSatisfy(f -> assertThat(f.messageEn().length()).isLessThanOrEqualTo(1000));
  }
}
