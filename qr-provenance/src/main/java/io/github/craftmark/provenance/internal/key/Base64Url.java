package io.github.craftmark.provenance.internal.key;

import java.util.Base64;

/** Base64url without padding (RFC 7515 §2), decoded strictly: only the canonical form is read. */
public final class Base64Url {
  private Base64Url() {}

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  /**
   * Encodes bytes.
   *
   * @param bytes the bytes
   * @return base64url text without padding
   */
  public static String encode(byte[] bytes) {
    return ENCODER.encodeToString(bytes);
  }

  /**
   * Decodes canonical base64url without padding.
   *
   * @param text the text
   * @return the bytes, or null when the text is not canonical unpadded base64url
   */
  public static byte[] decodeOrNull(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_';
      if (!ok) {
        return null;
      }
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
    // Unused low bits of the last character must be zero: re-encoding must give the same text.
    return ENCODER.encodeToString(bytes).equals(text) ? bytes : null;
  }
}
