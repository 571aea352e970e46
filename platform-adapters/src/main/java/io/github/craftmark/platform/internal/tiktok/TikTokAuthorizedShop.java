package io.github.craftmark.platform.internal.tiktok;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A shop an access token may act for, from {@code GET /authorization/202309/shops}.
 *
 * <p>Every shop API call names its shop by {@code shop_cipher}, the {@code cipher} here, not by the
 * shop id.
 *
 * @param id the shop id
 * @param name the shop name
 * @param region the shop's region, e.g. {@code "VN"}
 * @param cipher the value to send as {@code shop_cipher}
 * @param code the shop code
 * @param sellerType {@code LOCAL} or {@code CROSS_BORDER}
 */
public record TikTokAuthorizedShop(
    String id, String name, String region, String cipher, String code, String sellerType) {

  /**
   * Reads the shops from the {@code data} of a successful response.
   *
   * @param data the response data
   * @return the shops, in response order
   * @throws TikTokResponseException when a shop lacks its id or cipher
   */
  public static List<TikTokAuthorizedShop> listFrom(JsonNode data) {
    JsonNode shops = data.path("shops");
    if (!shops.isArray()) {
      throw new TikTokResponseException("authorized shops response must have a shops array");
    }
    List<TikTokAuthorizedShop> result = new ArrayList<>();
    for (JsonNode shop : shops) {
      String id = shop.path("id").asText("");
      String cipher = shop.path("cipher").asText("");
      if (id.isEmpty() || cipher.isEmpty()) {
        throw new TikTokResponseException("authorized shop must have an id and a cipher: " + id);
      }
      result.add(new TikTokAuthorizedShop(
          id,
          shop.path("name").asText(""),
          shop.path("region").asText(""),
          cipher,
          shop.path("code").asText(""),
          shop.path("seller_type").asText("")));
    }
    return List.copyOf(result);
  }
}
