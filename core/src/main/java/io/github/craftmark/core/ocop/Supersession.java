package io.github.craftmark.core.ocop;

import io.github.craftmark.core.internal.Checks;
import java.time.LocalDate;

/**
 * The later certificate that replaced an OCOP certificate, after a re-rating or a renewal.
 *
 * @param certificateNumber the number of the new certificate
 * @param date the day the new certificate takes over; the old one is superseded from this day on
 */
public record Supersession(String certificateNumber, LocalDate date) {
  /**
   * Validates the supersession.
   *
   * @param certificateNumber the number of the new certificate
   * @param date the day the new certificate takes over; the old one is superseded from this day on
   */
  public Supersession {
    certificateNumber = Checks.text("supersededBy.certificateNumber", certificateNumber, 64);
    Checks.notNull("supersededBy.date", date);
  }

  /**
   * Returns a supersession.
   *
   * @param certificateNumber the new certificate's number
   * @param date the day it takes over
   * @return the supersession
   */
  public static Supersession of(String certificateNumber, LocalDate date) {
    return new Supersession(certificateNumber, date);
  }
}
