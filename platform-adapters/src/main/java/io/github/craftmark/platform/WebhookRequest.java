package io.github.craftmark.platform;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.internal.Checks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A push (webhook) call exactly as it reached the application: the full URL it was sent to, the
 * headers and the raw body bytes.
 *
 * <p>Signatures cover the exact bytes (and, for Shopee, the exact URL), so build this from what
 * the HTTP server received, before any JSON parsing or re-encoding. Header names are matched
 * without regard to case. The body is copied in and out; the instance is immutable.
 */
public final class WebhookRequest {
  /** The largest body accepted, in bytes; pushes are small JSON documents. */
  public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  private final URI url;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  private WebhookRequest(URI url, Map<String, List<String>> headers, byte[] body) {
    this.url = url;
    this.headers = headers;
    this.body = body;
  }

  /**
   * Returns the request as received.
   *
   * @param url the full URL the platform called, as registered with it (scheme, host, path and
   *     query)
   * @param headers the headers; names in any case
   * @param body the raw body bytes (copied)
   * @return the request
   * @throws InvalidValueException when an argument is null or the body is over {@link
   *     #MAX_BODY_BYTES}
   */
  public static WebhookRequest of(URI url, Map<String, List<String>> headers, byte[] body) {
    Checks.notNull("url", url);
    Checks.notNull("headers", headers);
    Checks.notNull("body", body);
    if (body.length > MAX_BODY_BYTES) {
      throw new InvalidValueException(
          "body", "must be at most " + MAX_BODY_BYTES + " bytes", body.length);
    }
    TreeMap<String, List<String>> copy = new TreeMap<>();
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey() == null) {
        continue; // HttpURLConnection reports the status line under a null key
      }
      List<String> values =
          copy.computeIfAbsent(entry.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
      for (String value : Checks.list("headers[" + entry.getKey() + "]", entry.getValue())) {
        values.add(value);
      }
    }
    copy.replaceAll((k, v) -> List.copyOf(v));
    return new WebhookRequest(url, Collections.unmodifiableMap(copy), body.clone());
  }

  /**
   * Returns the request with single-valued headers, for tests and simple servers.
   *
   * @param url the full URL the platform called
   * @param headers the headers, one value each
   * @param body the raw body bytes (copied)
   * @return the request
   */
  public static WebhookRequest ofSingleValued(URI url, Map<String, String> headers, byte[] body) {
    Checks.notNull("headers", headers);
    TreeMap<String, List<String>> multi = new TreeMap<>();
    headers.forEach((name, value) -> multi.put(name, List.of(Checks.notNull(name, value))));
    return of(url, multi, body);
  }

  /**
   * Returns the full URL the platform called.
   *
   * @return the URL
   */
  public URI url() {
    return url;
  }

  /**
   * Returns the headers, names in lower case.
   *
   * @return an unmodifiable map
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header's name, in any case
   * @return its first value, or empty when absent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns a copy of the raw body bytes.
   *
   * @return the bytes
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Returns the body decoded as UTF-8, for parsing after verification.
   *
   * @return the text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Returns the URL's path and the body size; never the headers, which carry signatures. */
  @Override
  public String toString() {
    return "WebhookRequest[" + url.getPath() + ", " + body.length + " bytes]";
  }
}
