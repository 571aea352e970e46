package io.github.craftmark.platform;

/**
 * Where an order stands, in terms common to the platforms; the platform's own status word is kept
 * beside it ({@link MarketplaceOrder#platformStatus()}).
 */
public enum OrderStatus {
  /** Placed but not yet paid (or, for cash on delivery, not yet confirmed). */
  UNPAID,
  /** Paid or confirmed; the seller must pack and ship it. */
  TO_SHIP,
  /** Handed to the carrier. */
  SHIPPED,
  /** Delivered to the buyer. */
  DELIVERED,
  /** Finished: delivered and past the return window. */
  COMPLETED,
  /** Cancelled before delivery. */
  CANCELLED,
  /** Returned or refunded after delivery. */
  RETURNED,
  /** A status this version of the adapter does not know; see the platform's own word. */
  UNKNOWN
}
