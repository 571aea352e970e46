package io.github.craftmark.platform.tiktok;

import io.github.craftmark.core.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs TikTok Shop Open API requests (API version 202309) and checks TikTok Shop webhook
 * signatures, both HMAC-SHA256 keyed by the app secret.
 *
 * <p>A request's {@code sign} query parameter is the lower-case hex HMAC-SHA256 of
 *
 * <pre>{@code app_secret + path + k1 + v1 + k2 + v2 + … + body + app_secret}</pre>
 *
 * where the {@code k}/{@code v} pairs are every query parameter except {@code sign} and {@code
 * access_token}, sorted by name, with their decoded (not percent-encoded) values; {@code body} is
 * the exact bytes sent, left out for {@code multipart/form-data} requests and for requests without
 * a body. The access token travels unsigned in the {@code x-tts-access-token} header. The {@code
 * timestamp} parameter is Unix seconds, and TikTok Shop rejects it when it is more than 5 minutes
 * old, so sign just before sending.
 *
 * <p>A webhook's {@code Authorization} header is the lower-case hex HMAC-SHA256 of {@code app_key}
 * followed by the raw request body. Check it on the bytes as received, before parsing them: {@link
 * #isValidWebhookSignature(String, byte[], String)}.
 *
 * <p>Hex is always 64 lower-case digits, leading zeros kept. Instances are immutable and safe to
 * share between threads; the app secret never appears in {@link #toString()} or in messages.
 */
public final class TikTokShopSigner {
  /** The HMAC algorithm TikTok Shop uses for requests and webhooks. */
  private static final String ALGORITHM = "HmacSHA256";

  private static final HexFormat HEX = HexFormat.of();
  private static final int MAC_LENGTH = 32;

  private final byte[] secret;
  private final Mac prototype;

  private TikTokShopSigner(byte[] secret) {
    this.secret = secret;
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      this.prototype = mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }

  /**
   * Returns a signer for an app secret.
   *
   * @param appSecret the app secret from TikTok Shop Partner Center, not blank
   * @return the signer
   * @throws InvalidValueException when the secret is null or blank (the message never shows it)
   */
  public static TikTokShopSigner of(String appSecret) {
    if (appSecret == null || appSecret.isBlank()) {
      throw InvalidValueException.withoutValue("appSecret", "must not be blank");
    }
    return new TikTokShopSigner(appSecret.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Signs a request that has no body, such as a {@code GET}.
   *
   * @param path the API path, e.g. {@code "/authorization/202309/shops"}; starts with {@code /}
   * @param query the query parameters with decoded values; {@code sign} and {@code access_token}
   *     are ignored if present
   * @return the 64 lower-case hex digits for the {@code sign} parameter
   * @throws InvalidValueException when the path or a parameter is malformed
   */
  public String sign(String path, Map<String, String> query) {
    return sign(path, query, null, new byte[0]);
  }

  /**
   * Signs a request with a body.
   *
   * @param path the API path, e.g. {@code "/product/202309/products"}; starts with {@code /}
   * @param query the query parameters with decoded values; {@code sign} and {@code access_token}
   *     are ignored if present
   * @param contentType the request's {@code Content-Type}; when it is {@code multipart/form-data}
   *     (any parameters, any case) the body is not signed; null for none
   * @param body the exact bytes that will be sent, not re-serialised; empty for none
   * @return the 64 lower-case hex digits for the {@code sign} parameter
   * @throws InvalidValueException when the path, a parameter or the body is malformed
   */
  public String sign(String path, Map<String, String> query, String contentType, byte[] body) {
    checkPath(path);
    if (query == null) {
      throw new InvalidValueException("query", "must not be null", null);
    }
    if (body == null) {
      throw new InvalidValueException("body", "must not be null (use an empty array)", null);
    }
    TreeMap<String, String> sorted = new TreeMap<>();
    for (Map.Entry<String, String> entry : query.entrySet()) {
      String key = entry.getKey();
      if (key == null || key.isEmpty()) {
        throw new InvalidValueException("query", "must not have an empty parameter name", key);
      }
      if (entry.getValue() == null) {
        throw new InvalidValueException("query[" + key + "]", "must not be null", null);
      }
      if (!key.equals("sign") && !key.equals("access_token")) {
        sorted.put(key, entry.getValue());
      }
    }
    Mac mac = newMac();
    mac.update(secret);
    mac.update(path.getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, String> entry : sorted.entrySet()) {
      mac.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
      mac.update(entry.getValue().getBytes(StandardCharsets.UTF_8));
    }
    if (!isMultipart(contentType)) {
      mac.update(body);
    }
    mac.update(secret);
    return HEX.formatHex(mac.doFinal());
  }

  /**
   * Computes the {@code Authorization} header TikTok Shop puts on a webhook: hex HMAC-SHA256 of
   * {@code appKey} followed by the raw body.
   *
   * @param appKey the app key the webhook is for
   * @param rawBody the request body exactly as received or sent
   * @return 64 lower-case hex digits
   * @throws InvalidValueException when the app key or body is null
   */
  public String webhookSignature(String appKey, byte[] rawBody) {
    return HEX.formatHex(webhookMac(appKey, rawBody));
  }

  /**
   * Tells whether a webhook's {@code Authorization} header is the signature of its raw body.
   *
   * <p>The comparison takes the same time wherever the digits differ. Hex case is ignored; anything
   * other than exactly 64 hex digits (after trimming spaces) is invalid. Never throws for a bad
   * header: a missing or malformed one is simply not valid.
   *
   * @param appKey the app key the webhook is for
   * @param rawBody the request body exactly as received
   * @param authorization the {@code Authorization} header value, or null when absent
   * @return true only when the header matches
   * @throws InvalidValueException when the app key or body is null
   */
  public boolean isValidWebhookSignature(String appKey, byte[] rawBody, String authorization) {
    byte[] expected = webhookMac(appKey, rawBody);
    byte[] given = parseHex(authorization);
    return given != null && MessageDigest.isEqual(expected, given);
  }

  private byte[] webhookMac(String appKey, byte[] rawBody) {
    if (appKey == null) {
      throw new InvalidValueException("appKey", "must not be null", null);
    }
    if (rawBody == null) {
      throw new InvalidValueException("rawBody", "must not be null", null);
    }
    Mac mac = newMac();
    mac.update(appKey.getBytes(StandardCharsets.UTF_8));
    mac.update(rawBody);
    return mac.doFinal();
  }

  private Mac newMac() {
    // Mac is not thread-safe; a clone of the keyed prototype skips the key set-up on every call.
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      try {
        Mac mac = Mac.getInstance(ALGORITHM);
        mac.init(new SecretKeySpec(secret, ALGORITHM));
        return mac;
      } catch (GeneralSecurityException impossible) {
        throw new IllegalStateException("HmacSHA256 is missing from this JDK", impossible);
      }
    }
  }

  private static byte[] parseHex(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip();
    if (trimmed.length() != 2 * MAC_LENGTH) {
      return null;
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (!hex) {
        return null;
      }
    }
    return HEX.parseHex(trimmed.toLowerCase(Locale.ROOT));
  }

  private static boolean isMultipart(String contentType) {
    return contentType != null
        && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  private static void checkPath(String path) {
    if (path == null || !path.startsWith("/") || path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
      throw new InvalidValueException(
          "path", "must start with / and hold no query or fragment", path);
    }
  }

  /**
   * Returns a description without the secret.
   *
   * @return {@code "TikTokShopSigner[appSecret=***]"}
   */
  @Override
  public String toString() {
    return "TikTokShopSigner[appSecret=***]";
  }
}
