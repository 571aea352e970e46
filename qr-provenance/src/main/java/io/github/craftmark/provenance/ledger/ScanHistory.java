package io.github.craftmark.provenance.ledger;

import io.github.craftmark.provenance.internal.ledger.LedgerChecks;
import io.github.craftmark.provenance.tag.TagSerial;
import java.util.List;

/**
 * The newest scans of one serial, newest first, as {@link ScanLedger#history(TagSerial, int)}
 * returns them.
 *
 * <p>Only scans still held one by one are listed; scans folded into daily aggregates by {@link
 * ScanLedger#prune(RetentionPolicy, java.time.Instant)} are counted by {@link ScanStats} but no
 * longer listed.
 *
 * @param serial the serial
 * @param scans the scans, newest first (scans of the same millisecond: the last recorded first)
 * @param more whether older scans exist beyond the limit asked for
 */
public record ScanHistory(TagSerial serial, List<ScanRecord> scans, boolean more) {
  /**
   * Validates the history and copies the list.
   *
   * @param serial the serial
   * @param scans the scans, newest first
   * @param more whether older scans exist
   */
  public ScanHistory {
    LedgerChecks.serial(serial);
    scans = List.copyOf(LedgerChecks.notNull("scans", scans));
  }
}
