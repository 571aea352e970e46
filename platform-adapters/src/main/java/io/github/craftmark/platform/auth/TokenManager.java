package io.github.craftmark.platform.auth;

import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.internal.Checks;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Hands out a valid access token for a shop, refreshing it when it is about to expire: one refresh
 * at a time per shop, shared by every thread that asked.
 *
 * <p>When {@link #token(ShopRef)} finds the stored token expired, or expiring within the refresh
 * margin (default 5 minutes), the first caller refreshes it through the {@link TokenRefresher} and
 * saves the result; every concurrent caller for that shop waits for that one refresh and gets its
 * result. So a single-use refresh token is never spent twice by this process. A failed refresh is
 * thrown to every waiting caller and not remembered: the next call tries again. Platforms without
 * refresh tokens (client credentials) use {@link #issuing(TokenStore, TokenIssuer)} instead.
 *
 * <p>Thread-safe. The {@link Clock} is injected so tests can pin the time.
 */
public final class TokenManager {
  private static final System.Logger LOG = System.getLogger(TokenManager.class.getName());

  private final TokenStore store;
  private final TokenRefresher refresher;
  private final TokenIssuer issuer;
  private final Clock clock;
  private final Duration refreshMargin;
  private final ConcurrentHashMap<String, CompletableFuture<AccessToken>> inFlight =
      new ConcurrentHashMap<>();

  private TokenManager(Builder b) {
    this.store = b.store;
    this.refresher = b.refresher;
    this.issuer = b.issuer;
    this.clock = b.clock;
    this.refreshMargin = b.refreshMargin;
  }

  /**
   * Returns a builder.
   *
   * @param store where tokens are kept
   * @param refresher how the platform renews them
   * @return the builder
   */
  public static Builder builder(TokenStore store, TokenRefresher refresher) {
    return new Builder(store, Checks.notNull("refresher", refresher), null);
  }

  /**
   * Returns a builder for a platform whose tokens come without a refresh token (OAuth client
   * credentials): the issuer is called when the shop has no token or its token expires within the
   * margin, once at a time per shop.
   *
   * @param store where tokens are kept
   * @param issuer how the platform issues them
   * @return the builder
   */
  public static Builder issuing(TokenStore store, TokenIssuer issuer) {
    return new Builder(store, null, Checks.notNull("issuer", issuer));
  }

  /**
   * Returns a valid token for the shop, refreshing it first if it expires within the margin.
   *
   * @param shop the shop
   * @return a token valid for at least the refresh margin
   * @throws PlatformException {@link PlatformException#NO_TOKEN} when the shop has no token or its
   *     refresh token has expired (the seller must authorise again); the refresher's failure when
   *     the refresh failed
   */
  public AccessToken token(ShopRef shop) {
    Checks.notNull("shop", shop);
    Optional<AccessToken> current = store.load(shop);
    if (current.isPresent() && !current.get().expiresWithin(clock.instant(), refreshMargin)) {
      return current.get();
    }
    if (current.isEmpty() && issuer == null) {
      throw noToken(shop);
    }
    return refreshShared(shop, null);
  }

  /**
   * Refreshes the shop's token because the platform refused it (revoked, or expired early), unless
   * another thread already replaced it.
   *
   * @param shop the shop
   * @param rejected the token the platform refused
   * @return a token other than {@code rejected}
   * @throws PlatformException as for {@link #token(ShopRef)}
   */
  public AccessToken refreshRejected(ShopRef shop, AccessToken rejected) {
    Checks.notNull("shop", shop);
    Checks.notNull("rejected", rejected);
    return refreshShared(shop, rejected);
  }

  private static PlatformException noToken(ShopRef shop) {
    return PlatformException.builder(shop.marketplace(), PlatformException.NO_TOKEN)
        .message("shop " + shop.key() + " has not authorised the application")
        .build();
  }

  private AccessToken refreshShared(ShopRef shop, AccessToken rejected) {
    CompletableFuture<AccessToken> mine = new CompletableFuture<>();
    CompletableFuture<AccessToken> running = inFlight.putIfAbsent(shop.key(), mine);
    if (running != null) {
      return await(shop, running);
    }
    try {
      AccessToken fresh = refreshNow(shop, rejected);
      // Remove before completing: a caller arriving after the removal reads the saved token
      // instead of starting a refresh with a spent refresh token.
      inFlight.remove(shop.key(), mine);
      mine.complete(fresh);
      return fresh;
    } catch (RuntimeException | Error e) {
      inFlight.remove(shop.key(), mine);
      mine.completeExceptionally(e);
      throw e;
    }
  }

  private AccessToken refreshNow(ShopRef shop, AccessToken rejected) {
    // Another thread may have refreshed between our read and taking the slot.
    Optional<AccessToken> stored = store.load(shop);
    AccessToken fresh;
    if (stored.isEmpty()) {
      if (issuer == null) {
        throw noToken(shop);
      }
      fresh = issuer.issue(shop);
    } else {
      AccessToken current = stored.get();
      boolean stillRejected = rejected != null && current.equals(rejected);
      if (!stillRejected && !current.expiresWithin(clock.instant(), refreshMargin)) {
        return current;
      }
      if (issuer != null) {
        fresh = issuer.issue(shop);
      } else if (!current.canRefresh(clock.instant())) {
        throw PlatformException.builder(shop.marketplace(), PlatformException.NO_TOKEN)
            .message("the refresh token of shop " + shop.key()
                + " has expired or is missing; the seller must authorise again")
            .build();
      } else {
        fresh = refresher.refresh(shop, current);
      }
    }
    Checks.notNull("refreshed token", fresh);
    store.save(shop, fresh);
    LOG.log(
        System.Logger.Level.DEBUG,
        "refreshed the token of shop {0}; it expires at {1}",
        shop.key(),
        fresh.expiresAt());
    return fresh;
  }

  private static AccessToken await(ShopRef shop, CompletableFuture<AccessToken> running) {
    try {
      return running.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw PlatformException.builder(shop.marketplace(), PlatformException.TRANSPORT_ERROR)
          .message("interrupted while waiting for the token refresh of shop " + shop.key())
          .cause(e)
          .build();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new CompletionException(cause);
    }
  }

  /** Returns the refresh margin. */
  @Override
  public String toString() {
    return "TokenManager[margin " + refreshMargin + "]";
  }

  /** Builds a {@link TokenManager}. */
  public static final class Builder {
    private final TokenStore store;
    private final TokenRefresher refresher;
    private final TokenIssuer issuer;
    private Clock clock = Clock.systemUTC();
    private Duration refreshMargin = Duration.ofMinutes(5);

    private Builder(TokenStore store, TokenRefresher refresher, TokenIssuer issuer) {
      this.store = Checks.notNull("store", store);
      this.refresher = refresher;
      this.issuer = issuer;
    }

    /**
     * Sets the clock expiry is judged by.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /**
     * Sets how long before expiry a token is refreshed.
     *
     * @param margin 0 or more
     * @return this builder
     */
    public Builder refreshMargin(Duration margin) {
      this.refreshMargin = Checks.nonNegative("refreshMargin", margin);
      return this;
    }

    /**
     * Builds the manager.
     *
     * @return the manager
     */
    public TokenManager build() {
      return new TokenManager(this);
    }
  }
}
