package io.github.craftmark.provenance.trust;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.trust.TrustChecks;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a trust list names a revoked tag: the first 16 bytes of SHA-256 over the tag's serial bytes.
 *
 * <p>Revocation lists carry hashes, not serials, as the EU DCC revocation lists do: a list can be
 * published without listing the serials of items still in the market, and every entry has the same
 * small size. 128 bits leave no practical chance that an unrevoked serial matches by accident.
 */
public final class SerialHash implements Comparable<SerialHash> {
  /** The length of a serial hash in bytes. */
  public static final int LENGTH = 16;

  private final long high;
  private final long low;

  private SerialHash(long high, long low) {
    this.high = high;
    this.low = low;
  }

  /**
   * Computes the hash of a tag serial: the first 16 bytes of SHA-256 over the serial bytes.
   *
   * @param serial the serial bytes as the tag carries them (claim 1, without its CBOR header)
   * @return the hash
   */
  public static SerialHash compute(byte[] serial) {
    TrustChecks.notNull("serial", serial);
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest's Javadoc).
      throw new IllegalStateException(e);
    }
    return of(sha256.digest(serial), 0);
  }

  /**
   * Returns the serial hash with these 16 bytes, as read from a trust list.
   *
   * @param bytes exactly 16 bytes; copied
   * @return the hash
   */
  public static SerialHash of(byte[] bytes) {
    TrustChecks.notNull("serialHash", bytes);
    if (bytes.length != LENGTH) {
      throw new InvalidValueException("serialHash", "length must be 16 bytes", bytes.length);
    }
    return of(bytes, 0);
  }

  private static SerialHash of(byte[] bytes, int offset) {
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) {
      high = (high << 8) | (bytes[offset + i] & 0xff);
      low = (low << 8) | (bytes[offset + 8 + i] & 0xff);
    }
    return new SerialHash(high, low);
  }

  /**
   * Returns the 16 bytes.
   *
   * @return a new array
   */
  public byte[] toBytes() {
    byte[] bytes = new byte[LENGTH];
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (high >>> (56 - 8 * i));
      bytes[8 + i] = (byte) (low >>> (56 - 8 * i));
    }
    return bytes;
  }

  /**
   * Returns the 16 bytes as 32 lower-case hex digits.
   *
   * @return the hex text
   */
  public String toHex() {
    return HexFormat.of().formatHex(toBytes());
  }

  /** Orders hashes as their bytes compare unsigned, the order a trust list writes them in. */
  @Override
  public int compareTo(SerialHash other) {
    int order = Long.compareUnsigned(high, other.high);
    return order != 0 ? order : Long.compareUnsigned(low, other.low);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SerialHash other && high == other.high && low == other.low;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(high * 31 + low);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
