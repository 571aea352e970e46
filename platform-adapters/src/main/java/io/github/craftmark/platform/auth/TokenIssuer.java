package io.github.craftmark.platform.auth;

import io.github.craftmark.platform.ShopRef;

/**
 * Obtains a new token for a shop without a refresh token: the OAuth 2.0 client-credentials grant
 * (RFC 6749 section 4.4), as Tiki's in-house applications use it.
 *
 * <p>Give one to {@link TokenManager#issuing(TokenStore, TokenIssuer)}; the manager calls it when
 * the shop has no token or its token expires, at most once at a time per shop.
 */
@FunctionalInterface
public interface TokenIssuer {
  /**
   * Obtains a new token.
   *
   * @param shop the shop
   * @return the token
   * @throws io.github.craftmark.platform.PlatformException when the platform refuses
   */
  AccessToken issue(ShopRef shop);
}
