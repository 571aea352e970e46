package io.github.craftmark.platform;

import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.platform.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks and mapping every adapter shares: a core {@link Product} against a platform's {@link
 * AdapterCapabilities} and the seller's {@link CategoryMapping}, listing every problem.
 *
 * <p>An adapter's {@link MarketplaceAdapter#map(ListingRequest)} is usually one line:
 *
 * <pre>{@code
 * public MappingReport<ListingDraft> map(ListingRequest request) {
 *   return ListingMapper.map(marketplace(), capabilities(), request, this::platformRules);
 * }
 * }</pre>
 *
 * <p>No check stops the others: a product with a 300-character title, no image and a price out of
 * range gets three problems. Lengths count Unicode code points of the NFC text, as the platforms
 * count characters. Messages follow {@code "<expectation> for <platform>: <found>"}.
 */
public final class ListingMapper {
  private ListingMapper() {}

  /**
   * A platform's own rules, run after the shared checks.
   *
   * <p>Return every problem found; return an empty list when there is none. Must be pure.
   */
  @FunctionalInterface
  public interface Rule {
    /**
     * Checks a request against one platform's own rules.
     *
     * @param request the listing
     * @return the problems found, in order
     */
    List<MappingProblem> check(ListingRequest request);
  }

  /**
   * Runs the shared checks and the platform's rules, and makes the draft when nothing is an
   * error.
   *
   * @param marketplace the adapter's marketplace
   * @param capabilities the adapter's limits
   * @param request the listing
   * @param platformRules the platform's own rules
   * @return the report: every problem, the draft when there is no error
   */
  public static MappingReport<ListingDraft> map(
      Marketplace marketplace,
      AdapterCapabilities capabilities,
      ListingRequest request,
      Rule platformRules) {
    Checks.notNull("platformRules", platformRules);
    List<MappingProblem> problems = new ArrayList<>(check(marketplace, capabilities, request));
    problems.addAll(Checks.list("platform problems", platformRules.check(request)));
    return MappingReport.of(marketplace, problems, () -> draft(marketplace, request));
  }

  /**
   * Runs the shared checks only.
   *
   * @param marketplace the adapter's marketplace
   * @param capabilities the adapter's limits
   * @param request the listing
   * @return every problem found, in the order of the request's parts
   */
  public static List<MappingProblem> check(
      Marketplace marketplace, AdapterCapabilities capabilities, ListingRequest request) {
    Checks.notNull("marketplace", marketplace);
    Checks.notNull("capabilities", capabilities);
    Checks.notNull("request", request);
    String platform = marketplace.displayName();
    Product product = request.product();
    List<MappingProblem> problems = new ArrayList<>();

    CategoryMapping mapping = request.categoryMapping();
    if (!mapping.marketplace().equals(marketplace)) {
      problems.add(MappingProblem.error(
          "categoryMapping.marketplace",
          ProblemCode.WRONG_MARKETPLACE,
          "must be the mapping for " + platform + ": " + mapping.marketplace().displayName()));
    }
    Optional<CategoryMapping.Target> target = mapping.targetFor(product);
    if (target.isEmpty()) {
      problems.add(MappingProblem.error(
          "categoryMapping",
          ProblemCode.MISSING_LEAF_CATEGORY,
          "must give a " + platform + " leaf category for product " + product.id() + " or craft "
              + product.category().code() + ": none"));
    } else {
      for (String attribute : target.get().missingAttributes(product)) {
        problems.add(MappingProblem.error(
            "attributes[" + attribute + "]",
            ProblemCode.MISSING_ATTRIBUTE,
            "must have a value for " + platform + " category " + target.get().categoryId()
                + ": none in the mapping or the product's attributes"));
      }
    }

    List<ListingImage> images = request.images();
    if (images.size() < capabilities.minImages()) {
      problems.add(MappingProblem.error(
          "images",
          ProblemCode.NO_IMAGE,
          "must have at least " + capabilities.minImages() + " for " + platform + ": "
              + images.size()));
    }
    if (images.size() > capabilities.maxImages()) {
      problems.add(MappingProblem.error(
          "images",
          ProblemCode.TOO_MANY_IMAGES,
          "must have at most " + capabilities.maxImages() + " for " + platform + ": "
              + images.size()));
    }
    for (int i = 0; i < images.size(); i++) {
      ListingImage image = images.get(i);
      if (image.isHosted()) {
        continue;
      }
      if (image.size() > capabilities.maxImageBytes()) {
        problems.add(MappingProblem.error(
            "images[" + i + "]",
            ProblemCode.IMAGE_TOO_LARGE,
            "must be at most " + capabilities.maxImageBytes() + " bytes for " + platform + ": "
                + image.size()));
      }
      String type = image.mediaType().orElseThrow();
      if (!capabilities.imageMediaTypes().contains(type)) {
        problems.add(MappingProblem.error(
            "images[" + i + "]",
            ProblemCode.IMAGE_TYPE_NOT_ACCEPTED,
            "must be one of " + new java.util.TreeSet<>(capabilities.imageMediaTypes()) + " for "
                + platform + ": " + type));
      }
    }

    int titleLength = length(product.nameVi());
    if (titleLength > capabilities.titleMaxChars()) {
      problems.add(MappingProblem.error(
          "product.nameVi",
          ProblemCode.TITLE_TOO_LONG,
          "must be at most " + capabilities.titleMaxChars() + " characters for " + platform + ": "
              + titleLength));
    }
    if (titleLength < capabilities.titleMinChars()) {
      problems.add(MappingProblem.error(
          "product.nameVi",
          ProblemCode.TITLE_TOO_SHORT,
          "must be at least " + capabilities.titleMinChars() + " characters for " + platform + ": "
              + titleLength));
    }

    if (capabilities.descriptionRequired() && product.descriptionVi().isEmpty()) {
      problems.add(MappingProblem.error(
          "product.descriptionVi",
          ProblemCode.MISSING_DESCRIPTION,
          "must be set for " + platform + ": none"));
    }
    int descriptionLength = length(description(request));
    if (descriptionLength > capabilities.descriptionMaxChars()) {
      problems.add(MappingProblem.error(
          "product.descriptionVi",
          ProblemCode.DESCRIPTION_TOO_LONG,
          "must be at most " + capabilities.descriptionMaxChars() + " characters for " + platform
              + (request.provenance().isPresent() ? " with the provenance line" : "") + ": "
              + descriptionLength));
    }

    List<Variant> variants = product.variants();
    for (int i = 0; i < variants.size(); i++) {
      Variant variant = variants.get(i);
      if (!capabilities.acceptsPrice(variant.price())) {
        problems.add(MappingProblem.error(
            "product.variants[" + i + "].price",
            ProblemCode.PRICE_OUT_OF_RANGE,
            "must be " + capabilities.minPrice().dong() + ".."
                + capabilities.maxPrice().dong()
                + " đồng for " + platform + " (SKU " + variant.sku() + "): "
                + variant.price().dong()));
      }
    }
    if (capabilities.needsWeight() && product.weightGrams().isEmpty()) {
      problems.add(MappingProblem.error(
          "product.weightGrams",
          ProblemCode.MISSING_WEIGHT,
          "must be set for " + platform + ": none"));
    }
    if (capabilities.needsDimensions() && product.dimensions().isEmpty()) {
      problems.add(MappingProblem.error(
          "product.dimensions",
          ProblemCode.MISSING_DIMENSIONS,
          "must be set for " + platform + ": none"));
    }
    if (variants.size() > capabilities.maxVariants()) {
      problems.add(MappingProblem.error(
          "product.variants",
          ProblemCode.TOO_MANY_VARIANTS,
          "must have at most " + capabilities.maxVariants() + " for " + platform + ": "
              + variants.size()));
    }
    if (product.tiers().size() > capabilities.maxTiers()) {
      problems.add(MappingProblem.error(
          "product.tiers",
          ProblemCode.TOO_MANY_TIERS,
          "must have at most " + capabilities.maxTiers() + " for " + platform + ": "
              + product.tiers().size()));
    }
    return List.copyOf(problems);
  }

  /**
   * Returns the listing description: the product's Vietnamese description, then a blank line and
   * the provenance line when the request has one (with English when it asks).
   *
   * @param request the listing
   * @return the description, possibly empty
   */
  public static String description(ListingRequest request) {
    String base = request.product().descriptionVi().orElse("");
    if (request.provenance().isEmpty()) {
      return base;
    }
    String line = request.provenance().get().text(request.englishProvenance());
    return base.isEmpty() ? line : base + "\n\n" + line;
  }

  /**
   * Makes the draft from a request, without checking it; call only when {@link #check} found no
   * error.
   *
   * @param marketplace the adapter's marketplace
   * @param request the listing
   * @return the draft
   * @throws io.github.craftmark.core.InvalidValueException when the mapping has no category for
   *     the product
   */
  public static ListingDraft draft(Marketplace marketplace, ListingRequest request) {
    Product product = request.product();
    CategoryMapping.Target target = request
        .categoryMapping()
        .targetFor(product)
        .orElseThrow(() -> new io.github.craftmark.core.InvalidValueException(
            "categoryMapping", "must give a leaf category for the product", product.id()));
    return new ListingDraft(
        marketplace,
        product.sku(),
        product.nameVi(),
        description(request),
        target.categoryId(),
        target.attributeValues(product),
        product.tiers(),
        product.variants(),
        request.images(),
        product.weightGrams(),
        product.dimensions(),
        request.brandId(),
        request.logisticsChannelIds(),
        request.extras());
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
