package io.github.craftmark.core.brand;

/**
 * Why a producer may or may not use a brand on a day: the reason in a {@link BrandUseDecision}.
 *
 * <p>{@link BrandRegistry#mayUse(io.github.craftmark.core.id.ProducerId,
 * io.github.craftmark.core.id.BrandId, java.time.LocalDate)} documents the order in which the
 * reasons are checked.
 */
public enum BrandUseReason {
  /** Allowed under an authorisation, which the decision carries. */
  ALLOWED(true),
  /** Allowed because the producer owns the brand and its type lets the owner use it. */
  ALLOWED_AS_OWNER(true),
  /** The registry holds no brand with that id. */
  UNKNOWN_BRAND(false),
  /** The brand is pending: not granted, or its protection has not begun on that day. */
  BRAND_NOT_REGISTERED(false),
  /** The brand's protection has expired or it was invalidated by that day. */
  BRAND_NOT_IN_FORCE(false),
  /**
   * The producer owns the brand, but its type does not let the owner use it: the owner of a
   * certification mark certifies others' goods and must not itself produce or trade them (Law on
   * Intellectual Property art. 87(4)), even with a certificate it issued to itself.
   */
  OWNER_MAY_NOT_USE(false),
  /** The producer holds no authorisation for the brand. */
  NO_AUTHORISATION(false),
  /** The basis of the producer's authorisation does not fit the brand's mark type. */
  BASIS_NOT_VALID_FOR_MARK_TYPE(false),
  /** The producer's authorisation was revoked on or before that day. */
  AUTHORISATION_REVOKED(false),
  /** The producer's authorisation ended before that day. */
  AUTHORISATION_EXPIRED(false),
  /** The producer's authorisation starts after that day. */
  AUTHORISATION_NOT_YET_VALID(false),
  /** The producer's authorisation is suspended on that day. */
  AUTHORISATION_SUSPENDED(false),
  /** The brand, or the producer's authorisation, does not cover the craft asked about. */
  CATEGORY_NOT_COVERED(false);

  private final boolean allows;

  BrandUseReason(boolean allows) {
    this.allows = allows;
  }

  /**
   * Tells whether this reason allows the use.
   *
   * @return true for {@link #ALLOWED} and {@link #ALLOWED_AS_OWNER}
   */
  public boolean allows() {
    return allows;
  }
}
