package io.github.craftmark.platform;

import io.github.craftmark.core.CraftMarkException;
import io.github.craftmark.platform.internal.Checks;
import java.time.Duration;
import java.util.Optional;

/**
 * A marketplace call failed: the platform refused it, or it could not be made.
 *
 * <p>Carries what the platform said, so a program can act and a person can quote it to the
 * platform's support: the {@link #errorCode()} (Shopee {@code error}, Lazada {@code code}, TikTok
 * Shop {@code code}), the {@link #platformMessage()}, the {@link #requestId()} and the HTTP
 * status. Failures before any answer use the codes {@link #TRANSPORT_ERROR} (network), {@link
 * #NO_TOKEN} (the shop has not authorised the application) and {@link #SKU_NOT_FOUND}. The message never contains tokens or
 * secrets.
 *
 * <p>{@link #isRetryable()} says whether the same call may succeed later (rate limits, server
 * errors, network failures); {@link io.github.craftmark.platform.http.RetryPolicy} has already
 * retried those it could.
 */
public class PlatformException extends CraftMarkException {
  private static final long serialVersionUID = 1L;

  /** The code of a failure to reach the platform or read its answer. */
  public static final String TRANSPORT_ERROR = "TRANSPORT_ERROR";

  /** The code of a call for a shop with no stored token, or whose refresh token has expired. */
  public static final String NO_TOKEN = "NO_TOKEN";

  /** The code of an answer the adapter could not understand. */
  public static final String UNEXPECTED_RESPONSE = "UNEXPECTED_RESPONSE";

  /**
   * The code of an update naming a SKU that the listing does not have, as the adapter found when
   * it looked the platform's SKU id up; nothing was sent for it.
   */
  public static final String SKU_NOT_FOUND = "SKU_NOT_FOUND";

  /** The marketplace called. */
  private final transient Marketplace marketplace;

  /** The platform's error code. */
  private final String errorCode;

  /** What the platform said. */
  private final String platformMessage;

  /** The platform's request id, or null. */
  private final String requestId;

  /** The HTTP status, or 0 when there was no answer. */
  private final int httpStatus;

  /** Whether the same call may succeed later. */
  private final boolean retryable;

  /** How long the platform asked to wait, or null. */
  private final transient Duration retryAfter;

  /**
   * Creates the exception from a builder's values.
   *
   * @param builder the values
   */
  protected PlatformException(Builder builder) {
    super(message(builder), builder.cause);
    this.marketplace = builder.marketplace;
    this.errorCode = builder.errorCode;
    this.platformMessage = builder.platformMessage;
    this.requestId = builder.requestId;
    this.httpStatus = builder.httpStatus;
    this.retryable = builder.retryable;
    this.retryAfter = builder.retryAfter;
  }

  /**
   * Returns a builder for a failure of a marketplace call.
   *
   * @param marketplace the marketplace called
   * @param errorCode the platform's error code, e.g. {@code "error_auth"}, {@code "ApiCallLimit"},
   *     {@code "36009004"}
   * @return the builder
   */
  public static Builder builder(Marketplace marketplace, String errorCode) {
    return new Builder(marketplace, errorCode);
  }

  private static String message(Builder b) {
    StringBuilder out = new StringBuilder();
    out.append(b.marketplace.displayName()).append(" error ").append(b.errorCode);
    if (b.httpStatus != 0 || b.requestId != null) {
      out.append(" (");
      if (b.httpStatus != 0) {
        out.append("HTTP ").append(b.httpStatus);
      }
      if (b.requestId != null) {
        out.append(b.httpStatus != 0 ? ", " : "").append("request id ").append(b.requestId);
      }
      out.append(')');
    }
    if (!b.platformMessage.isEmpty()) {
      out.append(": ").append(b.platformMessage);
    }
    return out.toString();
  }

  /**
   * Returns the marketplace called.
   *
   * @return the marketplace
   */
  public Marketplace marketplace() {
    return marketplace;
  }

  /**
   * Returns the platform's error code, or one of this class's constants.
   *
   * @return the code, never blank
   */
  public String errorCode() {
    return errorCode;
  }

  /**
   * Returns what the platform said, as it said it.
   *
   * @return the platform's message, possibly empty
   */
  public String platformMessage() {
    return platformMessage;
  }

  /**
   * Returns the platform's id of the failed request, to quote to its support.
   *
   * @return the request id, or empty when the platform gave none
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns the HTTP status of the platform's answer.
   *
   * @return the status, or 0 when there was no answer
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * Tells whether the same call may succeed if made again later.
   *
   * @return true for rate limits, server errors and network failures
   */
  public boolean isRetryable() {
    return retryable;
  }

  /**
   * Returns how long the platform asked the caller to wait ({@code Retry-After}).
   *
   * @return the wait, or empty
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** Builds a {@link PlatformException}. */
  public static final class Builder {
    private final Marketplace marketplace;
    private final String errorCode;
    private String platformMessage = "";
    private String requestId;
    private int httpStatus;
    private boolean retryable;
    private Duration retryAfter;
    private Throwable cause;

    private Builder(Marketplace marketplace, String errorCode) {
      this.marketplace = Checks.notNull("marketplace", marketplace);
      this.errorCode = Checks.text("errorCode", errorCode, 200);
    }

    /**
     * Sets what the platform said.
     *
     * @param message the platform's message, or null
     * @return this builder
     */
    public Builder message(String message) {
      this.platformMessage = message == null ? "" : message.strip();
      return this;
    }

    /**
     * Sets the platform's request id.
     *
     * @param requestId the id, or null or blank for none
     * @return this builder
     */
    public Builder requestId(String requestId) {
      this.requestId = requestId == null || requestId.isBlank() ? null : requestId.strip();
      return this;
    }

    /**
     * Sets the HTTP status of the answer.
     *
     * @param status 100..599, or 0 for no answer
     * @return this builder
     */
    public Builder httpStatus(int status) {
      if (status != 0) {
        Checks.inRange("httpStatus", status, 100, 599);
      }
      this.httpStatus = status;
      return this;
    }

    /**
     * Sets whether the same call may succeed later.
     *
     * @param retryable true for transient failures
     * @return this builder
     */
    public Builder retryable(boolean retryable) {
      this.retryable = retryable;
      return this;
    }

    /**
     * Sets how long the platform asked to wait.
     *
     * @param wait the wait, or null
     * @return this builder
     */
    public Builder retryAfter(Duration wait) {
      this.retryAfter = wait == null ? null : Checks.nonNegative("retryAfter", wait);
      return this;
    }

    /**
     * Sets the underlying failure.
     *
     * @param cause the cause, or null
     * @return this builder
     */
    public Builder cause(Throwable cause) {
      this.cause = cause;
      return this;
    }

    /**
     * Builds the exception.
     *
     * @return the exception, to throw
     */
    public PlatformException build() {
      return new PlatformException(this);
    }
  }
}
