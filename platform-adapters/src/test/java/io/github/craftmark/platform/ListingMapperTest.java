package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.craftmark.core.compliance.Severity;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.core.product.VariantTier;
import io.github.craftmark.platform.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ListingMapperTest {
  private static final AdapterCapabilities STRICT = AdapterCapabilities.builder()
      .images(1, 3)
      .maxImageBytes(20)
      .imageMediaTypes("image/jpeg")
      .title(10, 20)
      .descriptionMaxChars(80)
      .descriptionRequired(true)
      .price(Money.ofDong(1_000), Money.ofDong(500_000))
      .maxVariants(2)
      .maxTiers(1)
      .needsWeight(true)
      .needsDimensions(true)
      .build();

  private static final ListingMapper.Rule NO_RULES = request -> List.of();

  @Test
  void map_whenAllIsWell_makesTheDraft() {
    ListingRequest request = Samples.vaseRequest(Marketplace.SHOPEE);

    MappingReport<ListingDraft> report = ListingMapper.map(
        Marketplace.SHOPEE, AdapterCapabilities.builder().build(), request, NO_RULES);

    assertThat(report.problems()).isEmpty();
    ListingDraft draft = report.orElseThrow();
    assertThat(draft.marketplace()).isEqualTo(Marketplace.SHOPEE);
    assertThat(draft.sku()).isEqualTo(Sku.of("BT-BHL-25"));
    assertThat(draft.title()).isEqualTo("Bình hút lộc men rạn đắp nổi");
    assertThat(draft.description())
        .isEqualTo("Bình gốm Bát Tràng, men rạn cổ, đắp nổi hoa sen. Cao 25 cm.\n\n"
            + "Nguồn gốc: làng nghề Bát Tràng · thương hiệu Gốm Bát Tràng · OCOP 4 sao"
            + " · xác minh tại https://verify.example.vn/p/BT-BHL-25");
    assertThat(draft.categoryId()).isEqualTo("100636");
    assertThat(draft.attributes())
        .containsExactly(
            java.util.Map.entry("glaze", "Rạn cổ"), java.util.Map.entry("origin", "Việt Nam"));
    assertThat(draft.variants()).singleElement().extracting(Variant::stock).isEqualTo(12);
    assertThat(draft.images()).hasSize(2);
    assertThat(draft.weightGrams()).contains(1800);
    assertThat(draft.dimensions()).isPresent();
  }

  @Test
  void map_listsEveryProblemWithoutStoppingAtTheFirst() {
    Product product =
        Samples.silkScarf().nameVi("Khăn lụa tơ tằm Vạn Phúc dệt tay").build();
    ListingRequest request = ListingRequest.builder(product, Samples.mapping(Marketplace.LAZADA))
        .categoryMapping(CategoryMappingFixtures.ceramicsOnly(Marketplace.LAZADA))
        .addImage(ListingImage.ofBytes(new byte[21], "image/png"))
        .addImage(ListingImage.hosted("lazada-img-1"))
        .addImage(ListingImage.hosted("lazada-img-2"))
        .addImage(ListingImage.hosted("lazada-img-3"))
        .provenance(Samples.vaseProvenance())
        .build();

    List<MappingProblem> problems = ListingMapper.check(Marketplace.SHOPEE, STRICT, request);

    assertThat(problems)
        .extracting(MappingProblem::field, MappingProblem::code)
        .containsExactly(
            tuple("categoryMapping.marketplace", ProblemCode.WRONG_MARKETPLACE),
            tuple("categoryMapping", ProblemCode.MISSING_LEAF_CATEGORY),
            tuple("images", ProblemCode.TOO_MANY_IMAGES),
            tuple("images[0]", ProblemCode.IMAGE_TOO_LARGE),
            tuple("images[0]", ProblemCode.IMAGE_TYPE_NOT_ACCEPTED),
            tuple("product.nameVi", ProblemCode.TITLE_TOO_LONG),
            tuple("product.descriptionVi", ProblemCode.MISSING_DESCRIPTION),
            tuple("product.descriptionVi", ProblemCode.DESCRIPTION_TOO_LONG),
            tuple("product.variants[2].price", ProblemCode.PRICE_OUT_OF_RANGE),
            tuple("product.weightGrams", ProblemCode.MISSING_WEIGHT),
            tuple("product.dimensions", ProblemCode.MISSING_DIMENSIONS),
            tuple("product.variants", ProblemCode.TOO_MANY_VARIANTS),
            tuple("product.tiers", ProblemCode.TOO_MANY_TIERS));
    assertThat(problems).allMatch(p -> p.severity() == Severity.ERROR);
    assertThat(problems)
        .extracting(MappingProblem::message)
        .containsExactly(
            "must be the mapping for Shopee: Lazada",
            "must give a Shopee leaf category for product khan-lua-01 or craft silk: none",
            "must have at most 3 for Shopee: 4",
            "must be at most 20 bytes for Shopee: 21",
            "must be one of [image/jpeg] for Shopee: image/png",
            "must be at most 20 characters for Shopee: 32",
            "must be set for Shopee: none",
            "must be at most 80 characters for Shopee with the provenance line: 124",
            "must be 1000..500000 đồng for Shopee (SKU VP-KL-90-DO): 690000",
            "must be set for Shopee: none",
            "must be set for Shopee: none",
            "must have at most 2 for Shopee: 3",
            "must have at most 1 for Shopee: 2");
  }

  @Test
  void check_reportsNoImageAndATooShortTitle() {
    Product product = Samples.vase().nameVi("Bình").build();
    ListingRequest request =
        ListingRequest.builder(product, Samples.mapping(Marketplace.SHOPEE)).build();

    assertThat(ListingMapper.check(Marketplace.SHOPEE, STRICT, request))
        .extracting(MappingProblem::code, MappingProblem::message)
        .contains(
            tuple(ProblemCode.NO_IMAGE, "must have at least 1 for Shopee: 0"),
            tuple(ProblemCode.TITLE_TOO_SHORT, "must be at least 10 characters for Shopee: 4"));
  }

  @Test
  void check_reportsEachMissingRequiredAttribute() {
    Product product = Samples.vase().build().toBuilder().build();
    Product withoutGlaze = Product.builder()
        .id(product.id())
        .sku(product.sku())
        .nameVi(product.nameVi())
        .category(product.category())
        .price(product.lowestPrice())
        .stock(1)
        .producer(product.producer())
        .build();
    ListingRequest request = ListingRequest.builder(
            withoutGlaze,
            CategoryMapping.builder(Marketplace.SHOPEE)
                .map(
                    product.category(),
                    CategoryMapping.Target.of("100636").requiring("glaze", "size"))
                .build())
        .addImage(ListingImage.ofBytes(Samples.JPEG, "image/jpeg"))
        .build();

    assertThat(ListingMapper.check(
            Marketplace.SHOPEE, AdapterCapabilities.builder().build(), request))
        .extracting(MappingProblem::field, MappingProblem::message)
        .containsExactly(
            tuple(
                "attributes[glaze]",
                "must have a value for Shopee category 100636: none in the mapping or the"
                    + " product's attributes"),
            tuple(
                "attributes[size]",
                "must have a value for Shopee category 100636: none in the mapping or the"
                    + " product's attributes"));
  }

  @Test
  void map_appendsThePlatformRulesAfterTheSharedChecks() {
    ListingRequest request = ListingRequest.builder(
            Samples.vase().build(), Samples.mapping(Marketplace.SHOPEE))
        .build();
    MappingProblem brandWarning = MappingProblem.warning(
        "brandId", ProblemCode.of("SHOPEE_NO_BRAND"), "is recommended for Shopee: none");

    MappingReport<ListingDraft> report = ListingMapper.map(
        Marketplace.SHOPEE,
        AdapterCapabilities.builder().build(),
        request,
        r -> List.of(brandWarning));

    assertThat(report.problems())
        .extracting(MappingProblem::code)
        .containsExactly(ProblemCode.NO_IMAGE, ProblemCode.of("SHOPEE_NO_BRAND"));
    assertThat(report.isOk()).isFalse();
    assertThat(report.warnings()).containsExactly(brandWarning);
  }

  @Test
  void map_withOnlyWarnings_makesTheDraft() {
    MappingProblem note = MappingProblem.warning("brandId", ProblemCode.of("NOTE"), "is empty");

    MappingReport<ListingDraft> report = ListingMapper.map(
        Marketplace.SHOPEE,
        AdapterCapabilities.builder().build(),
        Samples.vaseRequest(Marketplace.SHOPEE),
        r -> List.of(note));

    assertThat(report.isOk()).isTrue();
    assertThat(report.problems()).containsExactly(note);
  }

  @Test
  void description_combinesProductTextAndProvenance() {
    Product bare = Product.builder()
        .id(ProductId.of("p1"))
        .sku(Sku.of("P1"))
        .nameVi("Nón lá Chuông")
        .category(io.github.craftmark.core.product.CraftCategory.CONICAL_HAT)
        .price(Money.ofDong(120_000))
        .stock(3)
        .producer(io.github.craftmark.core.id.ProducerId.of("chuong-01"))
        .build();
    CategoryMapping mapping = Samples.mapping(Marketplace.SHOPEE);
    ProvenanceLine line = ProvenanceLine.builder().village("Chuông").build();

    assertThat(ListingMapper.description(ListingRequest.builder(bare, mapping).build()))
        .isEmpty();
    assertThat(ListingMapper.description(
            ListingRequest.builder(bare, mapping).provenance(line).build()))
        .isEqualTo("Nguồn gốc: làng nghề Chuông");
    assertThat(ListingMapper.description(ListingRequest.builder(bare, mapping)
            .provenance(line)
            .englishProvenance(true)
            .build()))
        .isEqualTo("Nguồn gốc: làng nghề Chuông\nProvenance: Chuông craft village");
  }

  static Stream<Long> seeds() {
    Random seeds = new Random(5);
    return IntStream.range(0, 40).mapToObj(i -> seeds.nextLong());
  }

  /** Random scarves: the price problems are exactly the variants outside the range. */
  @ParameterizedTest
  @MethodSource("seeds")
  void check_flagsExactlyTheVariantsPricedOutOfRange(long seed) {
    Random random = new Random(seed);
    int count = 1 + random.nextInt(6);
    List<String> sizes = new ArrayList<>();
    List<Variant> variants = new ArrayList<>();
    int outOfRange = 0;
    for (int i = 0; i < count; i++) {
      sizes.add("S" + i);
      long price = 1 + (long) (random.nextDouble() * 1_000_000);
      if (price < 1_000 || price > 500_000) {
        outOfRange++;
      }
      variants.add(Variant.of(Sku.of("V-" + i), Money.ofDong(price), 1, "S" + i));
    }
    Product product = Samples.silkScarf()
        .tiers(List.of(new VariantTier("Size", sizes)))
        .variants(variants)
        .build();
    ListingRequest request = ListingRequest.builder(product, Samples.mapping(Marketplace.SHOPEE))
        .addImage(ListingImage.ofBytes(Samples.JPEG, "image/jpeg"))
        .build();
    AdapterCapabilities caps = STRICT.toBuilder()
        .maxImageBytes(1_000)
        .maxVariants(10)
        .descriptionRequired(false)
        .build();

    MappingReport<ListingDraft> report =
        ListingMapper.map(Marketplace.SHOPEE, caps, request, NO_RULES);

    assertThat(report.problems())
        .filteredOn(p -> p.code().equals(ProblemCode.PRICE_OUT_OF_RANGE))
        .hasSize(outOfRange);
    assertThat(report.isOk()).isEqualTo(report.errors().isEmpty());
    assertThat(report.result().isPresent()).isEqualTo(report.errors().isEmpty());
  }

  /** Mappings used above. */
  static final class CategoryMappingFixtures {
    static CategoryMapping ceramicsOnly(Marketplace marketplace) {
      return CategoryMapping.builder(marketplace)
          .map(
              io.github.craftmark.core.product.CraftCategory.CERAMICS,
              CategoryMapping.Target.of("1"))
          .build();
    }
  }
}
