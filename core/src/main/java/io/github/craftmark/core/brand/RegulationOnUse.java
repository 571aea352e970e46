package io.github.craftmark.core.brand;

import io.github.craftmark.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The owner's regulation on use of a collective or certification mark (quy chế sử dụng), which
 * says who may use the mark and how.
 *
 * @param documentNumber the number of the document that issued it
 * @param issuedOn the date it was issued, when known
 */
public record RegulationOnUse(String documentNumber, Optional<LocalDate> issuedOn) {
  /**
   * Validates the reference.
   *
   * @param documentNumber the number of the document that issued it
   * @param issuedOn the date it was issued, when known
   */
  public RegulationOnUse {
    documentNumber = Checks.text("documentNumber", documentNumber, 100);
    issuedOn = Checks.optional(issuedOn);
  }

  /**
   * Returns a reference to the regulation.
   *
   * @param documentNumber the document number
   * @param issuedOn the issue date
   * @return the reference
   */
  public static RegulationOnUse of(String documentNumber, LocalDate issuedOn) {
    return new RegulationOnUse(documentNumber, Optional.of(Checks.notNull("issuedOn", issuedOn)));
  }
}
