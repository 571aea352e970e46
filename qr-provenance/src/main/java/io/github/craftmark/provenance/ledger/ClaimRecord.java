package io.github.craftmark.provenance.ledger;

import io.github.craftmark.provenance.internal.ledger.LedgerChecks;
import java.time.Instant;

/**
 * The first, winning claim of a serial, as {@link ScanStats#claim()} reports it.
 *
 * @param at when it was claimed, to the millisecond
 * @param place where the claim was made, coarsely
 * @param boundToBuyer whether the claim bound the item to a buyer token
 */
public record ClaimRecord(Instant at, ScanPlace place, boolean boundToBuyer) {
  /**
   * Validates the record and truncates the time to milliseconds.
   *
   * @param at when it was claimed
   * @param place where
   * @param boundToBuyer whether a buyer token was bound
   */
  public ClaimRecord {
    at = LedgerChecks.millis("at", at);
    LedgerChecks.notNull("place", place);
  }
}
