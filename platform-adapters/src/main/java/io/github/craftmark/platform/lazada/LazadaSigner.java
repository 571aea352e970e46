package io.github.craftmark.platform.lazada;

import io.github.craftmark.core.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Lazada Open Platform request signature: HMAC-SHA256 with the app secret, upper-case hex.
 *
 * <p>What is signed, as Lazada's "Signature algorithm" page specifies: the API path (for example
 * {@code /order/get}), then every request parameter except {@code sign} sorted by name in ASCII
 * order and written as name immediately followed by value, then the request body if the call sends
 * one, all as UTF-8. Parameters whose name or value is empty or only white space are left out, as
 * Lazada's Java reference skips empty ones; since reference implementations differ on white space,
 * the adapter never sends such a parameter at all. The system parameters {@code app_key}, {@code timestamp} (milliseconds since the
 * epoch), {@code sign_method} ({@value #SIGN_METHOD}) and {@code access_token} are ordinary
 * parameters here: they are signed like the rest. File parameters (bytes) are never signed.
 *
 * <pre>{@code
 * LazadaSigner signer = LazadaSigner.withAppSecret(appSecret);
 * String sign = signer.sign("/order/get", Map.of(
 *     "app_key", "123456", "access_token", token, "order_id", "1234",
 *     "sign_method", "sha256", "timestamp", "1517820392000"));
 * }</pre>
 *
 * <p>The same secret also signs Lazada's push messages, with a different recipe: {@link
 * #pushSignature(String, byte[])} and {@link #verifyPush(String, byte[], String)}.
 *
 * <p>Instances are immutable and thread-safe. The secret never appears in {@link #toString()} or
 * in a message.
 */
public final class LazadaSigner {
  /** The value of the {@code sign_method} parameter for HMAC-SHA256. */
  public static final String SIGN_METHOD = "sha256";

  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();
  private static final HexFormat LOWER_HEX = HexFormat.of();

  private final SecretKeySpec key;
  // Mac objects are not thread-safe and costly to create; one per thread keeps signing cheap.
  private final ThreadLocal<Mac> macs;

  private LazadaSigner(byte[] secret) {
    this.key = new SecretKeySpec(secret, ALGORITHM);
    Arrays.fill(secret, (byte) 0);
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  /**
   * Returns a signer for the app secret shown in Lazada's App Console.
   *
   * @param appSecret the app secret; not blank
   * @return the signer
   * @throws InvalidValueException when the secret is null or blank (the message never shows it)
   */
  public static LazadaSigner withAppSecret(String appSecret) {
    if (appSecret == null || appSecret.isBlank()) {
      throw InvalidValueException.withoutValue("appSecret", "must not be blank");
    }
    return new LazadaSigner(appSecret.getBytes(StandardCharsets.UTF_8));
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
    byte[] head = stringToSign(apiPath, parameters).getBytes(StandardCharsets.UTF_8);
    Mac mac = macs.get();
    mac.update(head);
    if (body != null) {
      mac.update(body);
    }
    return UPPER_HEX.formatHex(mac.doFinal());
  }

  /**
   * Checks a request signature the way Lazada's gateway does, in constant time.
   *
   * @param apiPath the API path, starting with {@code /}
   * @param parameters the parameters received; a {@code sign} entry is ignored
   * @param body the raw body when the call signs one, else null
   * @param signature the {@code sign} value received; either hex case is accepted
   * @return true when it matches
   */
  public boolean verify(
      String apiPath, Map<String, String> parameters, byte[] body, String signature) {
    if (signature == null) {
      return false;
    }
    byte[] expected = sign(apiPath, parameters, body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }

  /**
   * Returns the text that {@link #sign(String, Map)} hashes: the path followed by the sorted
   * parameters as name and value, without the body. Useful to compare with what another
   * implementation signs when a call fails with {@code IncompleteSignature}.
   *
   * @param apiPath the API path, starting with {@code /}
   * @param parameters the parameters; a {@code sign} entry and blank names or values are left out
   * @return the text to sign
   * @throws InvalidValueException when the path is malformed or a parameter name is null
   */
  public static String stringToSign(String apiPath, Map<String, String> parameters) {
    if (apiPath == null || !apiPath.startsWith("/")) {
      throw new InvalidValueException("apiPath", "must start with /", apiPath);
    }
    if (parameters == null) {
      throw new InvalidValueException("parameters", "must not be null", null);
    }
    String[] names;
    if (parameters instanceof SortedMap<String, String> sorted && sorted.comparator() == null) {
      names = sorted.keySet().toArray(new String[0]);
    } else {
      names = parameters.keySet().toArray(new String[0]);
      for (String name : names) {
        if (name == null) {
          throw new InvalidValueException("parameters", "must not have a null name", null);
        }
      }
      // String order is UTF-16 code-unit order: ASCII order for the ASCII names Lazada uses.
      Arrays.sort(names);
    }
    StringBuilder text = new StringBuilder(apiPath.length() + 32 * names.length);
    text.append(apiPath);
    for (String name : names) {
      String value = parameters.get(name);
      if (name.equals("sign") || isBlank(name) || isBlank(value)) {
        continue;
      }
      text.append(name).append(value);
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
  public String pushSignature(String appKey, byte[] rawBody) {
    if (appKey == null || appKey.isBlank()) {
      throw new InvalidValueException("appKey", "must not be blank", appKey);
    }
    if (rawBody == null) {
      throw new InvalidValueException("rawBody", "must not be null", null);
    }
    Mac mac = macs.get();
    mac.update(appKey.getBytes(StandardCharsets.UTF_8));
    mac.update(rawBody);
    return LOWER_HEX.formatHex(mac.doFinal());
  }

  /**
   * Checks a push message's {@code Authorization} header in constant time, before anything reads
   * the body. Never throws: missing or malformed input is simply not verified.
   *
   * @param appKey the app key the push is for
   * @param rawBody the body exactly as received
   * @param authorization the header value; either hex case is accepted, surrounding spaces ignored
   * @return true when the header is the signature of this body
   */
  public boolean verifyPush(String appKey, byte[] rawBody, String authorization) {
    if (appKey == null || appKey.isBlank() || rawBody == null || authorization == null) {
      return false;
    }
    byte[] expected = pushSignature(appKey, rawBody).getBytes(StandardCharsets.US_ASCII);
    byte[] given = authorization
        .strip()
        .toLowerCase(java.util.Locale.ROOT)
        .getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }

  @Override
  public String toString() {
    return "LazadaSigner[appSecret=***]";
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      // Every Java SE runtime must provide HmacSHA256.
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
