package io.github.craftmark.provenance.ledger;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.ledger.LedgerChecks;
import io.github.craftmark.provenance.tag.TagSerial;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the ledger knows of one serial in a time window {@code (from, to]}: how many scans, from how
 * many distinct places and devices, the newest placed scans, and its claim.
 *
 * <p>The counts cover scans with {@code from < at <= to}, and also the daily aggregates of pruned
 * scans whose UTC day starts in that window (a day counts whole or not at all). Devices are
 * forgotten when scans are aggregated, so {@link #distinctDevices()} counts only scans still held
 * one by one.
 *
 * @param serial the serial
 * @param from the window's exclusive start
 * @param to the window's inclusive end
 * @param scans the number of scans in the window
 * @param distinctPlaces the number of distinct known places ({@link ScanPlace#key()}) in the window
 * @param distinctDevices the number of distinct device fingerprints in the window, among scans not
 *     yet aggregated
 * @param latestPlacedScans the newest scans with a known place at or before {@code to}, of any age,
 *     at most two, newest first: the current scan and the one before it, for travel speed
 * @param claim the serial's winning claim, if it was claimed at or before {@code to}
 */
public record ScanStats(
    TagSerial serial,
    Instant from,
    Instant to,
    long scans,
    int distinctPlaces,
    int distinctDevices,
    List<ScanRecord> latestPlacedScans,
    Optional<ClaimRecord> claim) {

  /** The most scans {@link #latestPlacedScans()} holds. */
  public static final int MAX_LATEST_PLACED = 2;

  /**
   * Validates the statistics.
   *
   * @param serial the serial
   * @param from the exclusive start
   * @param to the inclusive end
   * @param scans the number of scans
   * @param distinctPlaces the number of distinct known places
   * @param distinctDevices the number of distinct devices
   * @param latestPlacedScans the newest placed scans, at most two
   * @param claim the winning claim, if any
   */
  public ScanStats {
    LedgerChecks.serial(serial);
    LedgerChecks.window(from, to);
    if (scans < 0) {
      throw new InvalidValueException("scans", "must be at least 0", scans);
    }
    if (distinctPlaces < 0 || distinctPlaces > scans) {
      throw new InvalidValueException(
          "distinctPlaces", "must be 0..scans " + scans, distinctPlaces);
    }
    if (distinctDevices < 0 || distinctDevices > scans) {
      throw new InvalidValueException(
          "distinctDevices", "must be 0..scans " + scans, distinctDevices);
    }
    latestPlacedScans = List.copyOf(LedgerChecks.notNull("latestPlacedScans", latestPlacedScans));
    if (latestPlacedScans.size() > MAX_LATEST_PLACED) {
      throw new InvalidValueException(
          "latestPlacedScans", "must hold at most 2 scans", latestPlacedScans.size());
    }
    LedgerChecks.notNull("claim", claim);
  }

  /**
   * Returns the newest scan with a known place at or before {@code to}.
   *
   * @return the scan, or empty
   */
  public Optional<ScanRecord> lastPlacedScan() {
    return latestPlacedScans.isEmpty() ? Optional.empty() : Optional.of(latestPlacedScans.get(0));
  }
}
