package io.github.craftmark.platform.lazada;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.internal.Checks;
import io.github.craftmark.platform.internal.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Signs Lazada Open Platform requests and checks Lazada push (webhook) signatures: HMAC-SHA256
 * with the app secret, upper-case hex for requests.
 *
 * <p>What is signed, as Lazada's "Signature algorithm" page specifies: the API path (for example
 * {@code /order/get}), then every request parameter except {@code sign} sorted by name in ASCII
 * order and written as name immediately followed by value, then the request body if the call sends
 * one, all as UTF-8. Parameters whose name or value is empty or only white space are left out, as
 * Lazada's Java reference skips empty ones; since reference implementations differ on white space,
 * the adapter never sends such a parameter at all. The system parameters {@code app_key},
 * {@code timestamp} (milliseconds since the epoch), {@code sign_method} ({@value #SIGN_METHOD}) and {@code access_token} are ordinary
 * parameters here: they are signed like the rest. File parameters (bytes) are never signed.
 *
 * <pre>{@code
 * LazadaSigner signer = LazadaSigner.of(appSecret);
 * String sign = signer.sign("/order/get", Map.of(
 *     "app_key", "123456", "access_token", token, "order_id", "1234",
 *     "sign_method", "sha256", "timestamp", "1517820392000"));
 * }</pre>
 *
 * <p>The same secret also signs Lazada's push messages, with a different recipe: lower-case hex
 * HMAC-SHA256 of the app key followed by the raw body, {@link #webhookSignature(String, byte[])}
 * and {@link #isValidWebhookSignature(String, byte[], String)}.
 *
 * <p>Signing costs little more than the HMAC itself, most of all when the parameters come in a
 * {@link java.util.TreeMap}, which is read in its own order; any other map is sorted first.
 * Instances are immutable and thread-safe: make one and share it, as each thread keeps an
 * initialised MAC for it. The secret never appears in {@link #toString()} or in
 * a message.
 */
public final class LazadaSigner {
  /** The value of the {@code sign_method} parameter for HMAC-SHA256. */
  public static final String SIGN_METHOD = "sha256";

  private final HmacSha256 hmac;

  private LazadaSigner(HmacSha256 hmac) {
    this.hmac = hmac;
  }

  /**
   * Returns a signer for the app secret shown in Lazada's App Console.
   *
   * @param appSecret the app secret; not blank
   * @return the signer
   * @throws InvalidValueException when the secret is null or blank (the message never shows it)
   */
  public static LazadaSigner of(String appSecret) {
    if (appSecret == null || appSecret.isBlank()) {
      throw InvalidValueException.withoutValue("appSecret", "must not be blank");
    }
    return new LazadaSigner(HmacSha256.ofUtf8(appSecret));
  }

  /**
   * Signs a request that sends no body: the value of its {@code sign} parameter.
   *
   * @param apiPath the API path, for example {@code /products/get}; it must start with {@code /}
   * @param parameters every parameter the request sends, system parameters included; a {@code
   *     sign} entry is ignored
   * @return 64 upper-case hex digits
   * @throws InvalidValueException when the path or a parameter name is malformed
   */
  public String sign(String apiPath, Map<String, String> parameters) {
    return sign(apiPath, parameters, null);
  }

  /**
   * Signs a request whose raw body is part of the signature, for the calls that send one.
   *
   * <p>Form-encoded and multipart requests have no signed body: their fields are parameters, and
   * their file fields are not signed at all. Pass the exact bytes that go on the wire, never a
   * re-serialised copy.
   *
   * @param apiPath the API path, starting with {@code /}
   * @param parameters every parameter the request sends; a {@code sign} entry is ignored
   * @param body the exact body bytes, or null (or empty) for none
   * @return 64 upper-case hex digits
   * @throws InvalidValueException when the path or a parameter name is malformed
   */
  public String sign(String apiPath, Map<String, String> parameters, byte[] body) {
    return message(apiPath, parameters, body).hex(true);
  }

  /**
   * Tells whether a request's {@code sign} is right, as Lazada's gateway checks it: in constant
   * time, either hex case. Never throws for a bad signature: a missing or malformed one is simply
   * not valid.
   *
   * @param apiPath the API path, starting with {@code /}
   * @param parameters the parameters received; a {@code sign} entry is ignored
   * @param body the raw body when the call signs one, else null
   * @param signature the {@code sign} value received, or null
   * @return true when it matches
   * @throws InvalidValueException when the path or a parameter name is malformed
   */
  public boolean isValidSignature(
      String apiPath, Map<String, String> parameters, byte[] body, String signature) {
    return message(apiPath, parameters, body).matchesHex(signature);
  }

  // The same text as baseString, written straight into the HMAC's buffer.
  private HmacSha256.Message message(String apiPath, Map<String, String> parameters, byte[] body) {
    if (parameters == null) {
      Checks.apiPath(apiPath); // a bad path is reported first, whatever else is wrong
      throw new InvalidValueException("parameters", "must not be null", null);
    }
    // Paths and parameter names recur as literals: the thread checks and encodes each once.
    HmacSha256.Message message = hmac.message().appendPath(apiPath);
    for (Map.Entry<String, String> parameter : HmacSha256.inNameOrder(parameters)) {
      String name = parameter.getKey();
      String value = parameter.getValue();
      if (isSigned(name, value)) {
        message.appendFixed(name).append(value);
      }
    }
    return body == null ? message : message.append(body);
  }

  /**
   * Returns the text that {@link #sign(String, Map)} hashes: the path followed by the sorted
   * parameters as name and value, without the body. Useful to compare with what another
   * implementation signs when a call fails with {@code IncompleteSignature}.
   *
   * @param apiPath the API path, starting with {@code /}
   * @param parameters the parameters; a {@code sign} entry and blank names or values are left out
   * @return the text to sign; it holds the access token, so keep it out of logs
   * @throws InvalidValueException when the path is malformed or a parameter name is null
   */
  public static String baseString(String apiPath, Map<String, String> parameters) {
    Checks.apiPath(apiPath);
    if (parameters == null) {
      throw new InvalidValueException("parameters", "must not be null", null);
    }
    StringBuilder text = new StringBuilder(apiPath.length() + 32 * parameters.size());
    text.append(apiPath);
    for (Map.Entry<String, String> parameter : HmacSha256.inNameOrder(parameters)) {
      String name = parameter.getKey();
      String value = parameter.getValue();
      if (isSigned(name, value)) {
        text.append(name).append(value);
      }
    }
    return text.toString();
  }

  /**
   * Computes the {@code Authorization} header Lazada puts on a push message: lower-case hex
   * HMAC-SHA256 over the app key followed by the raw body bytes.
   *
   * @param appKey the app key the push is for
   * @param rawBody the body exactly as received, before any parsing
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
   * Tells whether a push message's {@code Authorization} header is the signature of its raw body,
   * in constant time, before anything reads the body. Never throws: missing or malformed input is
   * simply not valid.
   *
   * @param appKey the app key the push is for
   * @param rawBody the body exactly as received
   * @param authorization the header value, or null; either hex case, surrounding spaces ignored
   * @return true when the header is the signature of this body
   */
  public boolean isValidWebhookSignature(String appKey, byte[] rawBody, String authorization) {
    if (appKey == null || appKey.isBlank() || rawBody == null || authorization == null) {
      return false;
    }
    return HmacSha256.matchesHex(
        hmac.mac(appKey.getBytes(StandardCharsets.UTF_8), rawBody), authorization);
  }

  /**
   * Returns a description without the secret.
   *
   * @return {@code "LazadaSigner[appSecret=***]"}
   */
  @Override
  public String toString() {
    return "LazadaSigner[appSecret=***]";
  }

  private static boolean isSigned(String name, String value) {
    return !name.equals("sign") && !isBlank(name) && !isBlank(value);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
