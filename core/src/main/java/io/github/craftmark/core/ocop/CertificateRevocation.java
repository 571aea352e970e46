package io.github.craftmark.core.ocop;

import io.github.craftmark.core.internal.Checks;
import java.time.LocalDate;

/**
 * The revocation (thu hồi) of an OCOP certificate: provinces revoke certificates not renewed in
 * time or whose products fail mandatory criteria.
 *
 * @param date the day the revocation takes effect; the certificate is revoked from this day on
 * @param decisionNumber the number of the revocation decision, e.g. {@code "3150/QĐ-UBND"}
 * @param reason why it was revoked, as published; NFC
 */
public record CertificateRevocation(LocalDate date, String decisionNumber, String reason) {
  /**
   * Validates the revocation.
   *
   * @param date the day the revocation takes effect; the certificate is revoked from this day on
   * @param decisionNumber the number of the revocation decision, e.g. {@code "3150/QĐ-UBND"}
   * @param reason why it was revoked, as published; NFC
   */
  public CertificateRevocation {
    Checks.notNull("revocation.date", date);
    decisionNumber = Checks.text("revocation.decisionNumber", decisionNumber, 64);
    reason = Checks.text("revocation.reason", reason, 1000);
  }

  /**
   * Returns a revocation.
   *
   * @param date the day it takes effect
   * @param decisionNumber the decision number
   * @param reason why
   * @return the revocation
   */
  public static CertificateRevocation of(LocalDate date, String decisionNumber, String reason) {
    return new CertificateRevocation(date, decisionNumber, reason);
  }
}
