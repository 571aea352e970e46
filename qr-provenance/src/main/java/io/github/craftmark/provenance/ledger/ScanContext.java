package io.github.craftmark.provenance.ledger;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.ledger.LedgerChecks;
import java.util.Optional;

/**
 * What the caller knows about where and on what a tag is scanned: a coarse place and a device or
 * client id, both optional.
 *
 * <p>The device id is hashed with the ledger's salt before it is stored ({@link
 * DeviceFingerprint}); it never appears in {@link #toString()}. Give a stable id that is not
 * personal data where you can (an app installation id rather than a phone number).
 *
 * @param place where, coarsely; {@link ScanPlace#unknown()} when not known
 * @param deviceId the device or client id, if known: 1..512 characters, not blank
 */
public record ScanContext(ScanPlace place, Optional<String> deviceId) {
  private static final ScanContext NONE = new ScanContext(ScanPlace.unknown(), Optional.empty());

  /**
   * Validates the context.
   *
   * @param place where
   * @param deviceId the device id, if known
   * @throws InvalidValueException when the device id is blank or too long (never showing it)
   */
  public ScanContext {
    LedgerChecks.notNull("place", place);
    LedgerChecks.notNull("deviceId", deviceId);
    deviceId.ifPresent(
        id -> DeviceFingerprint.checkId("deviceId", id, DeviceFingerprint.MAX_ID_LENGTH));
  }

  /**
   * Returns the context of a scan about which nothing is known.
   *
   * @return the empty context
   */
  public static ScanContext none() {
    return NONE;
  }

  /**
   * Returns the context of a scan at a place, on an unknown device.
   *
   * @param place where, coarsely
   * @return the context
   */
  public static ScanContext at(ScanPlace place) {
    return new ScanContext(place, Optional.empty());
  }

  /**
   * Returns this context with a device or client id.
   *
   * @param deviceId the id, 1..512 characters, not blank; hashed before it is stored
   * @return the new context
   * @throws InvalidValueException when the id is null, blank or too long (never showing it)
   */
  public ScanContext withDevice(String deviceId) {
    return new ScanContext(place, Optional.of(LedgerChecks.notNull("deviceId", deviceId)));
  }

  /** Returns the place and whether a device id is given, never the id. */
  @Override
  public String toString() {
    return "ScanContext[place="
        + place.key()
        + ", deviceId="
        + (deviceId.isPresent() ? "redacted" : "none")
        + "]";
  }
}
