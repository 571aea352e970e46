package io.github.craftmark.provenance.ledger;

import io.github.craftmark.core.InvalidValueException;
import java.security.SecureRandom;

/**
 * A scan ledger's secret salt: it keys the hashes of device ids ({@link DeviceFingerprint}) and
 * buyer tokens ({@link BuyerTokenHash}), so that a copy of the ledger cannot be matched against a
 * list of known ids.
 *
 * <p>Each ledger keeps one: {@link ScanLedger#salt()} creates a random salt on first use and
 * stores it; an application may instead give its own to {@link ScanVerifier.Builder#salt}. Keep it as
 * secret as a key; changing it makes every earlier fingerprint unrelated to later ones.
 *
 * <p>{@link #toString()} never shows the bytes; {@link #revealBytes()} is the one, greppable way to
 * read them, for a store that must persist the salt.
 */
public final class LedgerSalt {
  /** The number of bytes of a {@link #random(SecureRandom) new} salt. */
  public static final int DEFAULT_LENGTH = 32;

  /** The fewest bytes a salt may have: 128 bits. */
  public static final int MIN_LENGTH = 16;

  /** The most bytes a salt may have. */
  public static final int MAX_LENGTH = 64;

  private final byte[] bytes;

  private LedgerSalt(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Draws a new salt of {@value #DEFAULT_LENGTH} random bytes.
   *
   * @param random the source of randomness
   * @return the salt
   * @throws InvalidValueException when {@code random} is null
   */
  public static LedgerSalt random(SecureRandom random) {
    if (random == null) {
      throw new InvalidValueException("random", "must not be null", null);
    }
    byte[] bytes = new byte[DEFAULT_LENGTH];
    random.nextBytes(bytes);
    return new LedgerSalt(bytes);
  }

  /**
   * Returns the salt with these bytes, e.g. as read back from a store or from a secret manager.
   *
   * @param bytes 16..64 bytes; copied
   * @return the salt
   * @throws InvalidValueException when {@code bytes} is null or of another length (the message
   *     shows the length only)
   */
  public static LedgerSalt of(byte[] bytes) {
    if (bytes == null) {
      throw new InvalidValueException("salt", "must not be null", null);
    }
    if (bytes.length < MIN_LENGTH || bytes.length > MAX_LENGTH) {
      throw new InvalidValueException(
          "salt", "must be " + MIN_LENGTH + ".." + MAX_LENGTH + " bytes", bytes.length + " bytes");
    }
    return new LedgerSalt(bytes.clone());
  }

  /**
   * Returns the secret bytes, for a store that persists the salt. Never log them.
   *
   * @return a copy of the bytes
   */
  public byte[] revealBytes() {
    return bytes.clone();
  }

  byte[] bytes() {
    return bytes;
  }

  /** Compares the bytes in constant time. */
  @Override
  public boolean equals(Object o) {
    return o instanceof LedgerSalt other && java.security.MessageDigest.isEqual(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return bytes.length;
  }

  /** Returns {@code "LedgerSalt[redacted]"}: never the bytes. */
  @Override
  public String toString() {
    return "LedgerSalt[redacted]";
  }
}
