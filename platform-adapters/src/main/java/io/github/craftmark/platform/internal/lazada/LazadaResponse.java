package io.github.craftmark.platform.internal.lazada;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Optional;
import java.util.Set;

/**
 * One Lazada reply, decided the Lazada way: success is {@code code == "0"} in the body, whatever
 * the HTTP status says. Errors carry {@code code}, {@code type} ({@code ISV}, {@code ISP} or
 * {@code SYSTEM}), {@code message} and {@code request_id}.
 *
 * @param httpStatus the HTTP status
 * @param code the body's {@code code}; empty when the body is not a Lazada JSON reply
 * @param type the error type, if given
 * @param message the error message, if given
 * @param requestId the request id, if given
 * @param root the whole JSON document (a missing node when unreadable)
 */
record LazadaResponse(
    int httpStatus,
    Optional<String> code,
    Optional<String> type,
    Optional<String> message,
    Optional<String> requestId,
    JsonNode root) {

  /** Success code of every Lazada reply. */
  static final String SUCCESS = "0";

  /**
   * Rate-limit codes: {@code ApiCallLimit} (app or seller call quota) and {@code 901} ("the
   * request is too frequent", the per-API QPS limit the API reference tells callers to retry).
   */
  static final Set<String> RATE_LIMIT_CODES = Set.of("ApiCallLimit", "901");

  /** Codes meaning the access token is unknown, expired or revoked. */
  static final Set<String> TOKEN_CODES = Set.of("IllegalAccessToken");

  /** Reads a reply; never throws, an unreadable body gives an empty {@link #code()}. */
  static LazadaResponse parse(int httpStatus, byte[] body) {
    Optional<JsonNode> json = LazadaJson.read(body).filter(JsonNode::isObject);
    if (json.isEmpty()) {
      return new LazadaResponse(
          httpStatus,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          MissingNode.getInstance());
    }
    JsonNode root = json.get();
    return new LazadaResponse(
        httpStatus,
        LazadaJson.text(root, "code"),
        LazadaJson.text(root, "type"),
        LazadaJson.text(root, "message"),
        LazadaJson.text(root, "request_id"),
        root);
  }

  /** Shows the status, code and request id; never the body, which carries tokens on token calls. */
  @Override
  public String toString() {
    return "LazadaResponse[HTTP " + httpStatus + ", code " + code.orElse("none") + ", request_id "
        + requestId.orElse("none") + "]";
  }

  boolean isSuccess() {
    return code.filter(SUCCESS::equals).isPresent();
  }

  boolean isRateLimited() {
    return httpStatus == 429 || code.filter(RATE_LIMIT_CODES::contains).isPresent();
  }

  boolean isTokenRejected() {
    return code.filter(TOKEN_CODES::contains).isPresent();
  }

  /** Worth retrying as it is: throttled, or the platform failed rather than the request. */
  boolean isRetryable() {
    return isRateLimited() || (httpStatus >= 500 && !isSuccess());
  }

  /** The {@code data} object of a successful reply (a missing node when absent). */
  JsonNode data() {
    return root.path("data");
  }

  /** Code to report: the body's code, else {@code HTTP_<status>}. */
  String errorCode() {
    return code.orElse("HTTP_" + httpStatus);
  }

  /** Message to report: the body's message, else a description of what came back. */
  String errorMessage() {
    if (message.isPresent()) {
      return message.get();
    }
    return code.isPresent()
        ? "Lazada returned code " + code.get() + " without a message"
        : "Lazada returned HTTP " + httpStatus + " without a Lazada JSON body";
  }
}
