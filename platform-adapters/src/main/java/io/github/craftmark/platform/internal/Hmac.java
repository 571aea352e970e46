package io.github.craftmark.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 as the marketplaces use it: hex output, constant-time comparison. */
public final class Hmac {
  private Hmac() {}

  /** Returns HMAC-SHA256 of {@code data} under {@code key} (UTF-8), as 32 bytes. */
  public static byte[] sha256(String key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      // Every Java SE platform must provide HmacSHA256.
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** Returns HMAC-SHA256 as 64 lower-case hex digits, leading zeros kept. */
  public static String sha256Hex(String key, byte[] data) {
    return HexFormat.of().formatHex(sha256(key, data));
  }

  /**
   * Tells whether {@code givenHex} is the HMAC of {@code data}, comparing in constant time; the
   * hex digits may be in either case.
   */
  public static boolean matchesHex(String key, byte[] data, String givenHex) {
    if (givenHex == null || givenHex.length() != 64) {
      return false;
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(givenHex);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(sha256(key, data), given);
  }
}
