package io.github.craftmark.provenance.ledger;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.ledger.SaltedHash;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The salted hash of a device or client id, so the ledger can count distinct devices without
 * keeping the id.
 *
 * <p>{@code fingerprint = first 16 bytes of HMAC-SHA-256(key = ledger salt, "CraftMark device v1" ‖
 * 0x00 ‖ UTF-8(NFC(deviceId)))}: a salted SHA-256 whose salt is the ledger's secret, so a stolen
 * ledger cannot be matched against known ids. The raw id is never stored, printed or kept in this
 * object.
 */
public final class DeviceFingerprint {
  /** The number of bytes of a fingerprint. */
  public static final int LENGTH = 16;

  /** The longest device id accepted, in characters. */
  public static final int MAX_ID_LENGTH = 512;

  private static final String DOMAIN = "CraftMark device v1";

  private final byte[] bytes;

  private DeviceFingerprint(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Computes the fingerprint of a device or client id.
   *
   * @param salt the ledger's salt
   * @param deviceId the id, 1..512 characters, not blank, e.g. an app installation id
   * @return the fingerprint
   * @throws InvalidValueException when the salt is null or the id null, blank or too long (the
   *     message never shows the id)
   */
  public static DeviceFingerprint compute(LedgerSalt salt, CharSequence deviceId) {
    if (salt == null) {
      throw new InvalidValueException("salt", "must not be null", null);
    }
    checkId("deviceId", deviceId, MAX_ID_LENGTH);
    return new DeviceFingerprint(SaltedHash.compute(salt.bytes(), DOMAIN, deviceId, LENGTH));
  }

  static void checkId(String field, CharSequence id, int max) {
    if (id == null) {
      throw new InvalidValueException(field, "must not be null", null);
    }
    if (id.toString().isBlank()) {
      throw InvalidValueException.withoutValue(field, "must not be blank");
    }
    if (id.length() > max) {
      throw InvalidValueException.withoutValue(field, "must be at most " + max + " characters");
    }
  }

  /**
   * Returns the fingerprint with these bytes, as read back from a store.
   *
   * @param bytes exactly 16 bytes; copied
   * @return the fingerprint
   * @throws InvalidValueException when {@code bytes} is null or not 16 bytes long
   */
  public static DeviceFingerprint of(byte[] bytes) {
    if (bytes == null) {
      throw new InvalidValueException("deviceFingerprint", "must not be null", null);
    }
    if (bytes.length != LENGTH) {
      throw new InvalidValueException(
          "deviceFingerprint", "must be " + LENGTH + " bytes", bytes.length + " bytes");
    }
    return new DeviceFingerprint(bytes.clone());
  }

  /**
   * Returns the 16 bytes, for a store.
   *
   * @return a copy
   */
  public byte[] toBytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeviceFingerprint other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /**
   * Returns the first 4 bytes in hex, e.g. {@code "DeviceFingerprint[3fa2c901…]"}: enough to tell
   * fingerprints apart in a log, never the device id.
   */
  @Override
  public String toString() {
    return "DeviceFingerprint[" + HexFormat.of().formatHex(bytes, 0, 4) + "…]";
  }
}
