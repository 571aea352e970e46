package io.github.craftmark.platform.tiktok;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.internal.Checks;
import io.github.craftmark.platform.internal.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Signs TikTok Shop Open API requests and checks TikTok Shop webhook signatures (API version
 * 202309): HMAC-SHA256 keyed by the app secret, lower-case hex.
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
 * <pre>{@code
 * TikTokShopSigner signer = TikTokShopSigner.of(appSecret);
 * String sign = signer.sign("/authorization/202309/shops",
 *     Map.of("app_key", appKey, "timestamp", Long.toString(epochSeconds)));
 * }</pre>
 *
 * <p>Hex is always 64 lower-case digits, leading zeros kept. Signing costs little more than the
 * HMAC itself, most of all when the parameters come in a {@link java.util.TreeMap}, which is read
 * in its own order; any other map is sorted first. Instances are immutable and safe to share
 * between threads (make one and share it, as each thread keeps an initialised MAC for it); the app secret never appears in {@link #toString()} or in messages.
 */
public final class TikTokShopSigner {
  private final HmacSha256 hmac;
  // The secret opens and closes every signed text: its UTF-8 bytes, encoded once.
  private final byte[] secretBytes;

  private TikTokShopSigner(String secret) {
    this.secretBytes = secret.getBytes(StandardCharsets.UTF_8);
    this.hmac = HmacSha256.ofUtf8(secret);
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
    return new TikTokShopSigner(appSecret);
  }

  /**
   * Signs a request that has no body, such as a {@code GET}.
   *
   * @param apiPath the API path, e.g. {@code "/authorization/202309/shops"}; starts with {@code /}
   * @param parameters the query parameters with decoded values; {@code sign} and {@code
   *     access_token} are ignored if present
   * @return the 64 lower-case hex digits for the {@code sign} parameter
   * @throws InvalidValueException when the path or a parameter is malformed
   */
  public String sign(String apiPath, Map<String, String> parameters) {
    return sign(apiPath, parameters, null, null);
  }

  /**
   * Signs a request with a body.
   *
   * @param apiPath the API path, e.g. {@code "/product/202309/products"}; starts with {@code /}
   * @param parameters the query parameters with decoded values; {@code sign} and {@code
   *     access_token} are ignored if present
   * @param contentType the request's {@code Content-Type}; when it is {@code multipart/form-data}
   *     (any parameters, any case) the body is not signed; null for none
   * @param body the exact bytes that will be sent, not re-serialised; null or empty for none
   * @return the 64 lower-case hex digits for the {@code sign} parameter
   * @throws InvalidValueException when the path or a parameter is malformed
   */
  public String sign(
      String apiPath, Map<String, String> parameters, String contentType, byte[] body) {
    if (parameters == null) {
      Checks.apiPath(apiPath); // a bad path is reported first, whatever else is wrong
      throw new InvalidValueException("parameters", "must not be null", null);
    }
    // Paths and parameter names recur as literals: the thread checks and encodes each once.
    HmacSha256.Message text = hmac.message().append(secretBytes).appendPath(apiPath);
    for (Map.Entry<String, String> parameter : HmacSha256.inNameOrder(parameters)) {
      String name = parameter.getKey();
      String value = parameter.getValue();
      if (name.isEmpty()) {
        throw new InvalidValueException("parameters", "must not have an empty parameter name", "");
      }
      if (value == null) {
        throw new InvalidValueException("parameters[" + name + "]", "must not be null", null);
      }
      if (!name.equals("sign") && !name.equals("access_token")) {
        text.appendFixed(name).append(value);
      }
    }
    if (body != null && body.length > 0 && !isMultipart(contentType)) {
      text.append(body);
    }
    return text.append(secretBytes).hex(false);
  }

  /**
   * Computes the {@code Authorization} header TikTok Shop puts on a webhook: hex HMAC-SHA256 of
   * {@code appKey} followed by the raw body.
   *
   * @param appKey the app key the webhook is for
   * @param rawBody the request body exactly as received or sent
   * @return 64 lower-case hex digits
   * @throws InvalidValueException when the app key is blank or the body is null
   */
  public String webhookSignature(String appKey, byte[] rawBody) {
    if (appKey == null || appKey.isBlank()) {
      throw new InvalidValueException("appKey", "must not be blank", appKey);
    }
    if (rawBody == null) {
      throw new InvalidValueException("rawBody", "must not be null", null);
    }
    return HmacSha256.hex(hmac.mac(appKey.getBytes(StandardCharsets.UTF_8), rawBody), false);
  }

  /**
   * Tells whether a webhook's {@code Authorization} header is the signature of its raw body.
   *
   * <p>The comparison takes the same time wherever the digits differ. Hex case is ignored; anything
   * other than exactly 64 hex digits (after trimming spaces) is invalid. Never throws: a missing or
   * malformed header, app key or body is simply not valid.
   *
   * @param appKey the app key the webhook is for
   * @param rawBody the request body exactly as received
   * @param authorization the {@code Authorization} header value, or null when absent
   * @return true only when the header matches
   */
  public boolean isValidWebhookSignature(String appKey, byte[] rawBody, String authorization) {
    if (appKey == null || appKey.isBlank() || rawBody == null || authorization == null) {
      return false;
    }
    return HmacSha256.matchesHex(
        hmac.mac(appKey.getBytes(StandardCharsets.UTF_8), rawBody), authorization);
  }

  private static boolean isMultipart(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.strip();
    return type.regionMatches(true, 0, "multipart/form-data", 0, "multipart/form-data".length());
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
