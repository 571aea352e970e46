package io.github.craftmark.platform.internal.lazada;

import io.github.craftmark.platform.auth.TokenStore;
import io.github.craftmark.platform.http.HttpTransport;
import io.github.craftmark.platform.http.RateLimiter;
import io.github.craftmark.platform.http.RetryPolicy;
import io.github.craftmark.platform.lazada.LazadaSigner;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Everything a {@link LazadaService} runs with, checked by the public builder that makes it.
 *
 * @param appKey the app key
 * @param signer the signer holding the app secret
 * @param gateway the venture's API gateway, e.g. {@code https://api.lazada.vn/rest}
 * @param authGateway the auth gateway for the token calls
 * @param authorizeEndpoint the page sellers open to authorise the app
 * @param venture the country code of the shops, e.g. {@code vn}
 * @param transport how requests are sent
 * @param tokenStore where shops' tokens are kept
 * @param clock timestamps, token expiry, order windows
 * @param retryPolicy the user's retry policy (Lazada's rate-limit codes are added to it)
 * @param rateLimiter the per-shop limiter
 * @param random multipart boundaries
 * @param skusPerBatch SKUs per price or stock call, 1..50
 * @param refreshMargin how long before expiry a token is refreshed
 */
public record LazadaConfig(
    String appKey,
    LazadaSigner signer,
    URI gateway,
    URI authGateway,
    URI authorizeEndpoint,
    String venture,
    HttpTransport transport,
    TokenStore tokenStore,
    Clock clock,
    RetryPolicy retryPolicy,
    RateLimiter rateLimiter,
    RandomGenerator random,
    int skusPerBatch,
    Duration refreshMargin) {

  /** Lazada's gateway for Vietnam ("API endpoint URLs"). */
  public static final URI VIETNAM_GATEWAY = URI.create("https://api.lazada.vn/rest");

  /** The central auth gateway for all ventures. */
  public static final URI AUTH_GATEWAY = LazadaOAuth.AUTH_GATEWAY;

  /** The authorisation page. */
  public static final URI AUTHORIZE_ENDPOINT = LazadaOAuth.AUTHORIZE_ENDPOINT;

  /** Lazada advises refreshing "30 minutes before the token expires". */
  public static final Duration REFRESH_MARGIN = Duration.ofMinutes(30);
}
