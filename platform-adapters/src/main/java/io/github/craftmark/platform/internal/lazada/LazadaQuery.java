package io.github.craftmark.platform.internal.lazada;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Query strings and form bodies, percent-encoded as RFC 3986 (UTF-8, unreserved kept). */
final class LazadaQuery {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private LazadaQuery() {}

  /** {@code name=value&...} in the map's iteration order. */
  static String of(Map<String, String> parameters) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> entry : parameters.entrySet()) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(encode(entry.getKey())).append('=').append(encode(entry.getValue()));
    }
    return out.toString();
  }

  static String encode(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
      }
    }
    return out.toString();
  }
}
