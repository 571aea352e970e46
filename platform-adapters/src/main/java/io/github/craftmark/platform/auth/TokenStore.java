package io.github.craftmark.platform.auth;

import io.github.craftmark.platform.ShopRef;
import java.util.Optional;

/**
 * Keeps each shop's {@link AccessToken}s between calls and between runs.
 *
 * <p>The default, {@link InMemoryTokenStore}, forgets them on exit; an application implements this
 * over its database (encrypt the tokens at rest). Shops are keyed by {@link ShopRef#key()}.
 * Implementations must be safe to call from many threads; {@link TokenManager} serialises the
 * refreshes of a shop within one process, so a store need not.
 */
public interface TokenStore {
  /**
   * Loads a shop's tokens.
   *
   * @param shop the shop
   * @return its tokens, or empty when the shop has not authorised the application
   */
  Optional<AccessToken> load(ShopRef shop);

  /**
   * Saves a shop's tokens, replacing any it had.
   *
   * @param shop the shop
   * @param token its tokens
   */
  void save(ShopRef shop, AccessToken token);

  /**
   * Forgets a shop's tokens, e.g. when the seller revokes the authorisation.
   *
   * @param shop the shop
   */
  void remove(ShopRef shop);
}
