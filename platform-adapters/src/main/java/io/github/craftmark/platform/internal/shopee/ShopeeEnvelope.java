package io.github.craftmark.platform.internal.shopee;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.craftmark.platform.internal.Json;
import java.util.Optional;
import java.util.Set;

/**
 * A Shopee response read the way Shopee means it: {@code request_id}, {@code error}, {@code
 * message}, {@code warning} and {@code response}. The call succeeded when {@code error} is absent or
 * empty and the HTTP status is 2xx; Shopee also answers failures with HTTP 200.
 *
 * @param httpStatus the HTTP status
 * @param requestId Shopee's request id, empty when the body has none
 * @param error the error code, empty on success
 * @param message the error message, empty when none
 * @param warning the warning text (a partial failure in a batch), empty when none
 * @param root the whole body, for calls (such as the token calls) that answer at top level
 * @param response the {@code response} object, a missing node when absent
 */
public record ShopeeEnvelope(
    int httpStatus,
    String requestId,
    String error,
    String message,
    String warning,
    JsonNode root,
    JsonNode response) {

  /**
   * Error codes Shopee sends when a partner calls too often. Shopee publishes no numbers for its
   * limits; HTTP 429 is treated the same way.
   */
  static final Set<String> RATE_LIMIT_CODES = Set.of("error_rate_limit", "error_limit");

  /**
   * Error codes for an access token that has expired or been replaced; the misspelt one is what
   * Shopee actually sends.
   */
  static final Set<String> TOKEN_CODES = Set.of("invalid_acceess_token", "invalid_access_token");

  /** Error codes for a temporary fault on Shopee's side. */
  static final Set<String> SERVER_CODES = Set.of("error_server");

  /**
   * Reads a response body. Never throws: a body that is not a JSON object becomes a failure with
   * error {@code invalid_response}.
   *
   * @param httpStatus the HTTP status
   * @param body the raw body
   * @return the envelope
   */
  public static ShopeeEnvelope parse(int httpStatus, byte[] body) {
    // A body that is not JSON is an answer too: a failure, read below.
    JsonNode root = Json.readObject(body).orElse(null);
    if (root == null) {
      String code =
          httpStatus >= 200 && httpStatus < 300 ? "invalid_response" : "http_" + httpStatus;
      return new ShopeeEnvelope(
          httpStatus,
          "",
          code,
          "expected a JSON object from Shopee, found " + describe(body),
          "",
          MissingNode.getInstance(),
          MissingNode.getInstance());
    }
    String error = text(root.get("error"));
    if (error.isEmpty() && (httpStatus < 200 || httpStatus >= 300)) {
      error = "http_" + httpStatus;
    }
    return new ShopeeEnvelope(
        httpStatus,
        text(root.get("request_id")),
        error,
        text(root.get("message")),
        text(root.get("warning")),
        root,
        root.path("response"));
  }

  /** Tells whether the call succeeded. */
  public boolean ok() {
    return error.isEmpty();
  }

  /** Tells whether Shopee refused the call because of its rate limit. */
  public boolean rateLimited() {
    return httpStatus == 429 || RATE_LIMIT_CODES.contains(error);
  }

  /** Tells whether the access token was refused as expired or replaced. */
  public boolean accessTokenInvalid() {
    return TOKEN_CODES.contains(error);
  }

  /**
   * Tells whether sending the same call again may succeed: rate limits (Shopee did not act) and
   * server-side faults. The caller still decides whether the call is safe to repeat.
   */
  public boolean retryable() {
    return rateLimited() || httpStatus >= 500 || SERVER_CODES.contains(error);
  }

  /** Returns the warning, if any. */
  public Optional<String> warningText() {
    return warning.isEmpty() ? Optional.empty() : Optional.of(warning);
  }

  /**
   * Shows the status, request id and error; never the body, which carries tokens on token calls.
   */
  @Override
  public String toString() {
    return "ShopeeEnvelope[HTTP " + httpStatus + ", request_id " + requestId
        + (error.isEmpty() ? ", ok" : ", error " + error) + "]";
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "";
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }

  private static String describe(byte[] body) {
    if (body == null || body.length == 0) {
      return "an empty body";
    }
    return body.length + " bytes that are not a JSON object";
  }
}
