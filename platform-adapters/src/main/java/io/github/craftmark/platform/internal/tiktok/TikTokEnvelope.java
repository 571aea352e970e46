package io.github.craftmark.platform.internal.tiktok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.craftmark.platform.internal.Json;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The envelope of every TikTok Shop response: {@code {code, message, data, request_id}}.
 *
 * <p>Success is {@code code == 0} in the body, not the HTTP status: TikTok Shop answers many
 * failures with HTTP 200 and a non-zero code. A body that is not a JSON object with a numeric
 * {@code code} (a gateway's HTML error page, an empty body) becomes an envelope with code {@link
 * #NO_CODE} whose message says what was found, so callers handle one shape.
 *
 * @param httpStatus the HTTP status
 * @param code the body's {@code code}, or {@link #NO_CODE}
 * @param message the body's {@code message}, or a description of the unreadable body
 * @param data the body's {@code data}, {@link NullNode} when absent
 * @param requestId the body's {@code request_id}, or an empty string
 * @param retryAfter how long the response's {@code Retry-After} header asks to wait, if it does
 */
public record TikTokEnvelope(
    int httpStatus,
    long code,
    String message,
    JsonNode data,
    String requestId,
    Optional<Duration> retryAfter) {
  /** The code of an envelope whose body had no numeric {@code code}. */
  public static final long NO_CODE = -1;

  private static final int MAX_SHOWN = 200;

  /**
   * Normalises the components.
   *
   * @param httpStatus the HTTP status
   * @param code the body's {@code code}, or {@link #NO_CODE}
   * @param message the body's {@code message}, or a description of the unreadable body
   * @param data the body's {@code data}, {@link NullNode} when absent
   * @param requestId the body's {@code request_id}, or an empty string
   * @param retryAfter how long the response's {@code Retry-After} header asks to wait, if it does
   */
  public TikTokEnvelope {
    message = Objects.requireNonNullElse(message, "");
    data = data == null || data.isMissingNode() ? NullNode.getInstance() : data;
    requestId = Objects.requireNonNullElse(requestId, "");
    retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
  }

  /** An envelope without a {@code Retry-After}. */
  public TikTokEnvelope(
      int httpStatus, long code, String message, JsonNode data, String requestId) {
    this(httpStatus, code, message, data, requestId, Optional.empty());
  }

  /** Returns a copy that carries the response's {@code Retry-After}. */
  public TikTokEnvelope withRetryAfter(Duration wait) {
    return new TikTokEnvelope(httpStatus, code, message, data, requestId, Optional.of(wait));
  }

  /**
   * Reads an envelope; never throws for a malformed body.
   *
   * @param httpStatus the HTTP status
   * @param body the response body
   * @return the envelope
   */
  public static TikTokEnvelope parse(int httpStatus, byte[] body) {
    byte[] bytes = body == null ? new byte[0] : body;
    Optional<JsonNode> json = Json.read(bytes);
    if (json.isEmpty()) {
      return unreadable(httpStatus, "response body is not JSON", bytes);
    }
    JsonNode root = json.get();
    if (!root.isObject()) {
      return unreadable(httpStatus, "response body is not a JSON object", bytes);
    }
    JsonNode code = root.path("code");
    String message = root.path("message").asText("");
    String requestId = root.path("request_id").asText("");
    if (!code.isIntegralNumber() || !code.canConvertToLong()) {
      return new TikTokEnvelope(
          httpStatus,
          NO_CODE,
          message.isEmpty() ? "response has no numeric code" : message,
          root.path("data"),
          requestId);
    }
    return new TikTokEnvelope(httpStatus, code.asLong(), message, root.path("data"), requestId);
  }

  private static TikTokEnvelope unreadable(int httpStatus, String what, byte[] body) {
    return new TikTokEnvelope(
        httpStatus,
        NO_CODE,
        what + " (HTTP " + httpStatus + ", " + body.length + " bytes)",
        null,
        "");
  }

  /**
   * Tells whether the call succeeded: the body's code is 0.
   *
   * @return true on success
   */
  public boolean isSuccess() {
    return code == TikTokApi.OK;
  }

  /**
   * Tells whether TikTok Shop asked the caller to slow down: HTTP 429 or code {@value
   * TikTokApi#TOO_MANY_REQUESTS}.
   *
   * @return true when rate limited
   */
  public boolean isRateLimited() {
    return httpStatus == 429 || code == TikTokApi.TOO_MANY_REQUESTS;
  }

  /**
   * Tells whether the access token has expired (code {@value TikTokApi#ACCESS_TOKEN_EXPIRED}), so
   * that a refresh and one more try may succeed.
   *
   * @return true when the token has expired
   */
  public boolean isAccessTokenExpired() {
    return code == TikTokApi.ACCESS_TOKEN_EXPIRED;
  }

  /**
   * Tells whether trying again later may succeed: rate limits, 5xx statuses and TikTok's internal
   * error code {@value TikTokApi#INTERNAL_ERROR}. Callers still retry only operations that are safe
   * to repeat.
   *
   * @return true when the failure is transient
   */
  public boolean isTransient() {
    return !isSuccess()
        && (isRateLimited() || httpStatus >= 500 || code == TikTokApi.INTERNAL_ERROR);
  }

  /**
   * Returns the {@code data} object of a successful response.
   *
   * @param what what the call was, for the message, e.g. {@code "create product"}
   * @return the data object
   * @throws TikTokResponseException when {@code data} is not an object
   */
  public JsonNode dataObject(String what) {
    if (!data.isObject()) {
      throw new TikTokResponseException(
          what + " response data must be a JSON object: " + data.getNodeType());
    }
    return data;
  }

  /**
   * Shows the status, code and request id; never the data, which carries tokens on token calls.
   *
   * @return e.g. {@code "TikTokEnvelope[HTTP 200, code 0, request_id 2022…]"}
   */
  @Override
  public String toString() {
    return "TikTokEnvelope[HTTP " + httpStatus + ", code " + code + ", request_id " + requestId
        + "]";
  }

  /**
   * Describes the failure for an exception message: code, message and request id, shortened.
   *
   * @return e.g. {@code "code 12052024: Category is not final category (request 2022…)"}
   */
  public String describe() {
    String shown = Texts.shorten(message, MAX_SHOWN);
    return "code " + code + ": " + shown
        + (requestId.isEmpty() ? "" : " (request " + requestId + ")");
  }
}
