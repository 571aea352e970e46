package io.github.craftmark.platform.internal.shopee;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.core.product.VariantTier;
import io.github.craftmark.platform.internal.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The request bodies and query parameters of the Shopee calls, written exactly as Shopee's API
 * reference names them. Prices are whole đồng (Shopee VN takes integers only).
 */
public final class ShopeePayloads {
  /** The most entries of {@code price_list} or {@code stock_list} in one call. */
  public static final int MAX_MODELS_PER_UPDATE = 50;

  /** The most ids in one {@code get_item_base_info} or {@code get_order_detail} call. */
  public static final int MAX_IDS_PER_DETAIL = 50;

  /** The largest {@code page_size} of {@code get_item_list} and {@code get_order_list}. */
  public static final int MAX_PAGE_SIZE = 100;

  private ShopeePayloads() {}

  /**
   * One value of an item attribute, as {@code attribute_value_list} carries it.
   *
   * @param valueId Shopee's value id, 0 for a free-text value
   * @param originalValueName the free text, empty when {@code valueId} names the value
   * @param unit the unit of a numeric value, empty when none
   */
  public record AttributeValue(long valueId, String originalValueName, String unit) {}

  /**
   * An item attribute of the leaf category.
   *
   * @param attributeId the attribute id from {@code get_attribute_tree}
   * @param values its values
   */
  public record Attribute(long attributeId, List<AttributeValue> values) {
    /** Copies the values. */
    public Attribute {
      values = List.copyOf(values);
    }
  }

  /**
   * Package size in whole centimetres, as Shopee takes it.
   *
   * @param lengthCm package length
   * @param widthCm package width
   * @param heightCm package height
   */
  public record PackageSize(int lengthCm, int widthCm, int heightCm) {
    /**
     * Rounds each side up to a whole centimetre, so the declared package is never smaller than the
     * real one.
     */
    public static PackageSize roundedUp(BigDecimal length, BigDecimal width, BigDecimal height) {
      return new PackageSize(ceil(length), ceil(width), ceil(height));
    }

    private static int ceil(BigDecimal cm) {
      return cm.setScale(0, RoundingMode.CEILING).intValueExact();
    }
  }

  /**
   * Everything {@code add_item} needs.
   *
   * @param itemName the title
   * @param description the plain-text description
   * @param itemSku the parent SKU
   * @param originalPrice the price in whole đồng (for a product with variants, the lowest; the
   *     models get their own prices)
   * @param stock the seller stock (for a product with variants, the total)
   * @param categoryId the leaf category id
   * @param imageIds ids of images already in Shopee's media space, main image first
   * @param attributes the attributes of the category
   * @param logisticIds the logistics channels to enable
   * @param weightKg the package weight in kilograms
   * @param packageSize the package size, if known
   * @param brandId the brand id; 0 means no brand
   * @param brandName the brand's name as Shopee knows it, empty for none
   */
  public record ItemSpec(
      String itemName,
      String description,
      String itemSku,
      long originalPrice,
      long stock,
      long categoryId,
      List<String> imageIds,
      List<Attribute> attributes,
      List<Long> logisticIds,
      BigDecimal weightKg,
      Optional<PackageSize> packageSize,
      long brandId,
      String brandName) {
    /** Copies the lists. */
    public ItemSpec {
      imageIds = List.copyOf(imageIds);
      attributes = List.copyOf(attributes);
      logisticIds = List.copyOf(logisticIds);
    }
  }

  /** The body of {@code add_item}. */
  public static byte[] addItem(ItemSpec spec) {
    ObjectNode body = Json.object();
    body.put("item_name", spec.itemName());
    body.put("description", spec.description());
    body.put("item_sku", spec.itemSku());
    body.put("original_price", spec.originalPrice());
    body.putArray("seller_stock").addObject().put("stock", spec.stock());
    body.put("category_id", spec.categoryId());
    ArrayNode images = body.putObject("image").putArray("image_id_list");
    spec.imageIds().forEach(images::add);
    if (!spec.attributes().isEmpty()) {
      ArrayNode attributes = body.putArray("attribute_list");
      for (Attribute attribute : spec.attributes()) {
        ObjectNode node = attributes.addObject();
        node.put("attribute_id", attribute.attributeId());
        ArrayNode values = node.putArray("attribute_value_list");
        for (AttributeValue value : attribute.values()) {
          ObjectNode v = values.addObject();
          v.put("value_id", value.valueId());
          if (!value.originalValueName().isEmpty()) {
            v.put("original_value_name", value.originalValueName());
          }
          if (!value.unit().isEmpty()) {
            v.put("value_unit", value.unit());
          }
        }
      }
    }
    ArrayNode logistics = body.putArray("logistic_info");
    for (long id : spec.logisticIds()) {
      logistics.addObject().put("logistic_id", id).put("enabled", true);
    }
    body.put("weight", spec.weightKg());
    spec.packageSize().ifPresent(size -> body.putObject("dimension")
        .put("package_length", size.lengthCm())
        .put("package_width", size.widthCm())
        .put("package_height", size.heightCm()));
    ObjectNode brand = body.putObject("brand").put("brand_id", spec.brandId());
    if (!spec.brandName().isEmpty()) {
      brand.put("original_brand_name", spec.brandName());
    }
    body.put("condition", "NEW");
    body.put("item_status", "NORMAL");
    return bytes(body);
  }

  /**
   * The body of {@code init_tier_variation}: the tiers with their options, and one model per
   * variant with its {@code tier_index}, price, SKU and stock.
   */
  public static byte[] initTierVariation(
      long itemId, List<VariantTier> tiers, List<Variant> variants) {
    ObjectNode body = Json.object();
    body.put("item_id", itemId);
    ArrayNode tierNodes = body.putArray("tier_variation");
    for (VariantTier tier : tiers) {
      ObjectNode node = tierNodes.addObject();
      node.put("name", tier.name());
      ArrayNode options = node.putArray("option_list");
      tier.options().forEach(option -> options.addObject().put("option", option));
    }
    ArrayNode models = body.putArray("model");
    for (Variant variant : variants) {
      ObjectNode model = models.addObject();
      ArrayNode index = model.putArray("tier_index");
      for (int t = 0; t < tiers.size(); t++) {
        index.add(tiers.get(t).options().indexOf(variant.options().get(t)));
      }
      model.put("original_price", variant.price().dong());
      model.put("model_sku", variant.sku().value());
      model.putArray("seller_stock").addObject().put("stock", variant.stock());
    }
    return bytes(body);
  }

  /**
   * A new price for one model.
   *
   * @param modelId the model id, 0 for an item without variants
   * @param price whole đồng
   */
  public record ModelPrice(long modelId, long price) {}

  /**
   * A new stock level for one model.
   *
   * @param modelId the model id, 0 for an item without variants
   * @param stock units in stock
   */
  public record ModelStock(long modelId, long stock) {}

  /** The body of {@code update_price} for at most 50 models of one item. */
  public static byte[] updatePrice(long itemId, List<ModelPrice> prices) {
    checkBatch("price_list", prices.size());
    ObjectNode body = Json.object();
    body.put("item_id", itemId);
    ArrayNode list = body.putArray("price_list");
    prices.forEach(
        p -> list.addObject().put("model_id", p.modelId()).put("original_price", p.price()));
    return bytes(body);
  }

  /** The body of {@code update_stock} for at most 50 models of one item. */
  public static byte[] updateStock(long itemId, List<ModelStock> stocks) {
    checkBatch("stock_list", stocks.size());
    ObjectNode body = Json.object();
    body.put("item_id", itemId);
    ArrayNode list = body.putArray("stock_list");
    for (ModelStock s : stocks) {
      ObjectNode node = list.addObject().put("model_id", s.modelId());
      node.putArray("seller_stock").addObject().put("stock", s.stock());
    }
    return bytes(body);
  }

  /** The query of one {@code get_item_list} page. */
  public static List<Map.Entry<String, String>> itemListQuery(
      long offset, int pageSize, List<String> statuses) {
    List<Map.Entry<String, String>> query = new ArrayList<>();
    query.add(Map.entry("offset", Long.toString(offset)));
    query.add(Map.entry("page_size", Integer.toString(pageSize)));
    statuses.forEach(status -> query.add(Map.entry("item_status", status)));
    return query;
  }

  /** The query of {@code get_item_base_info} for at most 50 items. */
  public static List<Map.Entry<String, String>> itemBaseInfoQuery(List<Long> itemIds) {
    checkIds("item_id_list", itemIds.size());
    return List.of(Map.entry("item_id_list", join(itemIds)));
  }

  /** The query of {@code get_model_list}. */
  public static List<Map.Entry<String, String>> modelListQuery(long itemId) {
    return List.of(Map.entry("item_id", Long.toString(itemId)));
  }

  /**
   * The query of one {@code get_order_list} page over a window of at most 15 days.
   *
   * @param timeRangeField {@code create_time} or {@code update_time}
   * @param from window start, inclusive
   * @param to window end
   * @param pageSize 1..100
   * @param cursor the previous page's {@code next_cursor}, empty for the first page
   */
  public static List<Map.Entry<String, String>> orderListQuery(
      String timeRangeField, Instant from, Instant to, int pageSize, String cursor) {
    List<Map.Entry<String, String>> query = new ArrayList<>();
    query.add(Map.entry("time_range_field", timeRangeField));
    query.add(Map.entry("time_from", Long.toString(from.getEpochSecond())));
    query.add(Map.entry("time_to", Long.toString(to.getEpochSecond())));
    query.add(Map.entry("page_size", Integer.toString(pageSize)));
    if (!cursor.isEmpty()) {
      query.add(Map.entry("cursor", cursor));
    }
    query.add(Map.entry("response_optional_fields", "order_status"));
    return query;
  }

  /** The fields {@code get_order_detail} returns only on request. */
  public static final String ORDER_DETAIL_FIELDS =
      "buyer_username,item_list,total_amount,pay_time,shipping_carrier";

  /** The query of {@code get_order_detail} for at most 50 orders. */
  public static List<Map.Entry<String, String>> orderDetailQuery(List<String> orderSns) {
    checkIds("order_sn_list", orderSns.size());
    return List.of(
        Map.entry("order_sn_list", String.join(",", orderSns)),
        Map.entry("response_optional_fields", ORDER_DETAIL_FIELDS));
  }

  private static String join(List<Long> ids) {
    StringJoiner joiner = new StringJoiner(",");
    ids.forEach(id -> joiner.add(Long.toString(id)));
    return joiner.toString();
  }

  private static void checkBatch(String field, int size) {
    if (size < 1 || size > MAX_MODELS_PER_UPDATE) {
      throw new InvalidValueException(
          field, "must have 1.." + MAX_MODELS_PER_UPDATE + " entries", size);
    }
  }

  private static void checkIds(String field, int size) {
    if (size < 1 || size > MAX_IDS_PER_DETAIL) {
      throw new InvalidValueException(
          field, "must have 1.." + MAX_IDS_PER_DETAIL + " entries", size);
    }
  }

  static byte[] bytes(ObjectNode body) {
    return Json.bytes(body);
  }
}
