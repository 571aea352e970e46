package io.github.craftmark.platform.internal.shopee;

import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.platform.AdapterCapabilities;
import io.github.craftmark.platform.CategoryMapping;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingMapper;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.MappingProblem;
import io.github.craftmark.platform.MappingReport;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.ProblemCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
   * Lists every problem of a request (the checks every adapter shares, then Shopee's own) and,
   * when none is an error, makes the draft.
   *
   * @param request the listing
   * @param limits Shopee's limits for the shop
   * @return the report
   */
  public static MappingReport<ListingDraft> map(
      ListingRequest request, AdapterCapabilities limits) {
    return ListingMapper.map(SHOPEE, limits, request, r -> shopeeRules(r, limits));
  }

  /**
   * Shopee's own rules: numeric ids (category, attribute, {@code #value_id}, logistics channel,
   * brand), at least one logistics channel, and a warning when the package size is unknown.
   */
  static List<MappingProblem> shopeeRules(ListingRequest request, AdapterCapabilities limits) {
    List<MappingProblem> problems = new ArrayList<>();
    Product product = request.product();
    Optional<CategoryMapping.Target> target = request.categoryMapping().targetFor(product);
    if (target.isPresent()) {
      checkId(problems, "categoryMapping.categoryId", target.get().categoryId());
      for (Map.Entry<String, String> attribute :
          target.get().attributeValues(product).entrySet()) {
        String field = "attributes[" + attribute.getKey() + "]";
        checkId(problems, field, attribute.getKey());
        if (attribute.getValue().startsWith(VALUE_ID_PREFIX)) {
          checkId(problems, field, attribute.getValue().substring(VALUE_ID_PREFIX.length()));
        }
      }
    }
    if (product.dimensions().isEmpty() && !limits.needsDimensions()) {
      problems.add(MappingProblem.warning(
          "product.dimensions",
          ProblemCode.MISSING_DIMENSIONS,
          "should be set for Shopee, whose channels may price by size: none"));
    }
    if (request.logisticsChannelIds().isEmpty()) {
      problems.add(MappingProblem.error(
          "logisticsChannelIds",
          NO_LOGISTICS_CHANNEL,
          "must name at least one channel for Shopee (see v2.logistics.get_channel_list): none"));
    }
    for (int i = 0; i < request.logisticsChannelIds().size(); i++) {
      checkId(
          problems,
          "logisticsChannelIds[" + i + "]",
          request.logisticsChannelIds().get(i));
    }
    request.brandId().ifPresent(id -> checkId(problems, "brandId", id));
    return problems;
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

  private static void checkId(List<MappingProblem> problems, String field, String id) {
    boolean numeric = !id.isEmpty() && id.length() <= 18;
    for (int i = 0; numeric && i < id.length(); i++) {
      numeric = id.charAt(i) >= '0' && id.charAt(i) <= '9';
    }
    if (!numeric) {
      problems.add(MappingProblem.error(
          field, NOT_A_SHOPEE_ID, "must be a Shopee id (a whole number): \"" + id + "\""));
    }
  }
}
