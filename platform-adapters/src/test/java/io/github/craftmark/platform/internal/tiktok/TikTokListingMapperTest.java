package io.github.craftmark.platform.internal.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.core.product.VariantTier;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.MappingProblem;
import io.github.craftmark.platform.MappingReport;
import io.github.craftmark.platform.ProblemCode;
import io.github.craftmark.platform.tiktok.TikTokSamples;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TikTokListingMapperTest {
  private static ListingRequest scarf(Product product) {
    return ListingRequest.builder(product, TikTokSamples.mapping())
        .addImage(ListingImage.ofBytes(TikTokSamples.JPEG, "image/jpeg"))
        .build();
  }

  @Test
  void map_vase_givesAnHtmlDraftWithTheGtinOnItsOnlySku() {
    MappingReport<ListingDraft> report = TikTokListingMapper.map(TikTokSamples.vaseListing());

    assertThat(report.problems()).isEmpty();
    ListingDraft draft = report.orElseThrow();
    assertThat(draft.description())
        .startsWith("<p>Bình gốm Bát Tràng")
        .endsWith("xác minh tại https://xacminh.example.vn/p/BT-BHL-25</p>");
    assertThat(draft.variants().get(0).gtin())
        .isEqualTo(TikTokSamples.vase().build().gtin());
    assertThat(draft.categoryId()).isEqualTo("600001");
  }

  @Test
  void map_withEnglishProvenance_addsTheEnglishLine() {
    ListingDraft draft = TikTokListingMapper.map(
            TikTokSamples.vaseListing().toBuilder().englishProvenance(true).build())
        .orElseThrow();

    assertThat(draft.description())
        .contains("OCOP 4 sao · xác minh tại https://xacminh.example.vn/p/BT-BHL-25<br>Provenance:"
            + " Bát Tràng craft village");
  }

  @Test
  void map_withoutDimensions_warnsButMaps() {
    MappingReport<ListingDraft> report =
        TikTokListingMapper.map(TikTokSamples.vaseListing().toBuilder()
            .product(TikTokSamples.vase().dimensions(null).build())
            .build());

    assertThat(report.isOk()).isTrue();
    assertThat(report.warnings())
        .extracting(MappingProblem::code)
        .containsExactly(ProblemCode.MISSING_DIMENSIONS);
  }

  @Test
  void map_tikTokOwnRules_areAllReported() {
    List<Variant> variants = new ArrayList<>();
    variants.add(Variant.of(Sku.of("A".repeat(51)), Money.ofDong(200_000_000), 1_000_000, "Một"));
    Product product = TikTokSamples.silkScarf()
        .tiers(List.of(VariantTier.of("Kích thước khăn lụa tơ tằm", "Một")))
        .variants(variants)
        .build();

    MappingReport<ListingDraft> report = TikTokListingMapper.map(scarf(product));

    assertThat(report.isOk()).isFalse();
    assertThat(report.errors())
        .extracting(MappingProblem::field, MappingProblem::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "product.variants[0].price", ProblemCode.PRICE_OUT_OF_RANGE),
            org.assertj.core.groups.Tuple.tuple(
                "product.variants[0].sku", TikTokListingMapper.SKU_TOO_LONG),
            org.assertj.core.groups.Tuple.tuple(
                "product.variants[0].stock", TikTokListingMapper.STOCK_TOO_HIGH),
            org.assertj.core.groups.Tuple.tuple(
                "product.tiers[0].name", TikTokListingMapper.VARIANT_NAME_TOO_LONG));
    MappingProblem sku = report.errors().stream()
        .filter(p -> p.code().equals(TikTokListingMapper.SKU_TOO_LONG))
        .findFirst()
        .orElseThrow();
    assertThat(sku.message()).isEqualTo("must be at most 50 characters for TikTok Shop: 51");
  }

  @Test
  void map_descriptionThatFitsAsTextButNotAsHtml_isTooLong() {
    // 2,000 ampersands are 2,000 characters of text and 10,000 of HTML (&amp;) plus the <p> tags.
    String text = String.join("", Collections.nCopies(2_000, "&"));
    ListingRequest request = TikTokSamples.vaseListing().toBuilder()
        .product(TikTokSamples.vase().descriptionVi(text).build())
        .provenance(null)
        .build();

    MappingReport<ListingDraft> report = TikTokListingMapper.map(request);

    assertThat(report.errors())
        .extracting(MappingProblem::code, MappingProblem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            ProblemCode.DESCRIPTION_TOO_LONG,
            "must be at most 10000 characters for TikTok Shop once written as HTML: 10007"));
  }

  @Test
  void map_tooManyImages_isReportedByTheSharedChecks() {
    ListingRequest.Builder request = TikTokSamples.vaseListing().toBuilder();
    for (int i = 0; i < 9; i++) {
      request.addImage(ListingImage.hosted("tos-maliva-i-EXAMPLE/" + i));
    }

    assertThat(TikTokListingMapper.map(request.build()).errors())
        .extracting(MappingProblem::code)
        .containsExactly(ProblemCode.TOO_MANY_IMAGES);
  }
}
