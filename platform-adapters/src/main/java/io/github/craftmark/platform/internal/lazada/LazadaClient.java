package io.github.craftmark.platform.internal.lazada;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.auth.AccessToken;
import io.github.craftmark.platform.auth.TokenManager;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.http.TransportRequest;
import io.github.craftmark.platform.http.TransportResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends Lazada calls: paces them per shop, retries what is safe to retry, refreshes a rejected
 * token once, and turns Lazada's answers into values or {@link PlatformException}s.
 */
final class LazadaClient {
  private static final System.Logger LOG = System.getLogger(LazadaClient.class.getName());

  private final LazadaConfig config;
  private final LazadaRequests requests;
  private final RetryPolicy retry;
  private final TokenManager tokens;

  LazadaClient(LazadaConfig config) {
    this.config = config;
    this.requests =
        new LazadaRequests(config.appKey(), config.signer(), config.clock(), config.random());
    this.retry = config
        .retryPolicy()
        .withRateLimitCodes(LazadaResponse.RATE_LIMIT_CODES.toArray(new String[0]));
    this.tokens = TokenManager.builder(config.tokenStore(), this::refresh)
        .clock(config.clock())
        .refreshMargin(config.refreshMargin())
        .build();
  }

  LazadaRequests requests() {
    return requests;
  }

  TokenManager tokens() {
    return tokens;
  }

  /** A GET for a shop. */
  LazadaResponse get(ShopRef shop, String apiPath, Map<String, String> parameters) {
    return call(
        shop,
        RetryPolicy.Safety.IDEMPOTENT,
        apiPath,
        token -> requests.get(config.gateway(), apiPath, parameters, Optional.of(token)));
  }

  /** A form POST for a shop. */
  LazadaResponse post(
      ShopRef shop, RetryPolicy.Safety safety, String apiPath, Map<String, String> parameters) {
    return call(
        shop,
        safety,
        apiPath,
        token -> requests.postForm(config.gateway(), apiPath, parameters, Optional.of(token)));
  }

  /**
   * Makes a call for a shop with its current token. A token Lazada rejects ({@code
   * IllegalAccessToken}: revoked, or expired early) is refreshed once through the {@link
   * TokenManager} and the call made again; the gateway refuses such a call before doing anything,
   * so this is safe even for creations. Rate limits and server errors are retried by the policy
   * when the call is idempotent.
   *
   * @return Lazada's answer, success or a business error (the caller decides)
   * @throws PlatformException for a rate limit or server error left after retries, a transport
   *     failure, or a shop without a usable token
   */
  LazadaResponse call(
      ShopRef shop,
      RetryPolicy.Safety safety,
      String apiPath,
      Function<String, TransportRequest> request) {
    return retry.execute(safety, () -> {
      AccessToken token = tokens.token(shop);
      LazadaResponse response =
          sendOnce(Optional.of(shop), apiPath, request.apply(token.accessToken()));
      if (response.isTokenRejected()) {
        LOG.log(
            System.Logger.Level.DEBUG, "Lazada rejected the token of shop {0}; refreshing", shop);
        AccessToken fresh = tokens.refreshRejected(shop, token);
        response = sendOnce(Optional.of(shop), apiPath, request.apply(fresh.accessToken()));
      }
      return response;
    });
  }

  /** A token call on the auth gateway, signed with the app key and secret only; never retried. */
  LazadaResponse authCall(String apiPath, Map<String, String> parameters) {
    return sendOnce(
        Optional.empty(),
        apiPath,
        requests.postForm(config.authGateway(), apiPath, parameters, Optional.empty()));
  }

  /** Lazada's {@code /auth/token/refresh}, for the {@link TokenManager}. */
  private AccessToken refresh(ShopRef shop, AccessToken current) {
    String refreshToken = current.refreshToken().orElseThrow(() -> PlatformException.builder(
            Marketplace.LAZADA, PlatformException.NO_TOKEN)
        .message("shop " + shop.key() + " has no refresh token; the seller must authorise again")
        .build());
    java.time.Instant sent = config.clock().instant();
    LazadaResponse response =
        require(authCall(LazadaOAuth.TOKEN_REFRESH, Map.of("refresh_token", refreshToken)));
    return read(
        response,
        r -> toAccessToken(LazadaTokenGrant.parse(LazadaOAuth.TOKEN_REFRESH, r.root(), sent)));
  }

  static AccessToken toAccessToken(LazadaTokenGrant grant) {
    if (grant.refreshToken().isEmpty() || !grant.refreshExpiresAt().isAfter(grant.issuedAt())) {
      return AccessToken.withoutRefresh(grant.accessToken(), grant.expiresAt());
    }
    return AccessToken.of(
        grant.accessToken(), grant.refreshToken(), grant.expiresAt(), grant.refreshExpiresAt());
  }

  private LazadaResponse sendOnce(
      Optional<ShopRef> shop, String apiPath, TransportRequest request) {
    shop.ifPresent(s -> config.rateLimiter().acquire(s));
    TransportResponse answer;
    try {
      answer = config.transport().send(request);
    } catch (IOException e) {
      throw PlatformException.builder(Marketplace.LAZADA, PlatformException.TRANSPORT_ERROR)
          .message("no answer from Lazada " + apiPath + ": " + e.getClass().getSimpleName())
          .retryable(true)
          .cause(e)
          .build();
    }
    LazadaResponse response = LazadaResponse.parse(answer.statusCode(), answer.body());
    if (response.isRetryable()) {
      throw failure(response, retryAfter(answer));
    }
    return response;
  }

  /** Returns a successful answer, or throws its error. */
  static LazadaResponse require(LazadaResponse response) {
    if (!response.isSuccess()) {
      throw failure(response, Optional.empty());
    }
    return response;
  }

  static PlatformException failure(LazadaResponse response, Optional<Duration> retryAfter) {
    PlatformException.Builder failure = PlatformException.builder(
            Marketplace.LAZADA, response.errorCode())
        .message(response.errorMessage())
        .httpStatus(response.httpStatus())
        .retryable(response.isRetryable());
    response.requestId().ifPresent(failure::requestId);
    retryAfter.ifPresent(failure::retryAfter);
    return failure.build();
  }

  /**
   * Reads a successful answer; a reply of the wrong shape is an {@link
   * PlatformException#UNEXPECTED_RESPONSE}, with Lazada's request id to quote.
   */
  static <T> T read(LazadaResponse response, Function<LazadaResponse, T> reader) {
    try {
      return reader.apply(response);
    } catch (LazadaFormatException | InvalidValueException e) {
      PlatformException.Builder failure = PlatformException.builder(
              Marketplace.LAZADA, PlatformException.UNEXPECTED_RESPONSE)
          .message(e.getMessage())
          .httpStatus(response.httpStatus())
          .cause(e);
      response.requestId().ifPresent(failure::requestId);
      throw failure.build();
    }
  }

  private static Optional<Duration> retryAfter(TransportResponse answer) {
    return answer
        .header("Retry-After")
        .map(String::strip)
        .filter(v -> v.matches("[0-9]{1,6}"))
        .map(v -> Duration.ofSeconds(Long.parseLong(v)));
  }
}
