package io.github.craftmark.platform.auth;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A shop's OAuth tokens: the access token calls carry and the refresh token that renews it, with
 * the instants each expires.
 *
 * <p>Platforms state expiry differently: Shopee gives durations in seconds ({@code expire_in}),
 * TikTok Shop absolute Unix times ({@code access_token_expire_in}). Adapters convert to instants
 * once, with {@link #of(String, String, Instant, Instant)}, so nothing downstream can confuse the
 * two. Some platforms (client-credential flows) have no refresh token: see {@link
 * #withoutRefresh(String, Instant)}.
 *
 * <p>The token texts are secrets: {@link #toString()} shows only the expiry instants, and equality
 * compares them in constant time.
 */
public final class AccessToken {
  private static final int MAX_TOKEN_LENGTH = 4096;

  private final String accessToken;
  private final String refreshToken;
  private final Instant expiresAt;
  private final Instant refreshExpiresAt;

  private AccessToken(
      String accessToken, String refreshToken, Instant expiresAt, Instant refreshExpiresAt) {
    this.accessToken = Checks.secret("accessToken", accessToken, MAX_TOKEN_LENGTH);
    this.refreshToken =
        refreshToken == null ? null : Checks.secret("refreshToken", refreshToken, MAX_TOKEN_LENGTH);
    this.expiresAt = Checks.notNull("expiresAt", expiresAt);
    this.refreshExpiresAt = refreshExpiresAt;
    if (refreshToken != null) {
      Checks.notNull("refreshExpiresAt", refreshExpiresAt);
    }
  }

  /**
   * Returns tokens with a refresh token.
   *
   * @param accessToken the access token
   * @param refreshToken the refresh token
   * @param expiresAt when the access token stops working
   * @param refreshExpiresAt when the refresh token stops working
   * @return the tokens
   * @throws InvalidValueException when a token is blank, too long or has white space (the message
   *     does not show it)
   */
  public static AccessToken of(
      String accessToken, String refreshToken, Instant expiresAt, Instant refreshExpiresAt) {
    return new AccessToken(
        accessToken,
        Checks.secret("refreshToken", refreshToken, MAX_TOKEN_LENGTH),
        expiresAt,
        refreshExpiresAt);
  }

  /**
   * Returns an access token that cannot be refreshed, only fetched again.
   *
   * @param accessToken the access token
   * @param expiresAt when it stops working
   * @return the token
   */
  public static AccessToken withoutRefresh(String accessToken, Instant expiresAt) {
    return new AccessToken(accessToken, null, expiresAt, null);
  }

  /**
   * Returns the access token text, to put in a request. A secret: never log it.
   *
   * @return the access token
   */
  public String accessToken() {
    return accessToken;
  }

  /**
   * Returns the refresh token text, to renew the access token. A secret: never log it.
   *
   * @return the refresh token, or empty when there is none
   */
  public Optional<String> refreshToken() {
    return Optional.ofNullable(refreshToken);
  }

  /**
   * Returns when the access token stops working.
   *
   * @return the instant
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * Returns when the refresh token stops working; after that the seller must authorise again.
   *
   * @return the instant, or empty when there is no refresh token
   */
  public Optional<Instant> refreshExpiresAt() {
    return Optional.ofNullable(refreshExpiresAt);
  }

  /**
   * Tells whether the access token has expired, or will within a margin.
   *
   * @param now the current instant
   * @param margin how long before expiry to count it as expired
   * @return true when {@code now + margin} is at or after {@link #expiresAt()}
   */
  public boolean expiresWithin(Instant now, Duration margin) {
    return !now.plus(margin).isBefore(expiresAt);
  }

  /**
   * Tells whether the refresh token can still be used.
   *
   * @param now the current instant
   * @return true when there is a refresh token and it has not expired
   */
  public boolean canRefresh(Instant now) {
    return refreshToken != null && now.isBefore(refreshExpiresAt);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessToken other
        && same(accessToken, other.accessToken)
        && same(refreshToken, other.refreshToken)
        && expiresAt.equals(other.expiresAt)
        && Objects.equals(refreshExpiresAt, other.refreshExpiresAt);
  }

  private static boolean same(String a, String b) {
    if (a == null || b == null) {
      return a == b;
    }
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    // Expiry only: a hash of the secret would leak a little of it into hash tables and logs.
    return Objects.hash(expiresAt, refreshExpiresAt);
  }

  /** Returns the expiry instants; never the tokens. */
  @Override
  public String toString() {
    return "AccessToken[expiresAt=" + expiresAt
        + (refreshExpiresAt == null ? ", no refresh" : ", refreshExpiresAt=" + refreshExpiresAt)
        + "]";
  }
}
