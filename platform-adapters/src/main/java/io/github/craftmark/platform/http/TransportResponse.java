package io.github.craftmark.platform.http;

import io.github.craftmark.platform.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A marketplace's answer: HTTP status, headers and the exact body bytes.
 *
 * <p>The status alone does not tell success: TikTok Shop and Lazada answer errors with HTTP 200 and
 * a code in the body, so adapters decide from the body the platform's way.
 *
 * @param statusCode the HTTP status, 100..599
 * @param headers header name → values; look up with {@link #header(String)}, which ignores case
 * @param body the body bytes
 */
public record TransportResponse(int statusCode, Map<String, List<String>> headers, byte[] body) {
  /**
   * Validates the answer and copies headers and body.
   *
   * @param statusCode the HTTP status, 100..599
   * @param headers header name → values
   * @param body the body bytes
   */
  public TransportResponse {
    Checks.inRange("statusCode", statusCode, 100, 599);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (headers != null) {
      headers.forEach((name, values) -> {
        if (name != null) {
          copy.put(
              name, List.copyOf(new ArrayList<>(Checks.list("headers[" + name + "]", values))));
        }
      });
    }
    headers = Collections.unmodifiableMap(copy);
    body = body == null ? new byte[0] : body.clone();
  }

  /**
   * Returns an answer with a UTF-8 text body and no headers, for tests and custom transports.
   *
   * @param statusCode the HTTP status
   * @param body the body text
   * @return the answer
   */
  public static TransportResponse of(int statusCode, String body) {
    return new TransportResponse(statusCode, Map.of(), body.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the first value of a header.
   *
   * @param name its name, in any case
   * @return the value, or empty
   */
  public Optional<String> header(String name) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return Optional.of(entry.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether the status is 2xx.
   *
   * @return true for 200..299
   */
  public boolean isSuccessStatus() {
    return statusCode >= 200 && statusCode < 300;
  }

  /**
   * Returns a copy of the body bytes.
   *
   * @return the bytes
   */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /**
   * Returns the body decoded as UTF-8.
   *
   * @return the text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransportResponse other
        && statusCode == other.statusCode
        && headers.equals(other.headers)
        && Arrays.equals(body, other.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statusCode, headers) * 31 + Arrays.hashCode(body);
  }

  /** Returns the status and body size; the body may carry tokens (token calls). */
  @Override
  public String toString() {
    return "TransportResponse[" + statusCode + ", " + body.length + " bytes]";
  }
}
