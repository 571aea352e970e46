package io.github.craftmark.platform.internal.tiktok;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.craftmark.core.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A product from a TikTok Shop product search.
 *
 * @param id the TikTok product id
 * @param title the title
 * @param status e.g. {@code ACTIVATE}, {@code PENDING}, {@code FAILED}
 * @param skus the product's SKUs
 * @param updateTime when it last changed
 */
public record TikTokProduct(
    String id, String title, String status, List<Sku> skus, Instant updateTime) {

  /**
   * One SKU of a product.
   *
   * @param id the TikTok SKU id
   * @param sellerSku the seller's SKU, or an empty string
   * @param price the price (the {@code sale_price}, else {@code tax_exclusive_price})
   * @param quantity the stock summed over warehouses
   */
  public record Sku(String id, String sellerSku, Money price, long quantity) {}

  /** Reads the products of a search page. */
  public static List<TikTokProduct> listFrom(JsonNode data) {
    JsonNode products = data.path("products");
    if (products.isMissingNode() || products.isNull()) {
      return List.of();
    }
    if (!products.isArray()) {
      throw new TikTokResponseException("products must be an array: " + products.getNodeType());
    }
    List<TikTokProduct> result = new ArrayList<>();
    for (JsonNode product : products) {
      String id = TikTokOrder.text(product, "id", "product");
      List<Sku> skus = new ArrayList<>();
      for (JsonNode sku : product.path("skus")) {
        String skuId = TikTokOrder.text(sku, "id", "product " + id + " sku");
        JsonNode price = sku.path("price");
        String amount = price.hasNonNull("sale_price")
            ? price.path("sale_price").asText()
            : price.path("tax_exclusive_price").asText(null);
        long quantity = 0;
        for (JsonNode stock : sku.path("inventory")) {
          quantity += stock.path("quantity").asLong(0);
        }
        skus.add(new Sku(
            skuId,
            sku.path("seller_sku").asText(""),
            TikTokMoney.parse(
                "product " + id + " sku " + skuId + " price",
                amount,
                price.path("currency").asText("")),
            quantity));
      }
      result.add(new TikTokProduct(
          id,
          product.path("title").asText(""),
          product.path("status").asText(""),
          List.copyOf(skus),
          product.has("update_time")
              ? TikTokOrder.seconds(product, "update_time", "product " + id)
              : Instant.EPOCH));
    }
    return List.copyOf(result);
  }
}
