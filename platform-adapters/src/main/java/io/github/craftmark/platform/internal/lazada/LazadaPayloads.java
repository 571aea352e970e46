package io.github.craftmark.platform.internal.lazada;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.Dimensions;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.core.product.VariantTier;
import io.github.craftmark.platform.ListingDraft;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code payload} parameters of Lazada's write APIs.
 *
 * <p>Lazada's product APIs take the payload as JSON since 2022 ("JSON format demo": CreateProduct,
 * UpdateProduct, UpdatePriceQuantity, SetImages; XML is still accepted). Every list is written as
 * an array, as that page requires, and every scalar as a string, as its examples do. MigrateImage
 * is documented with XML only, so its payload stays XML.
 */
final class LazadaPayloads {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Brand value Lazada uses for unbranded goods, sent when no brand id is given. */
  static final String NO_BRAND = "No Brand";

  private LazadaPayloads() {}

  /**
   * The JSON payload of {@code /product/create} for a mapped draft whose images are already on
   * Lazada.
   *
   * <p>Variant tiers are declared as Lazada variations ({@code variation1}, {@code variation2})
   * and each SKU names its options under {@code saleProp}, as the "Custom sales attributes" guide
   * shows: a tier mapped to a category sale property ({@code saleProp:<tier>} attribute, e.g.
   * {@code color_family}) uses that standard property, any other tier is a custom one named after
   * the tier. The {@code saleProp:} mapping attributes themselves are not sent as attributes.
   *
   * @param draft the draft; it has weight and dimensions (the mapper requires them)
   * @param imageUrls the Lazada URLs of the draft's images, in order
   */
  static String createProduct(ListingDraft draft, List<String> imageUrls) {
    ObjectNode product = JSON.objectNode();
    product.put("PrimaryCategory", draft.categoryId());
    ArrayNode imageList = product.putObject("Images").putArray("Image");
    imageUrls.forEach(imageList::add);

    List<String> salePropNames = new ArrayList<>();
    if (!draft.tiers().isEmpty()) {
      ObjectNode variations = product.putObject("variation");
      for (int t = 0; t < draft.tiers().size(); t++) {
        VariantTier tier = draft.tiers().get(t);
        String standard = draft.attributes().get(LazadaRules.SALE_PROP_PREFIX + tier.name());
        String name = standard != null ? standard : tier.name();
        salePropNames.add(name);
        ObjectNode variation = variations.putObject("variation" + (t + 1));
        variation.put("name", name);
        variation.put("hasImage", false);
        variation.put("customize", standard == null);
        ArrayNode options = variation.putObject("options").putArray("option");
        tier.options().forEach(options::add);
      }
    }

    ObjectNode attributes = product.putObject("Attributes");
    // Category attributes first: the fields the adapter owns below win over a same-named one.
    draft.attributes().forEach((name, value) -> {
      if (!name.startsWith(LazadaRules.SALE_PROP_PREFIX)) {
        attributes.put(name, value);
      }
    });
    attributes.put("name", draft.title());
    attributes.put("description", LazadaHtml.paragraphs(draft.description()));
    if (draft.brandId().isPresent()) {
      attributes.put("brand_id", draft.brandId().get());
    } else {
      attributes.put("brand", NO_BRAND);
    }

    Dimensions d = draft.dimensions().orElseThrow();
    String weight = kilograms(draft.weightGrams().orElseThrow());
    ArrayNode skus = product.putObject("Skus").putArray("Sku");
    for (Variant variant : draft.variants()) {
      ObjectNode sku = skus.addObject();
      sku.put("SellerSku", variant.sku().value());
      if (!salePropNames.isEmpty()) {
        ObjectNode saleProp = sku.putObject("saleProp");
        for (int t = 0; t < salePropNames.size(); t++) {
          saleProp.put(salePropNames.get(t), variant.options().get(t));
        }
      }
      sku.put("quantity", Integer.toString(variant.stock()));
      sku.put("price", price(variant.price()));
      sku.put("package_length", d.lengthCm().toPlainString());
      sku.put("package_width", d.widthCm().toPlainString());
      sku.put("package_height", d.heightCm().toPlainString());
      sku.put("package_weight", weight);
    }
    return request(product);
  }

  /**
   * One SKU of a {@code /product/price_quantity/update} call: which SKU, and its new price or its
   * new quantity (or both).
   *
   * @param itemId the Lazada item id
   * @param skuId the Lazada SKU id, if known
   * @param sellerSku the seller SKU
   * @param price the new price, if it changes
   * @param quantity the new quantity, if it changes
   */
  record SkuChange(
      String itemId,
      Optional<String> skuId,
      String sellerSku,
      Optional<Money> price,
      Optional<Integer> quantity) {}

  /** The JSON payload of {@code /product/price_quantity/update} (at most 50 SKUs per call). */
  static String priceQuantity(List<SkuChange> changes) {
    ObjectNode product = JSON.objectNode();
    ArrayNode skus = product.putObject("Skus").putArray("Sku");
    for (SkuChange change : changes) {
      ObjectNode sku = skus.addObject();
      sku.put("ItemId", change.itemId());
      change.skuId().ifPresent(id -> sku.put("SkuId", id));
      sku.put("SellerSku", change.sellerSku());
      change.price().ifPresent(p -> sku.put("Price", price(p)));
      change.quantity().ifPresent(q -> sku.put("Quantity", Integer.toString(q)));
    }
    return request(product);
  }

  /** The XML payload of {@code /image/migrate} for one image URL. */
  static String migrateImage(String url) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><Request><Image><Url>"
        + LazadaHtml.escape(url)
        + "</Url></Image></Request>";
  }

  /** VND has no minor unit: a whole number of đồng, no decimals, no separators. */
  static String price(Money price) {
    return Long.toString(price.dong());
  }

  /**
   * Grams to Lazada's {@code package_weight}: kilograms with at most two decimals, rounded up so
   * that the declared weight is never below the real one (1,801 g is 1.81 kg).
   */
  static String kilograms(int grams) {
    return BigDecimal.valueOf(grams)
        .movePointLeft(3)
        .setScale(2, RoundingMode.CEILING)
        .toPlainString();
  }

  private static String request(ObjectNode product) {
    ObjectNode root = JSON.objectNode();
    root.putObject("Request").set("Product", product);
    return LazadaJson.write(root);
  }
}
