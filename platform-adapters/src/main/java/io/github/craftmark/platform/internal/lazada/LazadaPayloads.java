package io.github.craftmark.platform.internal.lazada;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.Dimensions;
import io.github.craftmark.core.product.Variant;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

  /** The JSON payload of {@code /product/create}. */
  static String createProduct(LazadaListingContent content) {
    ObjectNode product = JSON.objectNode();
    product.put("PrimaryCategory", content.primaryCategory());
    ObjectNode images = product.putObject("Images");
    ArrayNode imageList = images.putArray("Image");
    content.imageUrls().forEach(imageList::add);

    ObjectNode attributes = product.putObject("Attributes");
    // Category attributes first: the fields the adapter owns below win over a same-named one.
    content.attributes().forEach(attributes::put);
    attributes.put("name", content.name());
    attributes.put("description", LazadaHtml.paragraphs(content.description()));
    if (content.brandId().isPresent()) {
      attributes.put("brand_id", content.brandId().get());
    } else {
      attributes.put("brand", NO_BRAND);
    }

    ArrayNode skus = product.putObject("Skus").putArray("Sku");
    for (Variant variant : content.variants()) {
      ObjectNode sku = skus.addObject();
      sku.put("SellerSku", variant.sku().value());
      if (!content.tiers().isEmpty()) {
        ObjectNode saleProp = sku.putObject("saleProp");
        for (int t = 0; t < content.tiers().size(); t++) {
          String tierName = content.tiers().get(t).name();
          saleProp.put(content.salePropByTier().get(tierName), variant.options().get(t));
        }
      }
      sku.put("quantity", Integer.toString(variant.stock()));
      sku.put("price", price(variant.price()));
      Dimensions d = content.dimensions();
      sku.put("package_length", d.lengthCm().toPlainString());
      sku.put("package_width", d.widthCm().toPlainString());
      sku.put("package_height", d.heightCm().toPlainString());
      sku.put("package_weight", kilograms(content.weightGrams()));
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
