package io.github.craftmark.platform;

import io.github.craftmark.platform.internal.Checks;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which seller's shop on which marketplace a call acts for: the marketplace and the shop id the
 * platform gave at authorisation, e.g. Shopee's numeric {@code shop_id}.
 *
 * <p>{@code properties} carries what a platform needs besides the id, e.g. TikTok Shop's {@code
 * shop_cipher} or a Lazada country; each adapter documents the names it reads. Tokens, rate limits
 * and logs key a shop by {@link #key()} (marketplace and id), never by the properties.
 *
 * @param marketplace the marketplace
 * @param shopId the platform's id of the shop, 1..128 characters without white space
 * @param properties platform-specific values by name, e.g. {@code "shop_cipher"}
 */
public record ShopRef(
    Marketplace marketplace, String shopId, SortedMap<String, String> properties) {
  /**
   * Validates the reference.
   *
   * @param marketplace the marketplace
   * @param shopId the platform's id of the shop, 1..128 characters without white space
   * @param properties platform-specific values by name, e.g. {@code "shop_cipher"}
   */
  public ShopRef {
    Checks.notNull("marketplace", marketplace);
    Checks.token("shopId", shopId, 128);
    properties = Checks.strings("properties", properties);
  }

  /**
   * Returns a reference to a shop without platform-specific properties.
   *
   * @param marketplace the marketplace
   * @param shopId the platform's id of the shop
   * @return the reference
   */
  public static ShopRef of(Marketplace marketplace, String shopId) {
    return new ShopRef(marketplace, shopId, new TreeMap<>());
  }

  /**
   * Returns a copy with one more platform-specific property, replacing one of the same name.
   *
   * @param name the property's name, e.g. {@code "shop_cipher"}
   * @param value its value
   * @return the copy
   */
  public ShopRef withProperty(String name, String value) {
    TreeMap<String, String> copy = new TreeMap<>(properties);
    copy.put(Checks.text("name", name, 200), Checks.text("value", value, 2000));
    return new ShopRef(marketplace, shopId, copy);
  }

  /**
   * Returns a platform-specific property.
   *
   * @param name the property's name
   * @return its value, or empty
   */
  public Optional<String> property(String name) {
    return Optional.ofNullable(properties.get(name));
  }

  /**
   * Returns the key that identifies the shop across CraftMark: {@code marketplace + ":" +
   * shopId}, e.g. {@code "shopee:123456"}.
   *
   * @return the key
   */
  public String key() {
    return marketplace.code() + ":" + shopId;
  }

  /** Returns {@link #key()}; properties are left out. */
  @Override
  public String toString() {
    return key();
  }
}
