package io.github.craftmark.platform.internal.tiktok;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens TikTok Shop grants for an authorization code or a refresh token.
 *
 * <p>{@code access_token_expire_in} and {@code refresh_token_expire_in} are absolute Unix times in
 * seconds, not durations, despite their names. The tokens never appear in {@link #toString()}.
 */
public final class TikTokTokenGrant {
  /** 2001-09-09: any expiry before this is not an absolute time. */
  private static final long EARLIEST_PLAUSIBLE = 1_000_000_000L;

  private final String accessToken;
  private final Instant accessTokenExpiresAt;
  private final String refreshToken;
  private final Instant refreshTokenExpiresAt;
  private final String openId;
  private final String sellerName;
  private final String sellerBaseRegion;
  private final List<String> grantedScopes;

  private TikTokTokenGrant(
      String accessToken,
      Instant accessTokenExpiresAt,
      String refreshToken,
      Instant refreshTokenExpiresAt,
      String openId,
      String sellerName,
      String sellerBaseRegion,
      List<String> grantedScopes) {
    this.accessToken = accessToken;
    this.accessTokenExpiresAt = accessTokenExpiresAt;
    this.refreshToken = refreshToken;
    this.refreshTokenExpiresAt = refreshTokenExpiresAt;
    this.openId = openId;
    this.sellerName = sellerName;
    this.sellerBaseRegion = sellerBaseRegion;
    this.grantedScopes = grantedScopes;
  }

  /**
   * Reads the grant from a token response's {@code data} object.
   *
   * @param data the {@code data} of a successful token response
   * @return the grant
   * @throws TikTokResponseException when a token or expiry is missing or malformed
   */
  public static TikTokTokenGrant from(JsonNode data) {
    if (data == null || !data.isObject()) {
      throw new TikTokResponseException("token response data must be a JSON object");
    }
    List<String> scopes = new ArrayList<>();
    for (JsonNode scope : data.path("granted_scopes")) {
      if (scope.isTextual()) {
        scopes.add(scope.asText());
      }
    }
    return new TikTokTokenGrant(
        token(data, "access_token"),
        unixSeconds(data, "access_token_expire_in"),
        token(data, "refresh_token"),
        unixSeconds(data, "refresh_token_expire_in"),
        data.path("open_id").asText(""),
        data.path("seller_name").asText(""),
        data.path("seller_base_region").asText(""),
        List.copyOf(scopes));
  }

  private static String token(JsonNode data, String field) {
    JsonNode node = data.path(field);
    if (!node.isTextual() || node.asText().isBlank()) {
      // Never show the value: it may be a token.
      throw new TikTokResponseException("token response must have a non-empty " + field);
    }
    return node.asText();
  }

  private static Instant unixSeconds(JsonNode data, String field) {
    JsonNode node = data.path(field);
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw new TikTokResponseException(
          "token response " + field + " must be a Unix time in seconds: " + node);
    }
    long seconds = node.asLong();
    if (seconds < EARLIEST_PLAUSIBLE || seconds > Instant.MAX.getEpochSecond()) {
      // A small number would be a duration: reading it as a time would make every token look
      // expired since 1970 and refresh on every call, so refuse it loudly instead.
      throw new TikTokResponseException("token response "
          + field
          + " must be an absolute Unix time in seconds (after 2001), not a duration: "
          + seconds);
    }
    return Instant.ofEpochSecond(seconds);
  }

  /** Returns the access token; sent in the {@code x-tts-access-token} header. */
  public String accessToken() {
    return accessToken;
  }

  /** Returns when the access token expires. */
  public Instant accessTokenExpiresAt() {
    return accessTokenExpiresAt;
  }

  /** Returns the refresh token. */
  public String refreshToken() {
    return refreshToken;
  }

  /** Returns when the refresh token expires. */
  public Instant refreshTokenExpiresAt() {
    return refreshTokenExpiresAt;
  }

  /** Returns the seller's open id, or an empty string. */
  public String openId() {
    return openId;
  }

  /** Returns the seller's name, or an empty string. */
  public String sellerName() {
    return sellerName;
  }

  /** Returns the seller's base region, e.g. {@code "VN"}, or an empty string. */
  public String sellerBaseRegion() {
    return sellerBaseRegion;
  }

  /** Returns the scopes the seller granted. */
  public List<String> grantedScopes() {
    return grantedScopes;
  }

  @Override
  public String toString() {
    return "TikTokTokenGrant[accessToken=***, accessTokenExpiresAt="
        + accessTokenExpiresAt
        + ", refreshToken=***, refreshTokenExpiresAt="
        + refreshTokenExpiresAt
        + ", openId="
        + openId
        + ", sellerBaseRegion="
        + sellerBaseRegion
        + "]";
  }
}
