package io.github.craftmark.platform;

/**
 * Where a listing stands on its marketplace, in terms common to the platforms; the platform's own
 * status word is kept beside it ({@link Listing#platformStatus()}).
 */
public enum ListingStatus {
  /** Visible and for sale (Shopee {@code NORMAL}, Lazada {@code active}, TikTok {@code ACTIVATE}). */
  LIVE,
  /** Waiting for the platform's review or quality check. */
  IN_REVIEW,
  /** Refused by the platform's review; fix and resubmit. */
  REJECTED,
  /** Hidden by the seller (unlisted, deactivated). */
  INACTIVE,
  /** Taken down or frozen by the platform. */
  BANNED,
  /** Deleted by the seller or the platform. */
  DELETED,
  /** Saved but never submitted. */
  DRAFT,
  /** A status this version of the adapter does not know; see the platform's own word. */
  UNKNOWN
}
