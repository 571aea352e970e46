package io.github.craftmark.platform.internal.tiktok;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** Writes query strings the way servers read them back: RFC 3986 percent-encoding, UTF-8. */
public final class QueryString {
  private QueryString() {}

  /**
   * Encodes {@code key=value} pairs joined by {@code &}, in the map's iteration order. A space
   * becomes {@code %20} and {@code +} becomes {@code %2B}, so no reader can mistake one for the
   * other.
   */
  public static String encode(Map<String, String> parameters) {
    StringJoiner query = new StringJoiner("&");
    for (Map.Entry<String, String> entry : parameters.entrySet()) {
      query.add(component(entry.getKey()) + "=" + component(entry.getValue()));
    }
    return query.toString();
  }

  /** Percent-encodes one key or value; unreserved characters stay as they are. */
  public static String component(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }
}
