package io.github.craftmark.platform.internal.shopee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.internal.Json;
import java.time.Duration;
import java.time.Instant;

/**
 * A token pair from {@code /api/v2/auth/token/get} or {@code /api/v2/auth/access_token/get}.
 *
 * <p>Shopee answers these two calls at top level (not inside {@code response}) and gives the access
 * token's life as a duration, {@code expire_in} seconds (4 hours, 14,400 s). The refresh token lives
 * 30 days and can be spent once; the response does not say so, the authorisation guide does.
 *
 * @param shopId the shop the tokens are for
 * @param accessToken the access token (secret)
 * @param refreshToken the single-use refresh token (secret)
 * @param expiresAt when the access token expires: the time the call was sent plus {@code expire_in}
 * @param refreshExpiresAt when the refresh token expires: the time the call was sent plus 30 days
 */
public record ShopeeTokenGrant(
    long shopId,
    String accessToken,
    String refreshToken,
    Instant expiresAt,
    Instant refreshExpiresAt) {

  /** How long a refresh token may be used, per Shopee's authorisation guide. */
  public static final Duration REFRESH_TOKEN_LIFE = Duration.ofDays(30);

  /** Never shows either token. */
  @Override
  public String toString() {
    return "ShopeeTokenGrant[shopId=" + shopId + ", accessToken=***, refreshToken=***, expiresAt="
        + expiresAt + ", refreshExpiresAt=" + refreshExpiresAt + "]";
  }

  /** The JSON body of {@code token/get}: the one-time code, the partner id and the shop id. */
  public static byte[] codeRequestBody(String code, long partnerId, long shopId) {
    if (code == null || code.isBlank()) {
      throw InvalidValueException.withoutValue("code", "must not be blank");
    }
    ObjectNode body = Json.object();
    body.put("code", code.strip());
    body.put("partner_id", partnerId);
    body.put("shop_id", positive(shopId));
    return bytes(body);
  }

  /** The JSON body of {@code access_token/get}: the refresh token, partner id and shop id. */
  public static byte[] refreshRequestBody(String refreshToken, long partnerId, long shopId) {
    if (refreshToken == null || refreshToken.isBlank()) {
      throw InvalidValueException.withoutValue("refreshToken", "must not be blank");
    }
    ObjectNode body = Json.object();
    body.put("refresh_token", refreshToken);
    body.put("partner_id", partnerId);
    body.put("shop_id", positive(shopId));
    return bytes(body);
  }

  /**
   * Reads the token pair of a successful answer.
   *
   * @param envelope the answer; must be {@link ShopeeEnvelope#ok()}
   * @param shopId the shop the call was for
   * @param sentAt when the call was sent; expiries count from here so they are never late
   * @return the grant
   * @throws ShopeeFormatException when a token or {@code expire_in} is missing or malformed
   */
  public static ShopeeTokenGrant from(ShopeeEnvelope envelope, long shopId, Instant sentAt) {
    JsonNode root = envelope.root();
    String access = secret(root, "access_token", envelope);
    String refresh = secret(root, "refresh_token", envelope);
    JsonNode expireIn = root.get("expire_in");
    if (expireIn == null || !expireIn.canConvertToLong() || !expireIn.isIntegralNumber()) {
      throw new ShopeeFormatException(
          "expire_in must be a whole number of seconds: "
              + (expireIn == null ? "absent" : expireIn),
          envelope.requestId());
    }
    long seconds = expireIn.asLong();
    if (seconds <= 0 || seconds > REFRESH_TOKEN_LIFE.toSeconds()) {
      throw new ShopeeFormatException(
          "expire_in must be 1.." + REFRESH_TOKEN_LIFE.toSeconds() + " seconds: " + seconds,
          envelope.requestId());
    }
    return new ShopeeTokenGrant(
        shopId, access, refresh, sentAt.plusSeconds(seconds), sentAt.plus(REFRESH_TOKEN_LIFE));
  }

  private static String secret(JsonNode root, String field, ShopeeEnvelope envelope) {
    JsonNode node = root.get(field);
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw new ShopeeFormatException(field + " must be a non-empty string", envelope.requestId());
    }
    return node.asText();
  }

  private static long positive(long shopId) {
    if (shopId <= 0) {
      throw new InvalidValueException("shopId", "must be positive", shopId);
    }
    return shopId;
  }

  private static byte[] bytes(ObjectNode body) {
    return Json.bytes(body);
  }
}
