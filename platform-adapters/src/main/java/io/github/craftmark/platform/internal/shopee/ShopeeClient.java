package io.github.craftmark.platform.internal.shopee;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.auth.AccessToken;
import io.github.craftmark.platform.auth.TokenManager;
import io.github.craftmark.platform.auth.TokenRefresher;
import io.github.craftmark.platform.auth.TokenStore;
import io.github.craftmark.platform.http.HttpTransport;
import io.github.craftmark.platform.http.RateLimiter;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.http.TransportRequest;
import io.github.craftmark.platform.http.TransportResponse;
import io.github.craftmark.platform.shopee.ShopeeSigner;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends Shopee calls: signs each attempt afresh (the timestamp is valid five minutes), takes a
 * permit from the shop's rate limiter, uses and refreshes the shop's token through {@link
 * TokenManager}, reads the answer Shopee's way and turns a refusal into a {@link
 * PlatformException}. Retries follow the {@link RetryPolicy}, which knows Shopee's rate-limit
 * codes.
 *
 * <p>When Shopee refuses an access token ({@code invalid_acceess_token}), the token is refreshed
 * once, shared with every thread that saw the same refusal, and the call is sent again: Shopee did
 * not act on the refused call, so this is safe even for creations.
 */
public final class ShopeeClient implements TokenRefresher {
  private static final System.Logger LOG = System.getLogger(ShopeeClient.class.getName());
  private static final Marketplace SHOPEE = Marketplace.SHOPEE;

  private final URI baseUri;
  private final ShopeeSigner signer;
  private final HttpTransport transport;
  private final TokenStore tokenStore;
  private final Clock clock;
  private final RetryPolicy retryPolicy;
  private final RateLimiter rateLimiter;
  private final TokenManager tokens;

  /**
   * Creates the client.
   *
   * @param baseUri the API host
   * @param signer signs with the partner key
   * @param transport sends requests
   * @param tokenStore keeps the shops' tokens
   * @param clock gives timestamps and judges expiry
   * @param retryPolicy the user's policy; Shopee's rate-limit codes are added to it
   * @param rateLimiter the per-shop limiter
   */
  public ShopeeClient(
      URI baseUri,
      ShopeeSigner signer,
      HttpTransport transport,
      TokenStore tokenStore,
      Clock clock,
      RetryPolicy retryPolicy,
      RateLimiter rateLimiter) {
    ShopeeRequest.origin(baseUri);
    this.baseUri = baseUri;
    this.signer = signer;
    this.transport = transport;
    this.tokenStore = tokenStore;
    this.clock = clock;
    this.retryPolicy =
        retryPolicy.withRateLimitCodes(ShopeeEnvelope.RATE_LIMIT_CODES.toArray(String[]::new));
    this.rateLimiter = rateLimiter;
    this.tokens = TokenManager.builder(tokenStore, this).clock(clock).build();
  }

  /** Returns the retry policy in use, Shopee's rate-limit codes included. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** Returns Shopee's numeric shop id of a shop reference, or fails naming it. */
  public static long shopId(ShopRef shop) {
    if (shop == null) {
      throw new InvalidValueException("shop", "must not be null", null);
    }
    if (!shop.marketplace().equals(SHOPEE)) {
      throw new InvalidValueException("shop", "must be a Shopee shop", shop.key());
    }
    try {
      long id = Long.parseLong(shop.shopId());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidValueException(
        "shop.shopId", "must be Shopee's numeric shop_id", shop.shopId());
  }

  /**
   * Makes a shop-level call with the shop's access token.
   *
   * @param shop the shop
   * @param request the call
   * @return the successful answer
   * @throws PlatformException when Shopee refused it, after the retries the policy allows
   */
  public ShopeeEnvelope shopCall(ShopRef shop, ShopeeRequest request) {
    long id = shopId(shop);
    return retryPolicy.execute(safety(request), () -> {
      rateLimiter.acquire(shop);
      AccessToken token = tokens.token(shop);
      ShopeeEnvelope answer = send(request, new ShopAuth(id, token.accessToken()), shop);
      if (answer.accessTokenInvalid()) {
        LOG.log(
            System.Logger.Level.DEBUG,
            "Shopee refused the access token of shop {0}; refreshing it",
            shop.key());
        AccessToken fresh = tokens.refreshRejected(shop, token);
        rateLimiter.acquire(shop);
        answer = send(request, new ShopAuth(id, fresh.accessToken()), shop);
      }
      return succeeded(answer);
    });
  }

  /**
   * Makes a public call (no token), counted against a shop's rate limit.
   *
   * @param shop the shop the call is for
   * @param request the call
   * @return the successful answer
   * @throws PlatformException when Shopee refused it, after the retries the policy allows
   */
  public ShopeeEnvelope publicCall(ShopRef shop, ShopeeRequest request) {
    return retryPolicy.execute(safety(request), () -> {
      rateLimiter.acquire(shop);
      return succeeded(send(request, null, shop));
    });
  }

  /**
   * Exchanges the one-time authorisation code for the shop's first tokens and stores them.
   *
   * @param code the code from the authorisation redirect
   * @param shopId the shop id from the same redirect
   * @return the shop reference to use from now on
   */
  public ShopRef authorize(String code, long shopId) {
    ShopRef shop = ShopRef.of(SHOPEE, Long.toString(shopId));
    byte[] body = ShopeeTokenGrant.codeRequestBody(code, signer.partnerId(), shopId);
    Instant sent = clock.instant();
    ShopeeEnvelope answer =
        publicCall(shop, ShopeeRequest.postJson(ShopeeEndpoint.TOKEN_GET, body));
    ShopeeTokenGrant grant = read(answer, a -> ShopeeTokenGrant.from(a, shopId, sent));
    tokenStore.save(shop, toAccessToken(grant));
    LOG.log(
        System.Logger.Level.DEBUG,
        "shop {0} authorised; its access token expires at {1}",
        shop.key(),
        grant.expiresAt());
    return shop;
  }

  /**
   * Spends the single-use refresh token for a new pair; called by {@link TokenManager}, one at a
   * time per shop. Never retried: a lost answer may mean the refresh token is already spent.
   */
  @Override
  public AccessToken refresh(ShopRef shop, AccessToken current) {
    long id = shopId(shop);
    String refreshToken = current.refreshToken().orElseThrow(() -> PlatformException.builder(
            SHOPEE, PlatformException.NO_TOKEN)
        .message("shop " + shop.key() + " has no refresh token; the seller must authorise again")
        .build());
    byte[] body = ShopeeTokenGrant.refreshRequestBody(refreshToken, signer.partnerId(), id);
    rateLimiter.acquire(shop);
    Instant sent = clock.instant();
    ShopeeEnvelope answer =
        succeeded(send(ShopeeRequest.postJson(ShopeeEndpoint.ACCESS_TOKEN_GET, body), null, shop));
    return toAccessToken(read(answer, a -> ShopeeTokenGrant.from(a, id, sent)));
  }

  /**
   * Reads a successful answer, turning a malformed one, or one whose values the SDK's types refuse,
   * into {@link PlatformException#UNEXPECTED_RESPONSE}.
   *
   * @param answer the answer
   * @param reader the reader
   * @param <T> what it reads
   * @return the value
   */
  public static <T> T read(ShopeeEnvelope answer, Function<ShopeeEnvelope, T> reader) {
    try {
      return reader.apply(answer);
    } catch (ShopeeFormatException | InvalidValueException e) {
      // InvalidValueException: the answer's values do not make a valid SDK value (a blank name,
      // a negative price), which is the platform's failure, not the caller's.
      throw PlatformException.builder(SHOPEE, PlatformException.UNEXPECTED_RESPONSE)
          .message(e.getMessage())
          .requestId(answer.requestId())
          .httpStatus(answer.httpStatus())
          .cause(e)
          .build();
    }
  }

  /** Turns a refusal into the exception callers see. */
  public static PlatformException failure(ShopeeEnvelope answer) {
    return PlatformException.builder(SHOPEE, answer.error())
        .message(answer.message())
        .requestId(answer.requestId())
        .httpStatus(answer.httpStatus())
        .retryable(answer.retryable())
        .build();
  }

  private static ShopeeEnvelope succeeded(ShopeeEnvelope answer) {
    if (!answer.ok()) {
      throw failure(answer);
    }
    return answer;
  }

  private static RetryPolicy.Safety safety(ShopeeRequest request) {
    return request.endpoint().safeToRetry()
        ? RetryPolicy.Safety.IDEMPOTENT
        : RetryPolicy.Safety.NOT_IDEMPOTENT;
  }

  private ShopeeEnvelope send(ShopeeRequest request, ShopAuth auth, ShopRef shop) {
    TransportRequest wire = request.sign(baseUri, signer, clock.instant().getEpochSecond(), auth);
    TransportResponse response;
    try {
      response = transport.send(wire);
    } catch (IOException e) {
      throw PlatformException.builder(SHOPEE, PlatformException.TRANSPORT_ERROR)
          // The class, not the message: a transport's message may quote the URI, whose query
          // holds the access token.
          .message(request.endpoint().path() + " for shop " + shop.key() + " failed: "
              + e.getClass().getSimpleName())
          .retryable(true)
          .cause(e)
          .build();
    }
    ShopeeEnvelope answer = ShopeeEnvelope.parse(response.statusCode(), response.body());
    LOG.log(
        System.Logger.Level.DEBUG,
        "Shopee {0} {1} for shop {2}: HTTP {3} {4} request_id {5}",
        request.endpoint().method(),
        request.endpoint().path(),
        shop.key(),
        response.statusCode(),
        answer.ok() ? "ok" : answer.error(),
        answer.requestId());
    if (!answer.ok() && answer.rateLimited()) {
      Optional<Duration> wait = retryAfter(response);
      if (wait.isPresent()) {
        throw PlatformException.builder(SHOPEE, answer.error())
            .message(answer.message())
            .requestId(answer.requestId())
            .httpStatus(answer.httpStatus())
            .retryable(true)
            .retryAfter(wait.get())
            .build();
      }
    }
    return answer;
  }

  private static Optional<Duration> retryAfter(TransportResponse response) {
    try {
      return response
          .header("Retry-After")
          .map(String::strip)
          .map(Long::parseLong)
          .filter(seconds -> seconds >= 0 && seconds <= 86_400)
          .map(Duration::ofSeconds);
    } catch (NumberFormatException e) {
      return Optional.empty(); // an HTTP date: not worth trusting over our own back-off
    }
  }

  private static AccessToken toAccessToken(ShopeeTokenGrant grant) {
    return AccessToken.of(
        grant.accessToken(), grant.refreshToken(), grant.expiresAt(), grant.refreshExpiresAt());
  }

  /** Shows the host only. */
  @Override
  public String toString() {
    return "ShopeeClient[" + baseUri + "]";
  }
}
