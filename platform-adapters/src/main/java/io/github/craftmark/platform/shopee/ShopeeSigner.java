package io.github.craftmark.platform.shopee;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.internal.Checks;
import io.github.craftmark.platform.internal.HmacSha256;
import java.nio.charset.StandardCharsets;

/**
 * Signs Shopee Open Platform v2 requests and checks Shopee push (webhook) signatures: HMAC-SHA256
 * with the partner key, written as 64 lower-case hex digits.
 *
 * <p>Shopee signs a base string made of the common parameters concatenated without separators, in
 * this order:
 *
 * <ul>
 *   <li>public APIs (authorization link, token calls, image upload): {@code partner_id + api_path +
 *       timestamp};
 *   <li>shop APIs: {@code partner_id + api_path + timestamp + access_token + shop_id};
 *   <li>merchant APIs: {@code partner_id + api_path + timestamp + access_token + merchant_id}.
 * </ul>
 *
 * <p>The API path is the path without host or query, e.g. {@code /api/v2/product/add_item}; the
 * timestamp is in seconds and Shopee accepts it for five minutes. The JSON body is not signed.
 *
 * <p>A push (webhook) carries the hex HMAC of {@code url + "|" + body} in its {@code Authorization}
 * header, where {@code url} is the callback URL exactly as registered and {@code body} the raw
 * bytes received: {@link #isValidWebhookSignature(String, byte[], String)} checks it without ever decoding or
 * re-serialising the body.
 *
 * <pre>{@code
 * ShopeeSigner signer = ShopeeSigner.of(2001887, partnerKey);          // EXAMPLE partner id
 * String sign = signer.signShop("/api/v2/product/add_item", timestamp, accessToken, shopId);
 * boolean genuine = signer.isValidWebhookSignature(callbackUrl, rawBody, authorizationHeader);
 * }</pre>
 *
 * <p>The partner key never appears in {@link #toString()} or in exception messages. Instances are
 * immutable and safe to share between threads: make one and share it, as each thread keeps an
 * initialised MAC for it.
 */
public final class ShopeeSigner {
  private static final byte[] PUSH_SEPARATOR = {'|'};

  private final long partnerId;
  private final HmacSha256 hmac;

  private ShopeeSigner(long partnerId, HmacSha256 hmac) {
    this.partnerId = partnerId;
    this.hmac = hmac;
  }

  /**
   * Returns a signer for this partner.
   *
   * @param partnerId the partner id of the app on the Shopee Open Platform console, positive
   * @param partnerKey the app's partner key exactly as the console shows it; its UTF-8 bytes are the
   *     HMAC key
   * @return the signer
   * @throws InvalidValueException when the partner id is not positive or the key is blank (the
   *     message never shows the key)
   */
  public static ShopeeSigner of(long partnerId, String partnerKey) {
    checkPartnerId(partnerId);
    if (partnerKey == null || partnerKey.isBlank()) {
      throw InvalidValueException.withoutValue("partnerKey", "must not be blank");
    }
    return new ShopeeSigner(partnerId, HmacSha256.ofUtf8(partnerKey));
  }

  /**
   * Returns the partner id this signer signs for.
   *
   * @return the partner id
   */
  public long partnerId() {
    return partnerId;
  }

  /**
   * Signs a call to a public API such as {@code /api/v2/auth/token/get}: the HMAC of {@code
   * partner_id + api_path + timestamp}.
   *
   * @param apiPath the API path without host or query, starting with {@code /}
   * @param timestamp Unix time in seconds, the same value sent as the {@code timestamp} parameter
   * @return 64 lower-case hex digits
   * @throws InvalidValueException when the path or timestamp is malformed
   */
  public String signPublic(String apiPath, long timestamp) {
    // The path is checked first, then encoded once per thread while it recurs (appendPath).
    HmacSha256.Message message = hmac.message().append(partnerId).appendPath(apiPath);
    checkTimestamp(timestamp);
    return message.append(timestamp).hex(false);
  }

  /**
   * Signs a call to a shop API such as {@code /api/v2/product/add_item}: the HMAC of {@code
   * partner_id + api_path + timestamp + access_token + shop_id}.
   *
   * @param apiPath the API path without host or query, starting with {@code /}
   * @param timestamp Unix time in seconds, the same value sent as the {@code timestamp} parameter
   * @param accessToken the shop's access token
   * @param shopId the shop id
   * @return 64 lower-case hex digits
   * @throws InvalidValueException when an argument is malformed (the message never shows the token)
   */
  public String signShop(String apiPath, long timestamp, String accessToken, long shopId) {
    return signOwned(apiPath, timestamp, accessToken, "shopId", shopId);
  }

  /**
   * Signs a call to a merchant API (cross-border sellers only), such as {@code
   * /api/v2/global_product/get_category}: the HMAC of {@code partner_id + api_path + timestamp +
   * access_token + merchant_id}.
   *
   * @param apiPath the API path without host or query, starting with {@code /}
   * @param timestamp Unix time in seconds, the same value sent as the {@code timestamp} parameter
   * @param accessToken the merchant's access token
   * @param merchantId the merchant id
   * @return 64 lower-case hex digits
   * @throws InvalidValueException when an argument is malformed (the message never shows the token)
   */
  public String signMerchant(String apiPath, long timestamp, String accessToken, long merchantId) {
    return signOwned(apiPath, timestamp, accessToken, "merchantId", merchantId);
  }

  private String signOwned(
      String apiPath, long timestamp, String accessToken, String ownerField, long ownerId) {
    // The path is checked first, then encoded once per thread while it recurs (appendPath).
    HmacSha256.Message message = hmac.message().append(partnerId).appendPath(apiPath);
    checkTimestamp(timestamp);
    checkOwner(accessToken, ownerField, ownerId);
    return message.append(timestamp).append(accessToken).append(ownerId).hex(false);
  }

  /**
   * Returns the hex HMAC-SHA256 of a base string under the partner key: the primitive behind the
   * other signing methods, for an API type this class does not name.
   *
   * @param baseString the exact text to sign; its UTF-8 bytes are hashed
   * @return 64 lower-case hex digits
   * @throws InvalidValueException when the base string is null
   */
  public String sign(String baseString) {
    if (baseString == null) {
      throw new InvalidValueException("baseString", "must not be null", null);
    }
    return hmac.hex(baseString, false);
  }

  /**
   * Computes the {@code Authorization} value Shopee sends with a push to this URL and body, for a
   * test server that plays Shopee's part.
   *
   * @param url the callback URL exactly as registered with Shopee, query included
   * @param rawBody the body bytes exactly as sent
   * @return 64 lower-case hex digits
   * @throws InvalidValueException when the URL is empty or the body is null
   */
  public String webhookSignature(String url, byte[] rawBody) {
    if (url == null || url.isEmpty()) {
      throw new InvalidValueException("url", "must not be empty", url);
    }
    if (rawBody == null) {
      throw new InvalidValueException("rawBody", "must not be null", null);
    }
    return HmacSha256.hex(pushMac(url, rawBody), false);
  }

  /**
   * Tells whether a push really comes from Shopee: its {@code Authorization} header must be the hex
   * HMAC of {@code url + "|" + rawBody}. Verify before parsing the body.
   *
   * <p>Never throws on bad input: a missing or malformed header, a null body or an empty URL is
   * simply not authentic. Hex letters are compared without regard to case and surrounding white
   * space is ignored; the comparison takes the same time wherever the values differ.
   *
   * @param url the callback URL exactly as registered with Shopee, query included
   * @param rawBody the body bytes exactly as received, before any decoding
   * @param authorization the {@code Authorization} header, or null when absent
   * @return true when the signature matches
   */
  public boolean isValidWebhookSignature(String url, byte[] rawBody, String authorization) {
    if (url == null || url.isEmpty() || rawBody == null || authorization == null) {
      return false;
    }
    return HmacSha256.matchesHex(pushMac(url, rawBody), authorization);
  }

  private byte[] pushMac(String url, byte[] rawBody) {
    return hmac.mac(url.getBytes(StandardCharsets.UTF_8), PUSH_SEPARATOR, rawBody);
  }

  /**
   * Returns the base string of a public API call: {@code partner_id + api_path + timestamp}.
   *
   * @param partnerId the partner id
   * @param apiPath the API path without host or query, starting with {@code /}
   * @param timestamp Unix time in seconds
   * @return the base string
   * @throws InvalidValueException when an argument is malformed
   */
  public static String publicBaseString(long partnerId, String apiPath, long timestamp) {
    checkPartnerId(partnerId);
    Checks.apiPath(apiPath);
    checkTimestamp(timestamp);
    return partnerId + apiPath + timestamp;
  }

  /**
   * Returns the base string of a shop API call: {@code partner_id + api_path + timestamp +
   * access_token + shop_id}.
   *
   * @param partnerId the partner id
   * @param apiPath the API path without host or query, starting with {@code /}
   * @param timestamp Unix time in seconds
   * @param accessToken the shop's access token
   * @param shopId the shop id
   * @return the base string; it holds the token, so keep it out of logs
   * @throws InvalidValueException when an argument is malformed (the message never shows the token)
   */
  public static String shopBaseString(
      long partnerId, String apiPath, long timestamp, String accessToken, long shopId) {
    String head = publicBaseString(partnerId, apiPath, timestamp);
    checkOwner(accessToken, "shopId", shopId);
    return head + accessToken + shopId;
  }

  /**
   * Returns the base string of a merchant API call: {@code partner_id + api_path + timestamp +
   * access_token + merchant_id}.
   *
   * @param partnerId the partner id
   * @param apiPath the API path without host or query, starting with {@code /}
   * @param timestamp Unix time in seconds
   * @param accessToken the merchant's access token
   * @param merchantId the merchant id
   * @return the base string; it holds the token, so keep it out of logs
   * @throws InvalidValueException when an argument is malformed (the message never shows the token)
   */
  public static String merchantBaseString(
      long partnerId, String apiPath, long timestamp, String accessToken, long merchantId) {
    String head = publicBaseString(partnerId, apiPath, timestamp);
    checkOwner(accessToken, "merchantId", merchantId);
    return head + accessToken + merchantId;
  }

  private static void checkOwner(String accessToken, String ownerField, long ownerId) {
    if (accessToken == null || accessToken.isBlank()) {
      throw InvalidValueException.withoutValue("accessToken", "must not be blank");
    }
    if (ownerId <= 0) {
      throw new InvalidValueException(ownerField, "must be positive", ownerId);
    }
  }

  private static void checkPartnerId(long partnerId) {
    if (partnerId <= 0) {
      throw new InvalidValueException("partnerId", "must be positive", partnerId);
    }
  }

  private static void checkTimestamp(long timestamp) {
    if (timestamp < 0) {
      throw new InvalidValueException("timestamp", "must be Unix seconds, not negative", timestamp);
    }
  }

  /**
   * Returns the partner id; never the partner key.
   *
   * @return {@code "ShopeeSigner[partnerId=…, partnerKey=***]"}
   */
  @Override
  public String toString() {
    return "ShopeeSigner[partnerId=" + partnerId + ", partnerKey=***]";
  }
}
