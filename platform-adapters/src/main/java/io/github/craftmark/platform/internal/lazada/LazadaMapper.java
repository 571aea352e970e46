package io.github.craftmark.platform.internal.lazada;

import io.github.craftmark.core.product.VariantTier;
import io.github.craftmark.platform.AdapterCapabilities;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.ListingMapper;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.MappingProblem;
import io.github.craftmark.platform.MappingReport;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a listing against Lazada's rules and makes its draft: the shared checks of {@link
 * ListingMapper}, then Lazada's own. Pure: no I/O. Every problem is reported, not only the first.
 */
public final class LazadaMapper {
  /** A custom variation name longer than Lazada accepts (its VARIATION_NAME_LENGTH_LIMIT). */
  public static final ProblemCode VARIATION_NAME_TOO_LONG =
      ProblemCode.of("VARIATION_NAME_TOO_LONG");

  /** A variant option longer than Lazada accepts (its VARIATION_OPTION_LENGTH_LIMIT). */
  public static final ProblemCode VARIATION_OPTION_TOO_LONG =
      ProblemCode.of("VARIATION_OPTION_TOO_LONG");

  /** A request field Lazada has no use for. */
  public static final ProblemCode IGNORED_FIELD = ProblemCode.of("IGNORED_FIELD");

  private final AdapterCapabilities capabilities;

  public LazadaMapper(AdapterCapabilities capabilities) {
    this.capabilities = capabilities;
  }

  public MappingReport<ListingDraft> map(ListingRequest request) {
    return ListingMapper.map(Marketplace.LAZADA, capabilities, request, this::lazadaRules);
  }

  private List<MappingProblem> lazadaRules(ListingRequest request) {
    List<MappingProblem> problems = new ArrayList<>();
    List<ListingImage> images = request.images();
    for (int i = 0; i < images.size(); i++) {
      String hosted = images.get(i).hostedId().orElse(null);
      if (hosted != null && !(hosted.startsWith("https://") || hosted.startsWith("http://"))) {
        problems.add(MappingProblem.error(
            "images[" + i + "]",
            ProblemCode.IMAGE_TYPE_NOT_ACCEPTED,
            "must be the Lazada image URL that /image/upload or /image/migrate returned: "
                + hosted));
      }
    }

    // Lazada counts the description's HTML; the shared check counted the text.
    String description = ListingMapper.description(request);
    int textChars = description.codePointCount(0, description.length());
    String html = LazadaHtml.paragraphs(description);
    int htmlChars = html.codePointCount(0, html.length());
    if (textChars <= capabilities.descriptionMaxChars()
        && htmlChars > capabilities.descriptionMaxChars()) {
      problems.add(MappingProblem.error(
          "product.descriptionVi",
          ProblemCode.DESCRIPTION_TOO_LONG,
          "must be at most " + capabilities.descriptionMaxChars()
              + " characters of HTML for Lazada: " + htmlChars));
    }

    Map<String, String> attributes = request
        .categoryMapping()
        .targetFor(request.product())
        .map(t -> (Map<String, String>) t.attributeValues(request.product()))
        .orElse(Map.of());
    List<VariantTier> tiers = request.product().tiers();
    for (int t = 0; t < tiers.size(); t++) {
      VariantTier tier = tiers.get(t);
      boolean custom = !attributes.containsKey(LazadaRules.SALE_PROP_PREFIX + tier.name());
      int nameChars = tier.name().codePointCount(0, tier.name().length());
      if (custom && nameChars > LazadaRules.VARIATION_NAME_MAX_CHARS) {
        problems.add(MappingProblem.error(
            "product.tiers[" + t + "].name",
            VARIATION_NAME_TOO_LONG,
            "must be at most " + LazadaRules.VARIATION_NAME_MAX_CHARS
                + " characters for a custom Lazada variation, or be mapped to a sale property"
                + " with the category attribute " + LazadaRules.SALE_PROP_PREFIX + tier.name()
                + ": " + nameChars));
      }
      for (int o = 0; o < tier.options().size(); o++) {
        String option = tier.options().get(o);
        int optionChars = option.codePointCount(0, option.length());
        if (optionChars > LazadaRules.VARIATION_OPTION_MAX_CHARS) {
          problems.add(MappingProblem.error(
              "product.tiers[" + t + "].options[" + o + "]",
              VARIATION_OPTION_TOO_LONG,
              "must be at most " + LazadaRules.VARIATION_OPTION_MAX_CHARS
                  + " characters for Lazada: " + optionChars));
        }
      }
    }

    if (request.brandId().isEmpty()) {
      problems.add(MappingProblem.warning(
          "brandId",
          ProblemCode.MISSING_ATTRIBUTE,
          "should be a Lazada brand_id; without one the listing is sent as \""
              + LazadaPayloads.NO_BRAND + "\""));
    }
    if (!request.logisticsChannelIds().isEmpty()) {
      problems.add(MappingProblem.warning(
          "logisticsChannelIds",
          IGNORED_FIELD,
          "are not sent: Lazada sets delivery options per seller"));
    }
    return problems;
  }
}
