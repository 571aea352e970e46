package io.github.craftmark.platform.internal.shopee;

import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.platform.AdapterCapabilities;
import io.github.craftmark.platform.CategoryMapping;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.MappingProblem;
import io.github.craftmark.platform.MappingReport;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.ProblemCode;
import io.github.craftmark.platform.ProvenanceLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Checks a {@link ListingRequest} against Shopee's rules and makes the {@link ListingDraft}, then
 * turns a draft with uploaded image ids into the {@code add_item} payload. Pure: no I/O.
 */
public final class ShopeeMapping {
  /** Shopee ids (category, attribute, value, logistics channel, brand) are whole numbers. */
  public static final ProblemCode NOT_A_SHOPEE_ID = ProblemCode.of("SHOPEE_ID_NOT_NUMERIC");

  /** {@code add_item} needs at least one enabled logistics channel. */
  public static final ProblemCode NO_LOGISTICS_CHANNEL =
      ProblemCode.of("SHOPEE_NO_LOGISTICS_CHANNEL");

  /** The extra holding the brand's name as Shopee knows it ({@code original_brand_name}). */
  public static final String BRAND_NAME_EXTRA = "shopee.brand_name";

  /** The prefix of an attribute value that names a Shopee {@code value_id}, e.g. {@code #1476}. */
  public static final String VALUE_ID_PREFIX = "#";

  private static final Marketplace SHOPEE = Marketplace.SHOPEE;

  private ShopeeMapping() {}

  /**
   * Lists every problem of a request and, when none is an error, makes the draft.
   *
   * @param request the listing
   * @param limits Shopee's limits for the shop
   * @return the report
   */
  public static MappingReport<ListingDraft> map(
      ListingRequest request, AdapterCapabilities limits) {
    List<MappingProblem> problems = new ArrayList<>();
    Product product = request.product();
    CategoryMapping mapping = request.categoryMapping();
    if (!mapping.marketplace().equals(SHOPEE)) {
      problems.add(MappingProblem.error(
          "categoryMapping",
          ProblemCode.WRONG_MARKETPLACE,
          "the category mapping is for " + mapping.marketplace().displayName() + ", not Shopee"));
    }
    Optional<CategoryMapping.Target> target = mapping.targetFor(product);
    SortedMap<String, String> attributes = new TreeMap<>();
    if (target.isEmpty()) {
      problems.add(MappingProblem.error(
          "categoryMapping",
          ProblemCode.MISSING_LEAF_CATEGORY,
          "no Shopee leaf category for product " + product.id() + " or its craft "
              + product.category().code()));
    } else {
      checkId(problems, "categoryMapping.categoryId", target.get().categoryId());
      attributes.putAll(target.get().attributeValues(product));
      for (String missing : target.get().missingAttributes(product)) {
        problems.add(MappingProblem.error(
            "categoryMapping.attributes[" + missing + "]",
            ProblemCode.MISSING_ATTRIBUTE,
            "Shopee category " + target.get().categoryId() + " requires attribute " + missing
                + " and neither the mapping nor the product gives it a value"));
      }
      for (Map.Entry<String, String> attribute : attributes.entrySet()) {
        checkId(
            problems, "categoryMapping.attributes[" + attribute.getKey() + "]", attribute.getKey());
        if (attribute.getValue().startsWith(VALUE_ID_PREFIX)) {
          checkId(
              problems,
              "categoryMapping.attributes[" + attribute.getKey() + "]",
              attribute.getValue().substring(VALUE_ID_PREFIX.length()));
        }
      }
    }
    checkImages(problems, request.images(), limits);
    String title = product.nameVi();
    int titleLength = title.codePointCount(0, title.length());
    if (titleLength > limits.titleMaxChars()) {
      problems.add(MappingProblem.error(
          "product.nameVi",
          ProblemCode.TITLE_TOO_LONG,
          "Shopee takes titles of at most " + limits.titleMaxChars() + " characters; this one has "
              + titleLength));
    } else if (titleLength < limits.titleMinChars()) {
      problems.add(MappingProblem.error(
          "product.nameVi",
          ProblemCode.TITLE_TOO_SHORT,
          "Shopee takes titles of at least " + limits.titleMinChars() + " characters; this one has "
              + titleLength));
    }
    String description = description(request);
    if (product.descriptionVi().isEmpty() && limits.descriptionRequired()) {
      problems.add(MappingProblem.error(
          "product.descriptionVi",
          ProblemCode.MISSING_DESCRIPTION,
          "Shopee needs a description and the product has none"));
    } else {
      int length = description.codePointCount(0, description.length());
      if (length > limits.descriptionMaxChars()) {
        problems.add(MappingProblem.error(
            "product.descriptionVi",
            ProblemCode.DESCRIPTION_TOO_LONG,
            "Shopee takes descriptions of at most " + limits.descriptionMaxChars()
                + " characters; this one has " + length
                + (request.provenance().isPresent() ? " with the provenance line" : "")));
      }
    }
    List<Variant> variants = product.variants();
    for (int i = 0; i < variants.size(); i++) {
      Money price = variants.get(i).price();
      if (!limits.acceptsPrice(price)) {
        problems.add(MappingProblem.error(
            "product.variants[" + i + "].price",
            ProblemCode.PRICE_OUT_OF_RANGE,
            "Shopee takes prices from " + limits.minPrice().format() + " to "
                + limits.maxPrice().format() + "; " + variants.get(i).sku() + " costs "
                + price.format()));
      }
    }
    if (product.tiers().size() > limits.maxTiers()) {
      problems.add(MappingProblem.error(
          "product.tiers",
          ProblemCode.TOO_MANY_TIERS,
          "Shopee takes at most " + limits.maxTiers() + " variant tiers; the product has "
              + product.tiers().size()));
    }
    if (variants.size() > limits.maxVariants()) {
      problems.add(MappingProblem.error(
          "product.variants",
          ProblemCode.TOO_MANY_VARIANTS,
          "Shopee takes at most " + limits.maxVariants() + " models per item; the product has "
              + variants.size()));
    }
    if (product.weightGrams().isEmpty() && limits.needsWeight()) {
      problems.add(MappingProblem.error(
          "product.weightGrams", ProblemCode.MISSING_WEIGHT, "Shopee needs the packed weight"));
    }
    if (product.dimensions().isEmpty()) {
      MappingProblem problem = limits.needsDimensions()
          ? MappingProblem.error(
              "product.dimensions",
              ProblemCode.MISSING_DIMENSIONS,
              "Shopee needs the packed dimensions")
          : MappingProblem.warning(
              "product.dimensions",
              ProblemCode.MISSING_DIMENSIONS,
              "no packed dimensions: channels that price by size may refuse the item");
      problems.add(problem);
    }
    if (request.logisticsChannelIds().isEmpty()) {
      problems.add(MappingProblem.error(
          "logisticsChannelIds",
          NO_LOGISTICS_CHANNEL,
          "Shopee needs at least one logistics channel (see v2.logistics.get_channel_list)"));
    }
    for (int i = 0; i < request.logisticsChannelIds().size(); i++) {
      checkId(
          problems,
          "logisticsChannelIds[" + i + "]",
          request.logisticsChannelIds().get(i));
    }
    request.brandId().ifPresent(id -> checkId(problems, "brandId", id));
    String categoryId = target.map(CategoryMapping.Target::categoryId).orElse("0");
    return MappingReport.of(
        SHOPEE,
        problems,
        () -> new ListingDraft(
            SHOPEE,
            product.sku(),
            title,
            description,
            categoryId,
            attributes,
            product.tiers(),
            variants,
            request.images(),
            product.weightGrams(),
            product.dimensions(),
            request.brandId(),
            request.logisticsChannelIds(),
            request.extras()));
  }

  /**
   * Makes the {@code add_item} payload of a draft whose images are uploaded.
   *
   * @param draft the checked draft
   * @param imageIds Shopee's ids of its images, in order
   * @return the payload
   */
  public static ShopeePayloads.ItemSpec itemSpec(ListingDraft draft, List<String> imageIds) {
    List<ShopeePayloads.Attribute> attributes = new ArrayList<>();
    for (Map.Entry<String, String> attribute : draft.attributes().entrySet()) {
      String value = attribute.getValue();
      ShopeePayloads.AttributeValue v = value.startsWith(VALUE_ID_PREFIX)
          ? new ShopeePayloads.AttributeValue(
              Long.parseLong(value.substring(VALUE_ID_PREFIX.length())), "", "")
          : new ShopeePayloads.AttributeValue(0, value, "");
      attributes.add(new ShopeePayloads.Attribute(Long.parseLong(attribute.getKey()), List.of(v)));
    }
    List<Variant> variants = draft.variants();
    Money lowest = variants.get(0).price();
    long stock = 0;
    for (Variant variant : variants) {
      lowest = variant.price().compareTo(lowest) < 0 ? variant.price() : lowest;
      stock += variant.stock();
    }
    return new ShopeePayloads.ItemSpec(
        draft.title(),
        draft.description(),
        draft.sku().value(),
        lowest.dong(),
        stock,
        Long.parseLong(draft.categoryId()),
        imageIds,
        attributes,
        draft.logisticsChannelIds().stream().map(Long::parseLong).toList(),
        // Shopee takes kilograms; grams / 1000 is exact in decimal.
        BigDecimal.valueOf(draft.weightGrams().orElse(0), 3).stripTrailingZeros(),
        draft
            .dimensions()
            .map(
                d -> ShopeePayloads.PackageSize.roundedUp(d.lengthCm(), d.widthCm(), d.heightCm())),
        draft.brandId().map(Long::parseLong).orElse(0L),
        draft.extras().getOrDefault(BRAND_NAME_EXTRA, ""));
  }

  /**
   * Returns the description Shopee shows: the Vietnamese description, then the provenance line
   * (Vietnamese, and English when asked) after a blank line.
   */
  static String description(ListingRequest request) {
    StringBuilder out = new StringBuilder(request.product().descriptionVi().orElse(""));
    request.provenance().ifPresent(line -> {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(provenanceVi(line));
      if (request.englishProvenance()) {
        out.append('\n').append(provenanceEn(line));
      }
    });
    return out.toString();
  }

  static String provenanceVi(ProvenanceLine line) {
    List<String> parts = new ArrayList<>();
    line.villageName().ifPresent(v -> parts.add("Làng nghề " + v));
    line.brandName().ifPresent(b -> parts.add("Thương hiệu " + b));
    line.ocopStars().ifPresent(s -> parts.add("OCOP " + s.value() + " sao"));
    line.verificationUri().ifPresent(u -> parts.add("Xác minh nguồn gốc: " + u));
    return "Nguồn gốc: " + String.join(" · ", parts);
  }

  static String provenanceEn(ProvenanceLine line) {
    List<String> parts = new ArrayList<>();
    line.villageName().ifPresent(v -> parts.add(v + " craft village"));
    line.brandName().ifPresent(b -> parts.add("brand " + b));
    line.ocopStars().ifPresent(s -> parts.add("OCOP " + s.value() + " stars"));
    line.verificationUri().ifPresent(u -> parts.add("verify at " + u));
    return "Provenance: " + String.join(" · ", parts);
  }

  private static void checkImages(
      List<MappingProblem> problems, List<ListingImage> images, AdapterCapabilities limits) {
    if (images.size() < Math.max(1, limits.minImages())) {
      problems.add(
          MappingProblem.error("images", ProblemCode.NO_IMAGE, "Shopee needs at least one image"));
    } else if (images.size() > limits.maxImages()) {
      problems.add(MappingProblem.error(
          "images",
          ProblemCode.TOO_MANY_IMAGES,
          "Shopee takes at most " + limits.maxImages() + " images per item; the listing has "
              + images.size()));
    }
    for (int i = 0; i < images.size(); i++) {
      ListingImage image = images.get(i);
      if (image.isHosted()) {
        continue;
      }
      if (image.size() > limits.maxImageBytes()) {
        problems.add(MappingProblem.error(
            "images[" + i + "]",
            ProblemCode.IMAGE_TOO_LARGE,
            "Shopee takes image files of at most " + limits.maxImageBytes()
                + " bytes; this one has " + image.size()));
      }
      String type = image.mediaType().orElse("");
      if (!limits.imageMediaTypes().contains(type)) {
        problems.add(MappingProblem.error(
            "images[" + i + "]",
            ProblemCode.IMAGE_TYPE_NOT_ACCEPTED,
            "Shopee takes "
                + String.join(" and ", new java.util.TreeSet<>(limits.imageMediaTypes()))
                + " images; this one is " + type));
      }
    }
  }

  private static void checkId(List<MappingProblem> problems, String field, String id) {
    boolean numeric = !id.isEmpty() && id.length() <= 18;
    for (int i = 0; numeric && i < id.length(); i++) {
      numeric = id.charAt(i) >= '0' && id.charAt(i) <= '9';
    }
    if (!numeric) {
      problems.add(MappingProblem.error(
          field, NOT_A_SHOPEE_ID, "Shopee ids are whole numbers; found \"" + id + "\""));
    }
  }
}
