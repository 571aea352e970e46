package io.github.craftmark.provenance.ledger;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.ledger.LedgerChecks;
import io.github.craftmark.provenance.tag.TagSerial;
import java.time.Instant;
import java.util.Optional;

/**
 * One scan of a tag as the ledger keeps it: serial, time, coarse place, device fingerprint and
 * outcome. It holds no personal data.
 *
 * <p>The time is kept to the millisecond: the constructor truncates it, so a scan reads back from
 * every store exactly as it was recorded.
 *
 * @param serial the tag's serial
 * @param at when it was scanned, truncated to milliseconds
 * @param place where, coarsely; {@link ScanPlace#unknown()} when the caller did not say
 * @param device the salted fingerprint of the scanning device, if the caller gave an id
 * @param outcome what the scan gave, as a code of 1..40 characters {@code a-z 0-9 -}: {@value
 *     #GENUINE} for a verified tag, or a {@link ClaimOutcome#code()} for a claim
 */
public record ScanRecord(
    TagSerial serial,
    Instant at,
    ScanPlace place,
    Optional<DeviceFingerprint> device,
    String outcome) {

  /** The outcome of a scan whose tag verified: {@value}. */
  public static final String GENUINE = "genuine";

  /** The longest outcome code, for a store's column size. */
  public static final int MAX_OUTCOME_LENGTH = 40;

  /**
   * Validates the record and truncates the time to milliseconds.
   *
   * @param serial the tag's serial
   * @param at when it was scanned
   * @param place where, coarsely
   * @param device the device fingerprint, if any
   * @param outcome the outcome code
   */
  public ScanRecord {
    LedgerChecks.serial(serial);
    at = LedgerChecks.millis("at", at);
    LedgerChecks.notNull("place", place);
    LedgerChecks.notNull("device", device);
    LedgerChecks.notNull("outcome", outcome);
    if (!outcome.matches("[a-z0-9-]{1," + MAX_OUTCOME_LENGTH + "}")) {
      throw new InvalidValueException(
          "outcome", "must be 1..40 characters of a-z, 0-9 and -", outcome);
    }
  }

  /**
   * Returns a scan of a verified tag, without a device.
   *
   * @param serial the tag's serial
   * @param at when
   * @param place where, coarsely
   * @return the record with outcome {@value #GENUINE}
   */
  public static ScanRecord genuine(TagSerial serial, Instant at, ScanPlace place) {
    return new ScanRecord(serial, at, place, Optional.empty(), GENUINE);
  }

  /**
   * Returns this record with a device fingerprint.
   *
   * @param fingerprint the device's fingerprint
   * @return the new record
   */
  public ScanRecord withDevice(DeviceFingerprint fingerprint) {
    return new ScanRecord(serial, at, place, Optional.of(fingerprint), outcome);
  }
}
