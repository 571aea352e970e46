package io.github.craftmark.platform;

import io.github.craftmark.platform.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A verified push from a marketplace: what happened, for which shop, and the raw JSON.
 *
 * <p>Only {@link MarketplaceAdapter#verifyWebhook(WebhookRequest)} makes these, after checking the
 * signature. Platforms resend pushes (Lazada up to 12 times), so handle them idempotently, keyed by
 * {@link #eventId()} when the platform gives one.
 *
 * @param marketplace the marketplace that sent it
 * @param kind what happened, in common terms
 * @param type the platform's own event type, e.g. Shopee push code {@code "3"}
 * @param shopId the platform's id of the shop concerned, if the push names one
 * @param eventId the platform's id of this push, if it gives one
 * @param orderId the order concerned, for order events
 * @param occurredAt when it happened, if the push says
 * @param json the verified body as UTF-8 text
 */
public record WebhookEvent(
    Marketplace marketplace,
    Kind kind,
    String type,
    Optional<String> shopId,
    Optional<String> eventId,
    Optional<String> orderId,
    Optional<Instant> occurredAt,
    String json) {
  /**
   * Validates the event.
   *
   * @param marketplace the marketplace that sent it
   * @param kind what happened, in common terms
   * @param type the platform's own event type, e.g. Shopee push code {@code "3"}
   * @param shopId the platform's id of the shop concerned, if the push names one
   * @param eventId the platform's id of this push, if it gives one
   * @param orderId the order concerned, for order events
   * @param occurredAt when it happened, if the push says
   * @param json the verified body as UTF-8 text
   */
  public WebhookEvent {
    Checks.notNull("marketplace", marketplace);
    Checks.notNull("kind", kind);
    type = Checks.notNull("type", type).strip();
    shopId = Checks.optional(shopId);
    eventId = Checks.optional(eventId);
    orderId = Checks.optional(orderId);
    occurredAt = Checks.optional(occurredAt);
    Checks.notNull("json", json);
  }

  /** What a push is about, in terms common to the platforms. */
  public enum Kind {
    /** An order was placed or changed status. */
    ORDER_STATUS,
    /** A listing changed: review result, ban, deletion. */
    LISTING_STATUS,
    /** Stock changed or ran out on the platform. */
    STOCK,
    /** The seller authorised, renewed or revoked the application. */
    AUTHORIZATION,
    /** Anything else; see {@link WebhookEvent#type()} and the JSON. */
    OTHER
  }
}
