package io.github.craftmark.provenance.ledger;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.ledger.LedgerChecks;
import io.github.craftmark.provenance.tag.TagVerdict;
import java.util.Optional;

/**
 * The outcome of verifying a tag against its signature and the scan ledger: the tag verdict, the
 * copy assessment, and whether the ledger was reached.
 *
 * <pre>{@code
 * ScanVerdict verdict = scanVerifier.verify(scannedText, ScanContext.at(ScanPlace.province("01")));
 * switch (verdict.status()) {
 *   case GENUINE_FIRST_SCAN -> show("Hàng thật, lần quét đầu tiên");
 *   case GENUINE_SEEN_BEFORE -> show("Hàng thật, đã được quét trước đây");
 *   case SUSPECTED_COPY -> warn(verdict.copyAssessment().orElseThrow().signals());
 *   case GENUINE_UNCHECKED -> show("Chữ ký hợp lệ; chưa kiểm tra được bản sao");
 *   case NOT_GENUINE -> warn(verdict.tagVerdict().rejectionReason().orElseThrow().explanation());
 * }
 * }</pre>
 *
 * @param tagVerdict the verdict on the tag's signature, issuer and revocation
 * @param ledgerState whether the scan was recorded and judged
 * @param copyAssessment the copy assessment; present exactly when {@link LedgerState#RECORDED}
 * @param ledgerProblem what failed, when {@link LedgerState#LEDGER_UNAVAILABLE}: English, for logs
 *     and support, never a secret or SQL data
 */
public record ScanVerdict(
    TagVerdict tagVerdict,
    LedgerState ledgerState,
    Optional<CopyAssessment> copyAssessment,
    Optional<String> ledgerProblem) {

  /**
   * Validates that the parts agree: a rejected tag is never recorded, a recorded scan has an
   * assessment, an unavailable ledger has a problem.
   *
   * @param tagVerdict the tag verdict
   * @param ledgerState the ledger state
   * @param copyAssessment the assessment, if recorded
   * @param ledgerProblem the problem, if the ledger was unavailable
   */
  public ScanVerdict {
    LedgerChecks.notNull("tagVerdict", tagVerdict);
    LedgerChecks.notNull("ledgerState", ledgerState);
    LedgerChecks.notNull("copyAssessment", copyAssessment);
    LedgerChecks.notNull("ledgerProblem", ledgerProblem);
    if ((ledgerState == LedgerState.NOT_RECORDED) == tagVerdict.isGenuine()) {
      throw new InvalidValueException(
          "ledgerState", "must be NOT_RECORDED exactly when the tag is not genuine", ledgerState);
    }
    if (copyAssessment.isPresent() != (ledgerState == LedgerState.RECORDED)) {
      throw new InvalidValueException(
          "copyAssessment", "must be present exactly when RECORDED", ledgerState);
    }
    if (ledgerProblem.isPresent() != (ledgerState == LedgerState.LEDGER_UNAVAILABLE)) {
      throw new InvalidValueException(
          "ledgerProblem", "must be present exactly when LEDGER_UNAVAILABLE", ledgerState);
    }
  }

  /** The overall answer to show a person. */
  public enum Status {
    /** The tag is not genuine (see {@link TagVerdict.Rejected#reason()}). */
    NOT_GENUINE,
    /** The tag is genuine, but the ledger was unavailable: copies could not be checked. */
    GENUINE_UNCHECKED,
    /** The tag is genuine and one or more copy rules fired: probably a copied tag. */
    SUSPECTED_COPY,
    /** The tag is genuine, no copy rule fired, and this is the only scan in the window. */
    GENUINE_FIRST_SCAN,
    /** The tag is genuine, no copy rule fired, and it was scanned before in the window. */
    GENUINE_SEEN_BEFORE
  }

  /**
   * Returns the overall answer. {@link Status#GENUINE_FIRST_SCAN} only ever comes from a recorded
   * scan: a ledger failure gives {@link Status#GENUINE_UNCHECKED}.
   *
   * @return the status
   */
  public Status status() {
    if (!tagVerdict.isGenuine()) {
      return Status.NOT_GENUINE;
    }
    if (copyAssessment.isEmpty()) {
      return Status.GENUINE_UNCHECKED;
    }
    CopyAssessment copy = copyAssessment.get();
    if (copy.isSuspicious()) {
      return Status.SUSPECTED_COPY;
    }
    return copy.isFirstScanInWindow() ? Status.GENUINE_FIRST_SCAN : Status.GENUINE_SEEN_BEFORE;
  }
}
