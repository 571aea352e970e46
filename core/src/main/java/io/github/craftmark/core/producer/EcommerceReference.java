package io.github.craftmark.core.producer;

import io.github.craftmark.core.internal.Checks;
import java.net.URI;
import java.time.LocalDate;

/**
 * A sales website's notification to, or registration with, the Ministry of Industry and Trade
 * (Decree 52/2013/NĐ-CP as amended by Decree 85/2021/NĐ-CP).
 *
 * @param kind notification or registration
 * @param referenceNumber the reference the ministry's portal gave, as shown there
 * @param date the date of the confirmation
 * @param website the website or app the filing covers, absolute http or https
 */
public record EcommerceReference(
    EcommerceFilingKind kind, String referenceNumber, LocalDate date, URI website) {
  /**
   * Validates the fields.
   *
   * @param kind notification or registration
   * @param referenceNumber the reference the ministry's portal gave, as shown there
   * @param date the date of the confirmation
   * @param website the website or app the filing covers, absolute http or https
   */
  public EcommerceReference {
    Checks.notNull("kind", kind);
    referenceNumber = Checks.text("referenceNumber", referenceNumber, 64);
    Checks.notNull("date", date);
    Checks.httpUri("website", website);
  }
}
