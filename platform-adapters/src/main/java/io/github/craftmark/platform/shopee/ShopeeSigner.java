package io.github.craftmark.platform.shopee;

import io.github.craftmark.core.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Shopee Open Platform v2 request signing and push verification: HMAC-SHA256 with the partner key,
 * written as 64 lower-case hex digits.
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
 * bytes received: {@link #verifyPush(String, byte[], String)} checks it without ever decoding or
 * re-serialising the body.
 *
 * <p>The partner key never appears in {@link #toString()} or in exception messages. Instances are
 * immutable and safe to share between threads.
 */
public final class ShopeeSigner {
  private static final String ALGORITHM = "HmacSHA256";
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final byte[] PUSH_SEPARATOR = {'|'};

  private final long partnerId;
  private final SecretKeySpec key;
  // Initialised once; each signature works on a clone because a Mac is not thread-safe and
  // cloning is much cheaper than looking the algorithm up and initialising it again.
  private final Mac prototype;

  private ShopeeSigner(long partnerId, byte[] partnerKey) {
    this.partnerId = partnerId;
    this.key = new SecretKeySpec(partnerKey, ALGORITHM);
    this.prototype = newMac(key);
  }

  /**
   * Returns a signer for this partner.
   *
   * @param partnerId the partner id of the app on the Shopee Open Platform console, positive
   * @param partnerKey the app's partner key exactly as the console shows it; its UTF-8 bytes are the
   *     HMAC key
   * @return the signer
   * @throws InvalidValueException when the partner id is not positive or the key is blank
   */
  public static ShopeeSigner of(long partnerId, String partnerKey) {
    if (partnerId <= 0) {
      throw new InvalidValueException("partnerId", "must be positive", partnerId);
    }
    if (partnerKey == null || partnerKey.isBlank()) {
      throw InvalidValueException.withoutValue("partnerKey", "must not be blank");
    }
    return new ShopeeSigner(partnerId, partnerKey.getBytes(StandardCharsets.UTF_8));
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
   * Signs a call to a public API such as {@code /api/v2/auth/token/get}.
   *
   * @param apiPath the API path without host or query, starting with {@code /}
   * @param timestamp Unix time in seconds, the same value sent as the {@code timestamp} parameter
   * @return 64 lower-case hex digits
   * @throws InvalidValueException when the path or timestamp is malformed
   */
  public String signPublic(String apiPath, long timestamp) {
    return sign(publicBaseString(partnerId, apiPath, timestamp));
  }

  /**
   * Signs a call to a shop API such as {@code /api/v2/product/add_item}.
   *
   * @param apiPath the API path without host or query, starting with {@code /}
   * @param timestamp Unix time in seconds, the same value sent as the {@code timestamp} parameter
   * @param accessToken the shop's access token
   * @param shopId the shop id
   * @return 64 lower-case hex digits
   * @throws InvalidValueException when an argument is malformed
   */
  public String signShop(String apiPath, long timestamp, String accessToken, long shopId) {
    return sign(shopBaseString(partnerId, apiPath, timestamp, accessToken, shopId));
  }

  /**
   * Signs a call to a merchant API (cross-border sellers only), such as {@code
   * /api/v2/global_product/get_category}.
   *
   * @param apiPath the API path without host or query, starting with {@code /}
   * @param timestamp Unix time in seconds, the same value sent as the {@code timestamp} parameter
   * @param accessToken the merchant's access token
   * @param merchantId the merchant id
   * @return 64 lower-case hex digits
   * @throws InvalidValueException when an argument is malformed
   */
  public String signMerchant(String apiPath, long timestamp, String accessToken, long merchantId) {
    return sign(merchantBaseString(partnerId, apiPath, timestamp, accessToken, merchantId));
  }

  /**
   * Returns the hex HMAC-SHA256 of a base string under the partner key: the primitive behind the
   * other signing methods, for an API type this class does not name.
   *
   * @param baseString the exact text to sign; its UTF-8 bytes are hashed
   * @return 64 lower-case hex digits
   */
  public String sign(String baseString) {
    if (baseString == null) {
      throw new InvalidValueException("baseString", "must not be null", null);
    }
    return hex(mac().doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Computes the {@code Authorization} value Shopee sends with a push to this URL and body, for a
   * test server that plays Shopee's part.
   *
   * @param url the callback URL exactly as registered with Shopee, query included
   * @param rawBody the body bytes exactly as sent
   * @return 64 lower-case hex digits
   */
  public String signPush(String url, byte[] rawBody) {
    if (url == null || url.isEmpty()) {
      throw new InvalidValueException("url", "must not be empty", url);
    }
    if (rawBody == null) {
      throw new InvalidValueException("rawBody", "must not be null", null);
    }
    return hex(pushMac(url, rawBody));
  }

  /**
   * Tells whether a push really comes from Shopee: its {@code Authorization} header must be the hex
   * HMAC of {@code url + "|" + rawBody}. Verify before parsing the body.
   *
   * <p>Never throws on bad input: a missing or malformed header, a null body or an empty URL is
   * simply not authentic. Hex letters are compared without regard to case; the comparison takes
   * the same time wherever the values differ.
   *
   * @param url the callback URL exactly as registered with Shopee, query included
   * @param rawBody the body bytes exactly as received, before any decoding
   * @param authorization the {@code Authorization} header, or null when absent
   * @return true when the signature matches
   */
  public boolean verifyPush(String url, byte[] rawBody, String authorization) {
    if (url == null || url.isEmpty() || rawBody == null || authorization == null) {
      return false;
    }
    byte[] expected = hex(pushMac(url, rawBody)).getBytes(StandardCharsets.US_ASCII);
    byte[] actual = authorization.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, actual);
  }

  /**
   * Returns the base string of a public API call: {@code partner_id + api_path + timestamp}.
   *
   * @param partnerId the partner id
   * @param apiPath the API path without host or query, starting with {@code /}
   * @param timestamp Unix time in seconds
   * @return the base string
   */
  public static String publicBaseString(long partnerId, String apiPath, long timestamp) {
    return new StringBuilder(64)
        .append(checkPartnerId(partnerId))
        .append(checkPath(apiPath))
        .append(checkTimestamp(timestamp))
        .toString();
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
   * @return the base string
   */
  public static String shopBaseString(
      long partnerId, String apiPath, long timestamp, String accessToken, long shopId) {
    return withOwner(partnerId, apiPath, timestamp, accessToken, "shopId", shopId);
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
   * @return the base string
   */
  public static String merchantBaseString(
      long partnerId, String apiPath, long timestamp, String accessToken, long merchantId) {
    return withOwner(partnerId, apiPath, timestamp, accessToken, "merchantId", merchantId);
  }

  private static String withOwner(
      long partnerId,
      String apiPath,
      long timestamp,
      String accessToken,
      String ownerField,
      long ownerId) {
    if (accessToken == null || accessToken.isBlank()) {
      throw InvalidValueException.withoutValue("accessToken", "must not be blank");
    }
    if (ownerId <= 0) {
      throw new InvalidValueException(ownerField, "must be positive", ownerId);
    }
    return new StringBuilder(128)
        .append(publicBaseString(partnerId, apiPath, timestamp))
        .append(accessToken)
        .append(ownerId)
        .toString();
  }

  private static long checkPartnerId(long partnerId) {
    if (partnerId <= 0) {
      throw new InvalidValueException("partnerId", "must be positive", partnerId);
    }
    return partnerId;
  }

  private static String checkPath(String apiPath) {
    if (apiPath == null || !apiPath.startsWith("/")) {
      throw new InvalidValueException("apiPath", "must start with /", apiPath);
    }
    for (int i = 0; i < apiPath.length(); i++) {
      char c = apiPath.charAt(i);
      if (c == '?' || c == '#' || c <= ' ' || c >= 0x7f) {
        throw new InvalidValueException(
            "apiPath", "must be a path without query, fragment, spaces or non-ASCII", apiPath);
      }
    }
    return apiPath;
  }

  private static long checkTimestamp(long timestamp) {
    if (timestamp < 0) {
      throw new InvalidValueException("timestamp", "must be Unix seconds, not negative", timestamp);
    }
    return timestamp;
  }

  private byte[] pushMac(String url, byte[] rawBody) {
    Mac mac = mac();
    mac.update(url.getBytes(StandardCharsets.UTF_8));
    mac.update(PUSH_SEPARATOR);
    return mac.doFinal(rawBody);
  }

  private Mac mac() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      return newMac(key);
    }
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      // Every Java SE platform must provide HmacSHA256, so this is a broken runtime.
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  // Two digits per byte, always: a byte below 0x10 keeps its leading zero.
  private static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }

  @Override
  public String toString() {
    return "ShopeeSigner[partnerId=" + partnerId + ", partnerKey=***]";
  }
}
