package io.github.craftmark.platform.internal.shopee;

import io.github.craftmark.core.InvalidValueException;

/**
 * The shop-level common parameters: the shop id and its current access token.
 *
 * @param shopId the shop id, positive
 * @param accessToken the access token; never shown by {@link #toString()}
 */
public record ShopAuth(long shopId, String accessToken) {
  /** Validates both values without ever showing the token. */
  public ShopAuth {
    if (shopId <= 0) {
      throw new InvalidValueException("shopId", "must be positive", shopId);
    }
    if (accessToken == null || accessToken.isBlank()) {
      throw InvalidValueException.withoutValue("accessToken", "must not be blank");
    }
  }

  @Override
  public String toString() {
    return "ShopAuth[shopId=" + shopId + ", accessToken=***]";
  }
}
