package io.github.craftmark.platform.internal.lazada;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.craftmark.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Readers for the {@code data} of successful Lazada replies, in the shapes the API reference shows. */
final class LazadaReplies {
  // Older replies write "2018-02-09 22:44:30 +0800"; the API reference now shows ISO-8601.
  private static final DateTimeFormatter LEGACY_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss Z");

  private LazadaReplies() {}

  /** {@code data.image.url} of {@code /image/upload} and {@code /image/migrate}. */
  static String imageUrl(String apiPath, LazadaResponse response) {
    return LazadaJson.text(response.data().path("image"), "url")
        .filter(url -> !url.isBlank())
        .orElseThrow(() -> new LazadaFormatException(apiPath, "has no data.image.url"));
  }

  /**
   * What {@code /product/create} created.
   *
   * @param itemId the new item id
   * @param skuIds the SKU id of each seller SKU
   */
  record Created(String itemId, Map<String, String> skuIds) {}

  static Created created(LazadaResponse response) {
    String path = "/product/create";
    JsonNode data = response.data();
    String itemId = LazadaJson.text(data, "item_id")
        .filter(id -> !id.isBlank())
        .orElseThrow(() -> new LazadaFormatException(path, "has no data.item_id"));
    Map<String, String> skuIds = new LinkedHashMap<>();
    for (JsonNode sku : data.path("sku_list")) {
      Optional<String> seller = LazadaJson.text(sku, "seller_sku");
      Optional<String> id = LazadaJson.text(sku, "sku_id");
      if (seller.isPresent() && id.isPresent()) {
        skuIds.put(seller.get(), id.get());
      }
    }
    return new Created(itemId, Map.copyOf(skuIds));
  }

  /**
   * One SKU of a product from {@code /products/get}.
   *
   * @param sellerSku {@code SellerSku}
   * @param skuId {@code SkuId}
   * @param price {@code price}, whole đồng
   * @param quantity {@code quantity} (falls back to {@code Available})
   * @param status {@code Status}
   */
  record ProductSku(
      Optional<String> sellerSku,
      Optional<String> skuId,
      Optional<Money> price,
      int quantity,
      Optional<String> status) {}

  /**
   * One product from {@code /products/get}.
   *
   * @param itemId {@code item_id}
   * @param name {@code attributes.name}
   * @param status {@code status}, e.g. {@code Active}, {@code InActive}, {@code Pending QC}
   * @param skus the SKUs
   * @param updatedAt {@code updated_time} (milliseconds)
   */
  record Product(
      String itemId,
      String name,
      String status,
      List<ProductSku> skus,
      Optional<Instant> updatedAt) {}

  /**
   * A page of {@code /products/get}.
   *
   * @param totalProducts {@code total_products}
   * @param products the products of this page
   */
  record ProductPage(long totalProducts, List<Product> products) {}

  static ProductPage productPage(LazadaResponse response) {
    String path = "/products/get";
    JsonNode data = response.data();
    long total = wholeNumber(data.path("total_products")).orElse(0L);
    List<Product> products = new ArrayList<>();
    for (JsonNode node : data.path("products")) {
      String itemId = LazadaJson.text(node, "item_id")
          .filter(id -> !id.isBlank())
          .orElseThrow(() -> new LazadaFormatException(path, "has a product without item_id"));
      List<ProductSku> skus = new ArrayList<>();
      for (JsonNode sku : node.path("skus")) {
        long quantity = wholeNumber(sku.path("quantity"))
            .or(() -> wholeNumber(sku.path("Available")))
            .orElse(0L);
        skus.add(new ProductSku(
            LazadaJson.text(sku, "SellerSku"),
            LazadaJson.text(sku, "SkuId"),
            LazadaJson.text(sku, "price").flatMap(LazadaReplies::money),
            (int) Math.max(0, Math.min(Integer.MAX_VALUE, quantity)),
            LazadaJson.text(sku, "Status")));
      }
      products.add(new Product(
          itemId,
          LazadaJson.text(node.path("attributes"), "name").orElse(""),
          LazadaJson.text(node, "status").orElse(""),
          List.copyOf(skus),
          wholeNumber(node.path("updated_time")).map(Instant::ofEpochMilli)));
    }
    return new ProductPage(total, List.copyOf(products));
  }

  /**
   * One order from {@code /orders/get}.
   *
   * @param orderId {@code order_id}
   * @param createdAt {@code created_at}
   * @param updatedAt {@code updated_at}
   * @param price {@code price}: items before vouchers and shipping
   * @param shippingFee {@code shipping_fee}
   * @param voucher {@code voucher}
   * @param statuses {@code statuses}: Lazada has no order status, only one per item
   * @param paymentMethod {@code payment_method}
   */
  record Order(
      String orderId,
      Instant createdAt,
      Instant updatedAt,
      Money price,
      Money shippingFee,
      Money voucher,
      List<String> statuses,
      Optional<String> paymentMethod) {}

  /**
   * A page of {@code /orders/get}.
   *
   * @param countTotal {@code countTotal}: all orders matching the filter
   * @param orders the orders of this page
   */
  record OrderPage(long countTotal, List<Order> orders) {}

  static OrderPage orderPage(LazadaResponse response) {
    String path = "/orders/get";
    JsonNode data = response.data();
    long countTotal = wholeNumber(data.path("countTotal")).orElse(0L);
    List<Order> orders = new ArrayList<>();
    for (JsonNode node : data.path("orders")) {
      String orderId = LazadaJson.text(node, "order_id")
          .filter(id -> !id.isBlank())
          .orElseThrow(() -> new LazadaFormatException(path, "has an order without order_id"));
      Instant created = LazadaJson.text(node, "created_at")
          .flatMap(LazadaReplies::instant)
          .orElseThrow(() -> new LazadaFormatException(path, "has an order without created_at"));
      Instant updated =
          LazadaJson.text(node, "updated_at").flatMap(LazadaReplies::instant).orElse(created);
      List<String> statuses = new ArrayList<>();
      node.path("statuses").forEach(s -> statuses.add(s.asText()));
      orders.add(new Order(
          orderId,
          created,
          updated,
          LazadaJson.text(node, "price").flatMap(LazadaReplies::money).orElse(Money.ZERO),
          LazadaJson.text(node, "shipping_fee").flatMap(LazadaReplies::money).orElse(Money.ZERO),
          LazadaJson.text(node, "voucher").flatMap(LazadaReplies::money).orElse(Money.ZERO),
          List.copyOf(statuses),
          LazadaJson.text(node, "payment_method")));
    }
    return new OrderPage(countTotal, List.copyOf(orders));
  }

  /**
   * One unit of an order from {@code /order/items/get}: Lazada lists two of the same SKU as two
   * items with their own ids.
   *
   * @param orderItemId {@code order_item_id}
   * @param listingId the item id: {@code product_id}, else the part of {@code shop_sku} before
   *     {@code _} (shop SKUs read {@code <item id>_<venture>-<sku id>})
   * @param sellerSku {@code sku}
   * @param skuId {@code sku_id}
   * @param name {@code name}
   * @param itemPrice {@code item_price}
   * @param paidPrice {@code paid_price}
   * @param status {@code status}
   */
  record OrderItem(
      String orderItemId,
      Optional<String> listingId,
      String sellerSku,
      Optional<String> skuId,
      String name,
      Money itemPrice,
      Money paidPrice,
      String status) {}

  static List<OrderItem> orderItems(LazadaResponse response) {
    String path = "/order/items/get";
    List<OrderItem> items = new ArrayList<>();
    for (JsonNode node : response.data()) {
      items.add(new OrderItem(
          LazadaJson.text(node, "order_item_id")
              .orElseThrow(
                  () -> new LazadaFormatException(path, "has an item without order_item_id")),
          LazadaJson.text(node, "product_id").filter(id -> !id.isBlank()).or(() -> LazadaJson.text(
                  node, "shop_sku")
              .filter(s -> s.indexOf('_') > 0)
              .map(s -> s.substring(0, s.indexOf('_')))),
          LazadaJson.text(node, "sku").orElse(""),
          LazadaJson.text(node, "sku_id"),
          LazadaJson.text(node, "name").orElse(""),
          LazadaJson.text(node, "item_price").flatMap(LazadaReplies::money).orElse(Money.ZERO),
          LazadaJson.text(node, "paid_price").flatMap(LazadaReplies::money).orElse(Money.ZERO),
          LazadaJson.text(node, "status").orElse("")));
    }
    return List.copyOf(items);
  }

  /**
   * Per-SKU failures of a write: the {@code detail} list that Lazada's product APIs attach to a
   * failed call ("check the detail field in the API response to understand the SKU where the error
   * occurred"). Keyed by seller SKU; entries without one are left out.
   */
  static Map<String, String> detailsBySellerSku(LazadaResponse response) {
    Map<String, String> failures = new LinkedHashMap<>();
    for (JsonNode detail : response.root().path("detail")) {
      Optional<String> sku =
          LazadaJson.text(detail, "seller_sku").or(() -> LazadaJson.text(detail, "SellerSku"));
      if (sku.isPresent()) {
        failures.put(sku.get(), LazadaJson.text(detail, "message").orElse(""));
      }
    }
    return failures;
  }

  /** A VND amount as Lazada writes it ({@code "350000"}, {@code "350000.00"}); fractions round half up. */
  static Optional<Money> money(String text) {
    try {
      BigDecimal amount = new BigDecimal(text.strip());
      if (amount.abs().compareTo(BigDecimal.valueOf(Money.MAX_DONG)) > 0) {
        return Optional.empty();
      }
      return Optional.of(Money.ofDong(amount.setScale(0, RoundingMode.HALF_UP).longValueExact()));
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** An order time: ISO-8601 with offset, or the older {@code "yyyy-MM-dd HH:mm:ss +0800"}. */
  static Optional<Instant> instant(String text) {
    String trimmed = text.strip();
    try {
      return Optional.of(OffsetDateTime.parse(trimmed).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(OffsetDateTime.parse(trimmed, LEGACY_TIME).toInstant());
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }

  /** A count or epoch value Lazada sends as a number or as a string of digits. */
  static Optional<Long> wholeNumber(JsonNode node) {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return Optional.of(node.asLong());
    }
    if (node.isTextual() && node.asText().strip().matches("[0-9]{1,18}")) {
      return Optional.of(Long.parseLong(node.asText().strip()));
    }
    return Optional.empty();
  }
}
