package io.github.craftmark.platform.auth;

import io.github.craftmark.platform.ShopRef;

/**
 * Renews a shop's tokens with the platform: each adapter implements this with its refresh call
 * (Shopee {@code /api/v2/auth/access_token/get}, Lazada {@code /auth/token/refresh}, TikTok Shop
 * {@code /api/v2/token/refresh}).
 *
 * <p>{@link TokenManager} calls it at most once at a time per shop, because refresh tokens are
 * single-use on some platforms: two concurrent refreshes would spend one token twice and lose the
 * shop's authorisation.
 */
@FunctionalInterface
public interface TokenRefresher {
  /**
   * Exchanges the current refresh token for new tokens.
   *
   * @param shop the shop
   * @param current its current tokens, with a usable refresh token
   * @return the new tokens
   * @throws io.github.craftmark.platform.PlatformException when the platform refuses
   */
  AccessToken refresh(ShopRef shop, AccessToken current);
}
