package io.github.craftmark.platform.internal.lazada;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.platform.CategoryMapping;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.MappingProblem;
import io.github.craftmark.platform.MappingReport;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.ProblemCode;
import io.github.craftmark.platform.lazada.LazadaSamples;
import io.github.craftmark.platform.testing.Samples;
import org.junit.jupiter.api.Test;

class LazadaMapperTest {
  private final LazadaMapper mapper = new LazadaMapper(LazadaRules.capabilities(20));

  private static CategoryMapping mapping() {
    return CategoryMapping.allTo(Marketplace.LAZADA, CategoryMapping.Target.of("10002019"));
  }

  @Test
  void map_vaseWithBrandAndImages_isADraftWithTheProvenanceLine() {
    MappingReport<ListingDraft> report =
        mapper.map(ListingRequest.builder(LazadaSamples.vase().build(), mapping())
            .addImage(ListingImage.ofBytes(Samples.JPEG, "image/jpeg"))
            .provenance(Samples.vaseProvenance())
            .brandId("30768")
            .build());

    assertThat(report.problems()).isEmpty();
    ListingDraft draft = report.orElseThrow();
    assertThat(draft.marketplace()).isEqualTo(Marketplace.LAZADA);
    assertThat(draft.categoryId()).isEqualTo("10002019");
    assertThat(draft.description())
        .endsWith(
            "Nguồn gốc: làng nghề Bát Tràng · thương hiệu Gốm Bát Tràng · OCOP 4 sao · xác minh tại"
                + " https://verify.example.vn/p/BT-BHL-25");
  }

  @Test
  void map_hostedImageThatIsNotAUrl_isAnError() {
    MappingReport<ListingDraft> report =
        mapper.map(ListingRequest.builder(LazadaSamples.vase().build(), mapping())
            .addImage(ListingImage.hosted("61bdf049525b7d4c2cf79257ec7c2c56"))
            .brandId("30768")
            .build());

    assertThat(report.errors()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("images[0]");
      assertThat(p.code()).isEqualTo(ProblemCode.IMAGE_TYPE_NOT_ACCEPTED);
    });
  }

  @Test
  void map_descriptionWhoseHtmlIsTooLong_isAnError() {
    // 6,000 characters of text, but every '&' becomes "&amp;" in the HTML Lazada counts.
    String text = "&".repeat(6_000);
    MappingReport<ListingDraft> report = mapper.map(
        ListingRequest.builder(LazadaSamples.vase().descriptionVi(text).build(), mapping())
            .addImage(ListingImage.ofBytes(Samples.JPEG, "image/jpeg"))
            .brandId("30768")
            .build());

    assertThat(report.errors())
        .extracting(MappingProblem::message)
        .containsExactly("must be at most 25000 characters of HTML for Lazada: 30007");
  }

  @Test
  void map_tierMappedToASaleProperty_mayHaveALongName() {
    CategoryMapping mapping = CategoryMapping.allTo(
        Marketplace.LAZADA,
        CategoryMapping.Target.of("10002020")
            .withAttribute("saleProp:Kích thước", "size")
            .withAttribute("saleProp:Màu", "color_family"));
    io.github.craftmark.core.product.Product scarf = LazadaSamples.silkScarf()
        .tiers(java.util.List.of(
            io.github.craftmark.core.product.VariantTier.of("Kích thước khăn choàng", "50×50 cm"),
            io.github.craftmark.core.product.VariantTier.of("Màu", "Đỏ son")))
        .variants(java.util.List.of(io.github.craftmark.core.product.Variant.of(
            io.github.craftmark.core.id.Sku.of("VP-KL-50-DO"),
            io.github.craftmark.core.money.Money.ofDong(350_000),
            3,
            "50×50 cm",
            "Đỏ son")))
        .build();

    MappingReport<ListingDraft> unmapped = mapper.map(ListingRequest.builder(scarf, mapping)
        .addImage(ListingImage.ofBytes(Samples.JPEG, "image/jpeg"))
        .brandId("1")
        .build());
    MappingReport<ListingDraft> mapped = mapper.map(ListingRequest.builder(
            scarf,
            CategoryMapping.allTo(
                Marketplace.LAZADA,
                CategoryMapping.Target.of("10002020")
                    .withAttribute("saleProp:Kích thước khăn choàng", "size")))
        .addImage(ListingImage.ofBytes(Samples.JPEG, "image/jpeg"))
        .brandId("1")
        .build());

    assertThat(unmapped.errors())
        .extracting(MappingProblem::code)
        .containsExactly(LazadaMapper.VARIATION_NAME_TOO_LONG);
    assertThat(mapped.isOk()).isTrue();
  }
}
