package io.github.craftmark.core.ocop;

/**
 * The state of an OCOP certificate on a given day; see {@link OcopCertificate#statusOn}.
 *
 * <p>When several apply, the first in this order wins: {@link #REVOKED}, {@link #SUPERSEDED},
 * {@link #NOT_YET_VALID}, {@link #EXPIRED}, {@link #ACTIVE}.
 */
public enum CertificateStatus {
  /** Issued, within its validity, neither revoked nor superseded. */
  ACTIVE,
  /** The day is after the last valid day. */
  EXPIRED,
  /** Revoked by decision (thu hồi) on or before the day, whether or not it had also expired. */
  REVOKED,
  /** Replaced on or before the day by a later certificate (re-rating or renewal). */
  SUPERSEDED,
  /** The day is before the issue date. */
  NOT_YET_VALID
}
