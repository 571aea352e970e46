package io.github.craftmark.platform.internal.shopee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.core.product.VariantTier;
import io.github.craftmark.platform.AdapterCapabilities;
import io.github.craftmark.platform.CategoryMapping;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.MappingProblem;
import io.github.craftmark.platform.MappingReport;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.ProvenanceLine;
import io.github.craftmark.platform.shopee.ShopeeAdapter;
import io.github.craftmark.platform.shopee.ShopeeProducts;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShopeeMappingTest {
  static final AdapterCapabilities LIMITS = ShopeeAdapter.defaultCapabilities();
  static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  static CategoryMapping mapping() {
    return CategoryMapping.allTo(
        Marketplace.SHOPEE,
        CategoryMapping.Target.of("100636").withAttributeFromProduct("100037", "Màu men"));
  }

  static ListingRequest.Builder request(Product product) {
    return ListingRequest.builder(product, mapping())
        .addImage(ListingImage.ofBytes(JPEG, "image/jpeg"))
        .addLogisticsChannel("50011");
  }

  @Test
  void map_goodVase_makesTheDraft() {
    MappingReport<ListingDraft> report =
        ShopeeMapping.map(request(ShopeeProducts.vase().build()).build(), LIMITS);

    ListingDraft draft = report.orElseThrow();
    assertThat(report.problems()).isEmpty();
    assertThat(draft.marketplace()).isEqualTo(Marketplace.SHOPEE);
    assertThat(draft.categoryId()).isEqualTo("100636");
    assertThat(draft.attributes()).containsExactly(java.util.Map.entry("100037", "Rạn cổ"));
    assertThat(draft.title()).isEqualTo("Bình hút lộc men rạn đắp nổi");
    assertThat(draft.sku()).isEqualTo(Sku.of("BT-BHL-25"));
    assertThat(draft.logisticsChannelIds()).containsExactly("50011");
  }

  @Test
  void map_whenMappingIsForAnotherMarketplaceAndHasNoCategory_reportsBoth() {
    CategoryMapping lazada = CategoryMapping.builder(Marketplace.LAZADA).build();
    ListingRequest request = ListingRequest.builder(ShopeeProducts.vase().build(), lazada)
        .addImage(ListingImage.ofBytes(JPEG, "image/jpeg"))
        .addLogisticsChannel("50011")
        .build();

    assertThat(ShopeeMapping.map(request, LIMITS).problems())
        .extracting(MappingProblem::toString)
        .containsExactly(
            "ERROR WRONG_MARKETPLACE categoryMapping.marketplace: must be the mapping for Shopee:"
                + " Lazada",
            "ERROR MISSING_LEAF_CATEGORY categoryMapping: must give a Shopee leaf category for"
                + " product binh-hut-loc-01 or craft ceramics: none");
  }

  @Test
  void map_whenRequiredAttributesAndIdsAreWrong_reportsEach() {
    CategoryMapping mapping = CategoryMapping.allTo(
        Marketplace.SHOPEE,
        CategoryMapping.Target.of("gom-su").withAttribute("mau", "#xanh").requiring("100134"));
    ListingRequest request = ListingRequest.builder(ShopeeProducts.vase().build(), mapping)
        .addImage(ListingImage.hosted("vn-11134207-EXAMPLE"))
        .addLogisticsChannel("GHN")
        .brandId("Bát-Tràng")
        .build();

    assertThat(ShopeeMapping.map(request, LIMITS).problems())
        .extracting(p -> p.code().value() + " " + p.field())
        .containsExactly(
            "MISSING_ATTRIBUTE attributes[100134]",
            "SHOPEE_ID_NOT_NUMERIC categoryMapping.categoryId",
            "SHOPEE_ID_NOT_NUMERIC attributes[mau]",
            "SHOPEE_ID_NOT_NUMERIC attributes[mau]",
            "SHOPEE_ID_NOT_NUMERIC logisticsChannelIds[0]",
            "SHOPEE_ID_NOT_NUMERIC brandId");
  }

  @Test
  void map_whenImagesAreMissingTooLargeOrOfAnotherType_reportsEach() {
    ListingRequest none = ListingRequest.builder(ShopeeProducts.vase().build(), mapping())
        .addLogisticsChannel("50011")
        .build();
    ListingRequest bad = request(ShopeeProducts.vase().build())
        .addImage(
            ListingImage.ofBytes(new byte[(int) ShopeeAdapter.MAX_IMAGE_BYTES + 1], "image/jpeg"))
        .addImage(ListingImage.ofBytes(JPEG, "image/webp"))
        .build();

    assertThat(ShopeeMapping.map(none, LIMITS).problems())
        .extracting(MappingProblem::toString)
        .containsExactly("ERROR NO_IMAGE images: must have at least 1 for Shopee: 0");
    assertThat(ShopeeMapping.map(bad, LIMITS).problems())
        .extracting(MappingProblem::toString)
        .containsExactly(
            "ERROR IMAGE_TOO_LARGE images[1]: must be at most 10485760 bytes for Shopee: 10485761",
            "ERROR IMAGE_TYPE_NOT_ACCEPTED images[2]: must be one of [image/jpeg, image/png] for"
                + " Shopee: image/webp");
  }

  @Test
  void map_whenTitleIsShorterThanTheShopAllows_reportsIt() {
    AdapterCapabilities strict = LIMITS.toBuilder().title(10, 120).build();
    Product shortName = ShopeeProducts.vase().nameVi("Bình").build();

    assertThat(ShopeeMapping.map(request(shortName).build(), strict).problems())
        .extracting(MappingProblem::toString)
        .containsExactly(
            "ERROR TITLE_TOO_SHORT product.nameVi: must be at least 10 characters for Shopee: 4");
  }

  @Test
  void map_countsTitleLengthInCharactersNotUtf16Units() {
    // 120 characters, each outside the BMP: 240 UTF-16 units, still within Shopee's 120.
    String name = "\uD83C\uDFFA".repeat(120);
    Product product = ShopeeProducts.vase().nameVi(name).build();

    assertThat(ShopeeMapping.map(request(product).build(), LIMITS).isOk()).isTrue();
  }

  @Test
  void map_whenProvenanceMakesTheDescriptionTooLong_saysSo() {
    Product product =
        ShopeeProducts.vase().descriptionVi("Gốm ".repeat(745).strip()).build();
    ListingRequest request = request(product)
        .provenance(ProvenanceLine.builder().village("Bát Tràng").build())
        .build();

    List<MappingProblem> problems = ShopeeMapping.map(request, LIMITS).problems();

    assertThat(problems)
        .extracting(MappingProblem::toString)
        .containsExactly(
            "ERROR DESCRIPTION_TOO_LONG product.descriptionVi: must be at most 3000 characters for"
                + " Shopee with the provenance line: 3011");
  }

  @Test
  void map_whenTooManyVariants_reportsIt() {
    List<String> sizes = IntStream.range(0, 26).mapToObj(i -> i + " cm").toList();
    List<Variant> variants = new java.util.ArrayList<>();
    int n = 0;
    for (String size : sizes) {
      for (String glaze : List.of("Lam", "Rạn")) {
        variants.add(Variant.of(Sku.of("V-" + n++), Money.ofDong(100_000), 1, size, glaze));
      }
    }
    Product.Builder builder = ShopeeProducts.silkScarf()
        .tiers(List.of(new VariantTier("Cỡ", sizes), VariantTier.of("Men", "Lam", "Rạn")))
        .variants(variants);
    Product product = builder.build();

    assertThat(ShopeeMapping.map(request(product).build(), LIMITS).problems())
        .extracting(MappingProblem::toString)
        .containsExactly(
            "ERROR TOO_MANY_VARIANTS product.variants: must have at most 50 for Shopee: 52");
  }

  @Test
  void map_appendsTheProvenanceLineToTheDescription() {
    ListingRequest request = request(ShopeeProducts.vase().build())
        .provenance(ProvenanceLine.builder()
            .village("Bát Tràng")
            .brand("Gốm Bát Tràng")
            .ocopStars(StarRating.FIVE)
            .verificationUri(URI.create("https://xacminh.example.vn/t/AbC123"))
            .build())
        .englishProvenance(true)
        .build();

    assertThat(ShopeeMapping.map(request, LIMITS).orElseThrow().description())
        .isEqualTo("Bình gốm Bát Tràng, men rạn cổ, đắp nổi hoa sen. Cao 25 cm.\n\n"
            + "Nguồn gốc: làng nghề Bát Tràng · thương hiệu Gốm Bát Tràng · OCOP 5 sao"
            + " · xác minh tại https://xacminh.example.vn/t/AbC123\n"
            + "Provenance: Bát Tràng craft village · brand Gốm Bát Tràng · OCOP 5 stars"
            + " · verify at https://xacminh.example.vn/t/AbC123");
  }

  @Test
  void itemSpec_convertsWeightToKilogramsAndRoundsThePackageUp() {
    ListingDraft draft = ShopeeMapping.map(
            request(ShopeeProducts.vase().weightGrams(1250).build())
                .brandId("3")
                .extra(ShopeeMapping.BRAND_NAME_EXTRA, "Gốm Bát Tràng")
                .build(),
            LIMITS)
        .orElseThrow();

    ShopeePayloads.ItemSpec spec = ShopeeMapping.itemSpec(draft, List.of("img-1"));

    assertThat(spec.weightKg()).isEqualByComparingTo(new BigDecimal("1.25"));
    assertThat(spec.packageSize()).contains(new ShopeePayloads.PackageSize(18, 18, 26));
    assertThat(spec.brandId()).isEqualTo(3);
    assertThat(spec.brandName()).isEqualTo("Gốm Bát Tràng");
    assertThat(spec.originalPrice()).isEqualTo(1_250_000);
    assertThat(spec.stock()).isEqualTo(12);
    assertThat(spec.attributes())
        .containsExactly(new ShopeePayloads.Attribute(
            100037, List.of(new ShopeePayloads.AttributeValue(0, "Rạn cổ", ""))));
  }

  static Stream<Product> randomProducts() {
    Random random = new Random(42);
    return IntStream.range(0, 200).mapToObj(i -> ShopeeProducts.vase()
        .nameVi("Bình " + "x".repeat(random.nextInt(130)))
        .weightGrams(random.nextBoolean() ? null : 1 + random.nextInt(50_000))
        .price(Money.ofDong(random.nextInt(200_000_000) + 1))
        .dimensions(
            random.nextBoolean()
                ? null
                : ShopeeProducts.vase().build().dimensions().orElseThrow())
        .build());
  }

  @ParameterizedTest
  @MethodSource("randomProducts")
  void map_hasADraftExactlyWhenNoProblemIsAnError(Product product) {
    MappingReport<ListingDraft> report = ShopeeMapping.map(request(product).build(), LIMITS);

    boolean expectError = product.nameVi().length() > 120
        || product.weightGrams().isEmpty()
        || !LIMITS.acceptsPrice(product.lowestPrice());
    assertThat(report.isOk()).isEqualTo(!expectError);
    assertThat(report.warnings().isEmpty()).isEqualTo(product.dimensions().isPresent());
    report.result().ifPresent(d -> assertThat(
            ShopeeMapping.itemSpec(d, List.of("i")).originalPrice())
        .isEqualTo(product.lowestPrice().dong()));
    assertThat(Optional.ofNullable(report.result().orElse(null)).isPresent())
        .isEqualTo(report.isOk());
  }
}
