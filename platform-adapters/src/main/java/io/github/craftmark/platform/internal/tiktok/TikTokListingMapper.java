package io.github.craftmark.platform.internal.tiktok;

import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.core.product.VariantTier;
import io.github.craftmark.platform.AdapterCapabilities;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingMapper;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.MappingProblem;
import io.github.craftmark.platform.MappingReport;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.ProblemCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a listing against TikTok Shop's rules for Vietnamese local shops (API 202309) and makes
 * the draft: pure, no I/O, every problem listed. The shared {@link ListingMapper} checks the
 * capabilities below; TikTok Shop's own rules (seller SKU length, stock per warehouse, variation
 * names, the description's length as HTML) are added here.
 *
 * <p>The draft's description is the HTML TikTok Shop receives: the Vietnamese description in
 * paragraphs, then the provenance line (and its English version when asked), all escaped.
 */
public final class TikTokListingMapper {
  /** TikTok Shop's limits for Vietnamese local shops, from the Create Product reference. */
  public static final AdapterCapabilities CAPABILITIES = AdapterCapabilities.builder()
      .images(1, 9)
      .maxImageBytes(5L * 1024 * 1024)
      .imageMediaTypes("image/jpeg", "image/png")
      .title(25, 255)
      .descriptionMaxChars(DescriptionHtml.MAX_CHARS)
      .descriptionRequired(true)
      .price(Money.ofDong(1), Money.ofDong(180_000_000))
      .maxVariants(300)
      .maxTiers(3)
      .maxSkusPerStockBatch(300)
      .maxSkusPerPriceBatch(300)
      .needsWeight(true)
      .needsDimensions(false)
      .platformHostedImages(true)
      .build();

  /** A seller SKU longer than TikTok Shop's 50 characters. */
  public static final ProblemCode SKU_TOO_LONG = ProblemCode.of("SKU_TOO_LONG");

  /** A SKU's stock above the 999,999 TikTok Shop takes when a product is created. */
  public static final ProblemCode STOCK_TOO_HIGH = ProblemCode.of("STOCK_TOO_HIGH");

  /** A variant tier name longer than TikTok Shop's 20 characters for a sales attribute. */
  public static final ProblemCode VARIANT_NAME_TOO_LONG = ProblemCode.of("VARIANT_NAME_TOO_LONG");

  /** The longest seller SKU TikTok Shop accepts. */
  public static final int MAX_SELLER_SKU = 50;

  /** The most units one warehouse may hold when a product is created. */
  public static final int MAX_CREATE_QUANTITY = 999_999;

  /** The longest sales attribute (variant tier) name. */
  public static final int MAX_SALES_ATTRIBUTE_NAME = 20;

  private TikTokListingMapper() {}

  /** Maps a listing request; see the class description. */
  public static MappingReport<ListingDraft> map(ListingRequest request) {
    MappingReport<ListingDraft> shared = ListingMapper.map(
        Marketplace.TIKTOK_SHOP, CAPABILITIES, request, TikTokListingMapper::tiktokRules);
    return new MappingReport<>(
        shared.marketplace(),
        shared.result().map(draft -> forTikTok(draft, request)),
        shared.problems());
  }

  /** The rules the shared checks do not know: TikTok Shop's own limits. */
  private static List<MappingProblem> tiktokRules(ListingRequest request) {
    Product product = request.product();
    List<MappingProblem> problems = new ArrayList<>();
    if (product.dimensions().isEmpty()) {
      problems.add(MappingProblem.warning(
          "product.dimensions",
          ProblemCode.MISSING_DIMENSIONS,
          "should be set: TikTok Shop Vietnam recommends package dimensions for shipping fees"));
    }
    String plain = ListingMapper.description(request);
    int htmlLength = DescriptionHtml.length(DescriptionHtml.fromPlainText(plain));
    if (plain.codePointCount(0, plain.length()) <= DescriptionHtml.MAX_CHARS
        && htmlLength > DescriptionHtml.MAX_CHARS) {
      problems.add(MappingProblem.error(
          "product.descriptionVi",
          ProblemCode.DESCRIPTION_TOO_LONG,
          "must be at most " + DescriptionHtml.MAX_CHARS
              + " characters for TikTok Shop once written as HTML: " + htmlLength));
    }
    for (int t = 0; t < product.tiers().size(); t++) {
      VariantTier tier = product.tiers().get(t);
      int length = tier.name().codePointCount(0, tier.name().length());
      if (length > MAX_SALES_ATTRIBUTE_NAME) {
        problems.add(MappingProblem.error(
            "product.tiers[" + t + "].name",
            VARIANT_NAME_TOO_LONG,
            "must be at most " + MAX_SALES_ATTRIBUTE_NAME
                + " characters for a TikTok Shop variation: " + length));
      }
    }
    for (int i = 0; i < product.variants().size(); i++) {
      Variant variant = product.variants().get(i);
      String field = "product.variants[" + i + "]";
      if (variant.sku().value().length() > MAX_SELLER_SKU) {
        problems.add(MappingProblem.error(
            field + ".sku",
            SKU_TOO_LONG,
            "must be at most " + MAX_SELLER_SKU + " characters for TikTok Shop: "
                + variant.sku().value().length()));
      }
      if (variant.stock() > MAX_CREATE_QUANTITY) {
        problems.add(MappingProblem.error(
            field + ".stock",
            STOCK_TOO_HIGH,
            "must be at most " + MAX_CREATE_QUANTITY + " units per TikTok Shop warehouse: "
                + variant.stock()));
      }
    }
    return problems;
  }

  /** The draft as TikTok Shop takes it: HTML description, the product's GTIN on its only SKU. */
  private static ListingDraft forTikTok(ListingDraft draft, ListingRequest request) {
    return new ListingDraft(
        draft.marketplace(),
        draft.sku(),
        draft.title(),
        DescriptionHtml.fromPlainText(draft.description()),
        draft.categoryId(),
        draft.attributes(),
        draft.tiers(),
        variantsWithGtin(request.product()),
        draft.images(),
        draft.weightGrams(),
        draft.dimensions(),
        draft.brandId(),
        draft.logisticsChannelIds(),
        draft.extras());
  }

  /** A product without tiers keeps its GTIN on the product; the SKU carries it to TikTok Shop. */
  private static List<Variant> variantsWithGtin(Product product) {
    if (product.hasTiers() || product.gtin().isEmpty()) {
      return product.variants();
    }
    Variant only = product.variants().get(0);
    return List.of(
        only.gtin().isPresent()
            ? only
            : new Variant(only.options(), only.sku(), only.price(), only.stock(), product.gtin()));
  }
}
