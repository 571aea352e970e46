package io.github.craftmark.core.compliance;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.money.Money;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The VAT and personal income tax a platform withholds from one transaction under Decree
 * 117/2025/NĐ-CP, with the rates, legal basis and rounding used.
 *
 * <p>Each tax is computed separately from the gross revenue and rounded to whole đồng with {@code
 * rounding}; the total is their sum. A negative gross (a refund or returned order) gives negative
 * taxes: the decree has platforms offset the tax of cancelled and returned orders. The constructor
 * checks these rules, so a value read from JSON is always a correct computation. Produced by {@link
 * WithholdingTaxTable#withhold}; there is no builder because every field follows from the inputs.
 *
 * @param gross the transaction's gross revenue
 * @param vatBasisPoints the VAT rate applied, in basis points
 * @param pitBasisPoints the PIT rate applied, in basis points
 * @param vat the VAT withheld: {@code gross × vatBasisPoints / 10000}, rounded
 * @param pit the PIT withheld: {@code gross × pitBasisPoints / 10000}, rounded
 * @param total {@code vat + pit}
 * @param legalBasis the legal text of the rates, e.g. {@code "Decree 117/2025/NĐ-CP"}
 * @param rounding how each tax was rounded to whole đồng
 */
public record WithheldTax(
    Money gross,
    int vatBasisPoints,
    int pitBasisPoints,
    Money vat,
    Money pit,
    Money total,
    String legalBasis,
    RoundingMode rounding)
    implements WithholdingOutcome {
  /**
   * Checks that the amounts follow from gross, rates and rounding.
   *
   * @param gross the transaction's gross revenue
   * @param vatBasisPoints the VAT rate applied, in basis points
   * @param pitBasisPoints the PIT rate applied, in basis points
   * @param vat the VAT withheld: {@code gross × vatBasisPoints / 10000}, rounded
   * @param pit the PIT withheld: {@code gross × pitBasisPoints / 10000}, rounded
   * @param total {@code vat + pit}
   * @param legalBasis the legal text of the rates, e.g. {@code "Decree 117/2025/NĐ-CP"}
   * @param rounding how each tax was rounded to whole đồng
   */
  public WithheldTax {
    Checks.notNull("gross", gross);
    Checks.inRange("vatBasisPoints", vatBasisPoints, 0, 10_000);
    Checks.inRange("pitBasisPoints", pitBasisPoints, 0, 10_000);
    Checks.notNull("rounding", rounding);
    legalBasis = Checks.text("legalBasis", legalBasis, 200);
    check("vat", vat, gross.timesBasisPoints(vatBasisPoints, rounding));
    check("pit", pit, gross.timesBasisPoints(pitBasisPoints, rounding));
    check("total", total, vat.plus(pit));
  }

  private static void check(String field, Money actual, Money expected) {
    Checks.notNull(field, actual);
    if (!actual.equals(expected)) {
      throw new InvalidValueException(field, "must be " + expected.dong(), actual.dong());
    }
  }

  /**
   * Computes the tax withheld from {@code gross} at the given rates.
   *
   * @param gross the gross revenue of the transaction
   * @param vatBasisPoints the VAT rate in basis points
   * @param pitBasisPoints the PIT rate in basis points
   * @param legalBasis the legal text of the rates
   * @param rounding how to round each tax to whole đồng
   * @return the withheld tax
   */
  public static WithheldTax compute(
      Money gross,
      int vatBasisPoints,
      int pitBasisPoints,
      String legalBasis,
      RoundingMode rounding) {
    Checks.notNull("gross", gross);
    Checks.notNull("rounding", rounding);
    Money vat = gross.timesBasisPoints(vatBasisPoints, rounding);
    Money pit = gross.timesBasisPoints(pitBasisPoints, rounding);
    return new WithheldTax(
        gross, vatBasisPoints, pitBasisPoints, vat, pit, vat.plus(pit), legalBasis, rounding);
  }

  /**
   * Returns what the seller receives: gross minus the tax withheld.
   *
   * @return {@code gross - total}
   */
  public Money net() {
    return gross.minus(total);
  }

  /**
   * Returns an {@link Severity#INFO} finding {@code TAX_WITHHELD} telling the seller what the
   * platform will withhold, for a compliance report.
   *
   * @return the finding, citing {@link #legalBasis()}
   */
  public Finding toFinding() {
    return Finding.info(
            "TAX_WITHHELD",
            "The platform withholds " + total + " (VAT " + vat + ", PIT " + pit + ") from " + gross
                + ".",
            "Sàn khấu trừ " + total + " (thuế GTGT " + vat + ", thuế TNCN " + pit + ") trên "
                + gross + ".")
        .withLegalBasis(legalBasis);
  }

  @Override
  public boolean hasWithholding() {
    return true;
  }

  @Override
  public Money totalWithheld() {
    return total;
  }

  @Override
  public Optional<WithheldTax> withheldTax() {
    return Optional.of(this);
  }
}
