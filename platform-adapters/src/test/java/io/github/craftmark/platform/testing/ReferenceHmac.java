package io.github.craftmark.platform.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 written the obvious way, for the platform stand-ins and the signers' reference
 * checks: a new {@link Mac} per call and the JDK's {@link HexFormat}. It shares no code with the
 * signers' own implementation, so a stand-in that checks a signature with it checks the signer.
 */
public final class ReferenceHmac {
  private ReferenceHmac() {}

  /**
   * Returns the HMAC of parts written one after the other.
   *
   * @param key the key's UTF-8 text
   * @param parts the message, in pieces
   * @return 32 bytes
   */
  public static byte[] sha256(String key, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Returns the HMAC as 64 lower-case hex digits.
   *
   * @param key the key's UTF-8 text
   * @param parts the message, in pieces
   * @return the hex digits
   */
  public static String sha256Hex(String key, byte[]... parts) {
    return HexFormat.of().formatHex(sha256(key, parts));
  }

  /**
   * Returns the HMAC of a text's UTF-8 bytes as 64 lower-case hex digits.
   *
   * @param key the key's UTF-8 text
   * @param text the message
   * @return the hex digits
   */
  public static String sha256Hex(String key, String text) {
    return sha256Hex(key, text.getBytes(StandardCharsets.UTF_8));
  }
}
