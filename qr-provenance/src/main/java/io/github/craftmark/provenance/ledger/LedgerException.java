package io.github.craftmark.provenance.ledger;

import io.github.craftmark.provenance.ProvenanceException;

/**
 * A scan ledger's store failed: the database is down, a table is missing, a constraint broke.
 *
 * <p>Thrown by {@link ScanLedger} implementations only; {@link ScanVerifier} turns it into a
 * {@code LEDGER_UNAVAILABLE} state or a {@link ClaimOutcome.LedgerUnavailable} outcome and never
 * throws it. Messages never hold SQL text with data, device ids, claim codes, buyer tokens or the
 * ledger's salt.
 */
public class LedgerException extends ProvenanceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what failed, without secrets or personal data
   */
  public LedgerException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and its cause.
   *
   * @param message what failed, without secrets or personal data
   * @param cause the underlying failure, e.g. an {@code SQLException}
   */
  public LedgerException(String message, Throwable cause) {
    super(message, cause);
  }
}
