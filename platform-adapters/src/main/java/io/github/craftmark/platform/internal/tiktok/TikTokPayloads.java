package io.github.craftmark.platform.internal.tiktok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.Dimensions;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.internal.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON request bodies of TikTok Shop's product calls, written compactly in a fixed field order
 * so that the signed bytes are exactly the sent bytes and tests can pin them.
 */
public final class TikTokPayloads {
  private TikTokPayloads() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A SKU id with its new price, for {@link #priceUpdate(List)}. */
  public record SkuPrice(String skuId, Money price) {}

  /** A SKU id with its new stock, for {@link #inventoryUpdate(List, String)}. */
  public record SkuQuantity(String skuId, int quantity) {}

  /** A SKU the inventory update refused, from the response's {@code data.errors}. */
  public record SkuError(String skuId, String code, String message) {}

  /**
   * The body of {@code POST /product/202309/products}.
   *
   * @param draft the mapped listing
   * @param imageUris the TikTok Shop URIs of the uploaded main images, in order
   * @param warehouseId the warehouse the stock is in
   * @return UTF-8 JSON
   */
  public static byte[] createProduct(
      ListingDraft draft, List<String> imageUris, String warehouseId) {
    ObjectNode body = NODES.objectNode();
    body.put("save_mode", "LISTING");
    body.put("title", draft.title());
    body.put("description", draft.description());
    body.put("category_id", draft.categoryId());
    draft.brandId().ifPresent(id -> body.put("brand_id", id));
    ArrayNode images = body.putArray("main_images");
    imageUris.forEach(uri -> images.addObject().put("uri", uri));
    ArrayNode skus = body.putArray("skus");
    for (Variant variant : draft.variants()) {
      ObjectNode sku = skus.addObject();
      ArrayNode attributes = sku.putArray("sales_attributes");
      for (int t = 0; t < draft.tiers().size(); t++) {
        attributes
            .addObject()
            .put("name", draft.tiers().get(t).name())
            .put("value_name", variant.options().get(t));
      }
      sku.putArray("inventory")
          .addObject()
          .put("warehouse_id", warehouseId)
          .put("quantity", variant.stock());
      sku.put("seller_sku", variant.sku().value());
      sku.putObject("price")
          .put("amount", TikTokMoney.amount(variant.price()))
          .put("currency", TikTokMoney.VND);
      identifier(variant.gtin()).ifPresent(code -> sku.set("identifier_code", code));
    }
    draft.weightGrams().ifPresent(grams -> body.putObject("package_weight")
        .put("value", kilograms(grams))
        .put("unit", "KILOGRAM"));
    draft.dimensions().ifPresent(d -> packageDimensions(body.putObject("package_dimensions"), d));
    if (!draft.attributes().isEmpty()) {
      ArrayNode attributes = body.putArray("product_attributes");
      for (Map.Entry<String, String> entry : draft.attributes().entrySet()) {
        ObjectNode attribute = attributes.addObject().put("id", entry.getKey());
        attribute.putArray("values").addObject().put("name", entry.getValue());
      }
    }
    if (!draft.logisticsChannelIds().isEmpty()) {
      ArrayNode options = body.putArray("delivery_option_ids");
      draft.logisticsChannelIds().forEach(options::add);
    }
    body.put("external_product_id", draft.sku().value());
    return write(body);
  }

  private static Optional<ObjectNode> identifier(Optional<Gtin> gtin) {
    return gtin.map(g -> {
      String type =
          switch (g.length()) {
            case 12 -> "UPC";
            case 14 -> "GTIN";
            default -> "EAN"; // 8 and 13 digits
          };
      return NODES.objectNode().put("code", g.value()).put("type", type);
    });
  }

  /** Grams as kilograms without trailing zeros: 1800 → "1.8", 250 → "0.25". */
  static String kilograms(int grams) {
    return BigDecimal.valueOf(grams).movePointLeft(3).stripTrailingZeros().toPlainString();
  }

  private static void packageDimensions(ObjectNode node, Dimensions d) {
    // TikTok Shop takes whole centimetres; rounding up keeps the parcel from being under-declared.
    node.put("length", wholeCm(d.lengthCm()))
        .put("width", wholeCm(d.widthCm()))
        .put("height", wholeCm(d.heightCm()))
        .put("unit", "CENTIMETER");
  }

  private static String wholeCm(BigDecimal cm) {
    return cm.setScale(0, RoundingMode.CEILING).toPlainString();
  }

  /** The body of {@code POST /product/202309/products/{id}/prices/update}. */
  public static byte[] priceUpdate(List<SkuPrice> prices) {
    ObjectNode body = NODES.objectNode();
    ArrayNode skus = body.putArray("skus");
    for (SkuPrice price : prices) {
      ObjectNode sku = skus.addObject().put("id", price.skuId());
      sku.putObject("price")
          .put("amount", TikTokMoney.amount(price.price()))
          .put("currency", TikTokMoney.VND);
    }
    return write(body);
  }

  /** The body of {@code POST /product/202309/products/{id}/inventory/update}. */
  public static byte[] inventoryUpdate(List<SkuQuantity> quantities, String warehouseId) {
    ObjectNode body = NODES.objectNode();
    ArrayNode skus = body.putArray("skus");
    for (SkuQuantity quantity : quantities) {
      ObjectNode sku = skus.addObject().put("id", quantity.skuId());
      sku.putArray("inventory")
          .addObject()
          .put("warehouse_id", warehouseId)
          .put("quantity", quantity.quantity());
    }
    return write(body);
  }

  /** Reads the SKUs an inventory update refused while the call as a whole succeeded. */
  public static List<SkuError> inventoryErrors(JsonNode data) {
    JsonNode errors = data.path("errors");
    if (!errors.isArray()) {
      return List.of();
    }
    java.util.ArrayList<SkuError> result = new java.util.ArrayList<>();
    for (JsonNode error : errors) {
      String skuId = error.path("detail").path("sku_id").asText("");
      result.add(new SkuError(
          skuId, error.path("code").asText("UNKNOWN"), error.path("message").asText("")));
    }
    return List.copyOf(result);
  }

  /** The body of a product search: every status, optionally only products with these SKUs. */
  public static byte[] productSearch(List<String> sellerSkus) {
    ObjectNode body = NODES.objectNode();
    if (!sellerSkus.isEmpty()) {
      ArrayNode skus = body.putArray("seller_skus");
      sellerSkus.forEach(skus::add);
    }
    return write(body);
  }

  /** The body of an order search for orders created at or after {@code since}, to the second. */
  public static byte[] orderSearch(Instant since) {
    return write(NODES.objectNode().put("create_time_ge", since.getEpochSecond()));
  }

  private static byte[] write(ObjectNode body) {
    return Json.bytes(body);
  }
}
