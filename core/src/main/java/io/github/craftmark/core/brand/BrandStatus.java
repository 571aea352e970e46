package io.github.craftmark.core.brand;

/**
 * The state of a brand on a given day, derived from its registration, protection period and
 * invalidation by {@link VillageBrand#statusOn(java.time.LocalDate)}.
 *
 * <p>It is derived rather than stored so that it cannot go stale: a brand registered today is
 * expired ten years on without anyone updating it.
 */
public enum BrandStatus {
  /** Not granted, or granted but its protection has not yet begun on that day. */
  PENDING,
  /** Granted and protected on that day. */
  REGISTERED,
  /** Its protection ended before that day. */
  EXPIRED,
  /** Terminated or annulled by decision, effective on or before that day. */
  INVALIDATED;

  /**
   * Tells whether the brand is in force in this state.
   *
   * @return true only for {@link #REGISTERED}
   */
  public boolean inForce() {
    return this == REGISTERED;
  }
}
