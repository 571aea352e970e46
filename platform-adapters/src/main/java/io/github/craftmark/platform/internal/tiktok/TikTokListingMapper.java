package io.github.craftmark.platform.internal.tiktok;

import io.github.craftmark.core.money.Money;
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
import io.github.craftmark.platform.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks a listing against TikTok Shop's rules for Vietnamese local shops (API 202309) and makes
 * the draft: pure, no I/O, every problem listed.
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
    Marketplace tiktok = Marketplace.TIKTOK_SHOP;
    AdapterCapabilities caps = CAPABILITIES;
    Product product = request.product();
    List<MappingProblem> problems = new ArrayList<>();

    if (!request.marketplace().equals(tiktok)) {
      problems.add(MappingProblem.error(
          "categoryMapping",
          ProblemCode.WRONG_MARKETPLACE,
          "the category mapping is for " + request.marketplace().displayName()
              + ", not TikTok Shop"));
    }
    Optional<CategoryMapping.Target> target = request.categoryMapping().targetFor(product);
    if (target.isEmpty()) {
      problems.add(MappingProblem.error(
          "categoryMapping",
          ProblemCode.MISSING_LEAF_CATEGORY,
          "no TikTok Shop leaf category is mapped for craft "
              + product.category().code() + " or product " + product.id().value()));
    } else {
      for (String attribute : target.get().missingAttributes(product)) {
        problems.add(MappingProblem.error(
            "attributes[" + attribute + "]",
            ProblemCode.MISSING_ATTRIBUTE,
            "category " + target.get().categoryId() + " requires attribute " + attribute
                + " and neither the mapping nor the product gives it"));
      }
    }

    checkImages(request.images(), caps, problems);

    String title = product.nameVi();
    int titleLength = title.codePointCount(0, title.length());
    if (titleLength < caps.titleMinChars()) {
      problems.add(MappingProblem.error(
          "title",
          ProblemCode.TITLE_TOO_SHORT,
          "TikTok Shop Vietnam needs a title of " + caps.titleMinChars() + ".."
              + caps.titleMaxChars() + " characters; the Vietnamese name has " + titleLength));
    } else if (titleLength > caps.titleMaxChars()) {
      problems.add(MappingProblem.error(
          "title",
          ProblemCode.TITLE_TOO_LONG,
          "the title must be at most " + caps.titleMaxChars() + " characters: " + titleLength));
    }

    String description = description(request);
    if (product.descriptionVi().isEmpty()) {
      problems.add(MappingProblem.error(
          "description",
          ProblemCode.MISSING_DESCRIPTION,
          "TikTok Shop requires a description; the product has no Vietnamese description"));
    }
    int descriptionLength = DescriptionHtml.length(description);
    if (descriptionLength > caps.descriptionMaxChars()) {
      problems.add(MappingProblem.error(
          "description",
          ProblemCode.DESCRIPTION_TOO_LONG,
          "the description HTML must be at most " + caps.descriptionMaxChars() + " characters: "
              + descriptionLength));
    }

    if (product.weightGrams().isEmpty()) {
      problems.add(MappingProblem.error(
          "weightGrams", ProblemCode.MISSING_WEIGHT, "TikTok Shop requires the package weight"));
    }
    if (product.dimensions().isEmpty()) {
      problems.add(MappingProblem.warning(
          "dimensions",
          ProblemCode.MISSING_DIMENSIONS,
          "TikTok Shop Vietnam recommends package dimensions for shipping fees"));
    }

    if (product.tiers().size() > caps.maxTiers()) {
      problems.add(MappingProblem.error(
          "tiers",
          ProblemCode.TOO_MANY_TIERS,
          "at most " + caps.maxTiers() + " variant tiers: " + product.tiers().size()));
    }
    for (int t = 0; t < product.tiers().size(); t++) {
      VariantTier tier = product.tiers().get(t);
      int length = tier.name().codePointCount(0, tier.name().length());
      if (length > MAX_SALES_ATTRIBUTE_NAME) {
        problems.add(MappingProblem.error(
            "tiers[" + t + "].name",
            VARIANT_NAME_TOO_LONG,
            "a variant name must be at most " + MAX_SALES_ATTRIBUTE_NAME + " characters: "
                + length));
      }
    }
    if (product.variants().size() > caps.maxVariants()) {
      problems.add(MappingProblem.error(
          "variants",
          ProblemCode.TOO_MANY_VARIANTS,
          "at most " + caps.maxVariants() + " SKUs: " + product.variants().size()));
    }
    for (int i = 0; i < product.variants().size(); i++) {
      Variant variant = product.variants().get(i);
      String field = "variants[" + i + "]";
      if (!caps.acceptsPrice(variant.price())) {
        problems.add(MappingProblem.error(
            field + ".price",
            ProblemCode.PRICE_OUT_OF_RANGE,
            "TikTok Shop Vietnam takes " + caps.minPrice().dong() + ".."
                + caps.maxPrice().dong() + " đồng: " + variant.price().dong()));
      }
      if (variant.sku().value().length() > MAX_SELLER_SKU) {
        problems.add(MappingProblem.error(
            field + ".sku",
            SKU_TOO_LONG,
            "a seller SKU must be at most " + MAX_SELLER_SKU + " characters: "
                + variant.sku().value().length()));
      }
      if (variant.stock() > MAX_CREATE_QUANTITY) {
        problems.add(MappingProblem.error(
            field + ".stock",
            STOCK_TOO_HIGH,
            "at most " + MAX_CREATE_QUANTITY + " units per warehouse: " + variant.stock()));
      }
    }

    return MappingReport.of(
        tiktok,
        problems,
        () -> new ListingDraft(
            tiktok,
            product.sku(),
            title,
            description,
            target.orElseThrow().categoryId(),
            new TreeMap<>(target.orElseThrow().attributeValues(product)),
            product.tiers(),
            variantsWithGtin(product),
            request.images(),
            product.weightGrams(),
            product.dimensions(),
            request.brandId(),
            request.logisticsChannelIds(),
            request.extras()));
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

  private static void checkImages(
      List<ListingImage> images, AdapterCapabilities caps, List<MappingProblem> problems) {
    if (images.size() < caps.minImages()) {
      problems.add(MappingProblem.error(
          "images", ProblemCode.NO_IMAGE, "TikTok Shop needs at least one main image"));
    }
    if (images.size() > caps.maxImages()) {
      problems.add(MappingProblem.error(
          "images",
          ProblemCode.TOO_MANY_IMAGES,
          "TikTok Shop takes at most " + caps.maxImages() + " main images: " + images.size()));
    }
    for (int i = 0; i < images.size(); i++) {
      ListingImage image = images.get(i);
      if (image.isHosted()) {
        continue;
      }
      if (image.size() > caps.maxImageBytes()) {
        problems.add(MappingProblem.error(
            "images[" + i + "]",
            ProblemCode.IMAGE_TOO_LARGE,
            "at most " + caps.maxImageBytes() + " bytes: " + image.size()));
      }
      String type = image.mediaType().orElse("");
      if (!caps.imageMediaTypes().contains(type)) {
        problems.add(MappingProblem.error(
            "images[" + i + "]",
            ProblemCode.IMAGE_TYPE_NOT_ACCEPTED,
            "TikTok Shop takes JPEG or PNG: " + type));
      }
    }
  }

  /** The description HTML: the Vietnamese text, then the provenance line(s). */
  static String description(ListingRequest request) {
    StringBuilder text = new StringBuilder(request.product().descriptionVi().orElse(""));
    request.provenance().ifPresent(line -> {
      text.append("\n\n").append(ProvenanceText.vietnamese(line));
      if (request.englishProvenance()) {
        text.append("\n\n").append(ProvenanceText.english(line));
      }
    });
    return DescriptionHtml.fromPlainText(text.toString());
  }
}
