package io.github.craftmark.platform.auth;

import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.internal.Checks;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link TokenStore} in memory: thread-safe, lost when the process ends. Good for tests, scripts
 * and single-process tools; a long-running service should persist tokens, since a lost refresh
 * token means the seller must authorise again.
 */
public final class InMemoryTokenStore implements TokenStore {
  private final ConcurrentHashMap<String, AccessToken> tokens = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryTokenStore() {}

  @Override
  public Optional<AccessToken> load(ShopRef shop) {
    return Optional.ofNullable(tokens.get(Checks.notNull("shop", shop).key()));
  }

  @Override
  public void save(ShopRef shop, AccessToken token) {
    tokens.put(Checks.notNull("shop", shop).key(), Checks.notNull("token", token));
  }

  @Override
  public void remove(ShopRef shop) {
    tokens.remove(Checks.notNull("shop", shop).key());
  }

  /** Returns how many shops have tokens; never the tokens. */
  @Override
  public String toString() {
    return "InMemoryTokenStore[" + tokens.size() + " shops]";
  }
}
