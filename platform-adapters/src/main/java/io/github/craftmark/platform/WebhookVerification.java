package io.github.craftmark.platform;

import io.github.craftmark.platform.internal.Checks;
import java.util.Optional;

/**
 * The verdict on a push: {@link Verified} with the parsed event, or {@link Rejected} with the
 * reason. A forged or damaged push is an expected outcome, so it is a value, never an exception.
 *
 * <p>Answer a rejected push with HTTP 401 and do not act on it.
 */
public sealed interface WebhookVerification
    permits WebhookVerification.Verified, WebhookVerification.Rejected {

  /**
   * Returns a verdict that the push is genuine.
   *
   * @param event the parsed event
   * @return the verdict
   */
  static WebhookVerification verified(WebhookEvent event) {
    return new Verified(event);
  }

  /**
   * Returns a verdict that the push is not to be trusted.
   *
   * @param reason why, without secrets, e.g. {@code "signature does not match"}
   * @return the verdict
   */
  static WebhookVerification rejected(String reason) {
    return new Rejected(reason);
  }

  /**
   * Tells whether the push is genuine.
   *
   * @return true for {@link Verified}
   */
  boolean isVerified();

  /**
   * Returns the event of a genuine push.
   *
   * @return the event, or empty when rejected
   */
  Optional<WebhookEvent> verifiedEvent();

  /**
   * The push is genuine: its signature matches the raw bytes.
   *
   * @param event the parsed event
   */
  record Verified(WebhookEvent event) implements WebhookVerification {
    /**
     * Validates the verdict.
     *
     * @param event the parsed event
     */
    public Verified {
      Checks.notNull("event", event);
    }

    @Override
    public boolean isVerified() {
      return true;
    }

    @Override
    public Optional<WebhookEvent> verifiedEvent() {
      return Optional.of(event);
    }
  }

  /**
   * The push is not to be trusted: no signature, a wrong one, or a body that cannot be read.
   *
   * @param reason why, without secrets
   */
  record Rejected(String reason) implements WebhookVerification {
    /**
     * Validates the verdict.
     *
     * @param reason why, without secrets
     */
    public Rejected {
      reason = Checks.text("reason", reason, 500);
    }

    @Override
    public boolean isVerified() {
      return false;
    }

    @Override
    public Optional<WebhookEvent> verifiedEvent() {
      return Optional.empty();
    }
  }
}
