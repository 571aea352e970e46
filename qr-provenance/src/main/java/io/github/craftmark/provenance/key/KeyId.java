package io.github.craftmark.provenance.key;

import io.github.craftmark.core.InvalidValueException;
import java.util.HexFormat;

/**
 * The 8-byte identifier of a public key: the first 8 bytes of SHA-256 over the key's
 * SubjectPublicKeyInfo DER encoding, as the EU Digital COVID Certificate computes its {@code kid}.
 *
 * <p>Tags carry it so that a verifier finds the signer's key without trying them all. Eight bytes
 * can collide, by accident or on purpose: code that looks keys up by id keeps a list per id and
 * tries each key with that id. Its text form is 16 lower-case hex digits.
 */
public final class KeyId {
  /** The length of a key id in bytes. */
  public static final int LENGTH = 8;

  private static final HexFormat HEX = HexFormat.of();

  /** The 8 bytes, big-endian. */
  private final long value;

  private KeyId(long value) {
    this.value = value;
  }

  /**
   * Returns the key id with these 8 bytes.
   *
   * @param bytes exactly 8 bytes; copied
   * @return the key id
   * @throws InvalidValueException when {@code bytes} is null or not 8 bytes long
   */
  public static KeyId of(byte[] bytes) {
    if (bytes == null || bytes.length != LENGTH) {
      throw new InvalidValueException(
          "keyId length", "must be 8 bytes", bytes == null ? null : bytes.length);
    }
    return of(bytes, 0);
  }

  /**
   * Returns the key id in the 8 bytes of {@code bytes} that start at {@code offset}.
   *
   * @param bytes the array holding the key id
   * @param offset where the key id starts
   * @return the key id
   * @throws InvalidValueException when fewer than 8 bytes start at {@code offset}
   */
  public static KeyId of(byte[] bytes, int offset) {
    if (bytes == null || offset < 0 || offset > bytes.length - LENGTH) {
      throw InvalidValueException.withoutValue(
          "keyId", "must be 8 bytes within the array (offset " + offset + ")");
    }
    long value = 0;
    for (int i = 0; i < LENGTH; i++) {
      value = (value << 8) | (bytes[offset + i] & 0xff);
    }
    return new KeyId(value);
  }

  /**
   * Returns the key id of a public key.
   *
   * @param publicKey the key
   * @return its key id
   */
  public static KeyId fromPublicKey(TagPublicKey publicKey) {
    if (publicKey == null) {
      throw new InvalidValueException("publicKey", "must not be null", null);
    }
    return publicKey.keyId();
  }

  /**
   * Parses the text form: 16 hex digits, either case.
   *
   * @param hex the text
   * @return the key id
   * @throws InvalidValueException when the text is not 16 hex digits
   */
  public static KeyId parseHex(String hex) {
    if (hex == null || hex.length() != 2 * LENGTH || !isHex(hex)) {
      throw new InvalidValueException("keyId", "must be 16 hex digits", hex);
    }
    return new KeyId(Long.parseUnsignedLong(hex, 16));
  }

  private static boolean isHex(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.digit(text.charAt(i), 16) < 0 || text.charAt(i) > 'f') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the 8 bytes.
   *
   * @return a new array of 8 bytes
   */
  public byte[] toBytes() {
    byte[] bytes = new byte[LENGTH];
    copyTo(bytes, 0);
    return bytes;
  }

  /**
   * Writes the 8 bytes into {@code destination} at {@code offset}, without allocating.
   *
   * @param destination the array to write into
   * @param offset where to write the first byte
   */
  public void copyTo(byte[] destination, int offset) {
    if (destination == null || offset < 0 || offset > destination.length - LENGTH) {
      throw InvalidValueException.withoutValue(
          "destination", "must have room for 8 bytes at offset " + offset);
    }
    for (int i = LENGTH - 1; i >= 0; i--) {
      destination[offset + i] = (byte) (value >>> (8 * (LENGTH - 1 - i)));
    }
  }

  /**
   * Returns the 8 bytes as one big-endian number, handy as a key in a map of primitives.
   *
   * @return the bytes as a {@code long}
   */
  public long toLong() {
    return value;
  }

  /**
   * Returns the text form.
   *
   * @return 16 lower-case hex digits
   */
  public String toHex() {
    return HEX.toHexDigits(value);
  }

  /**
   * Returns whether {@code other} is a key id with the same bytes.
   *
   * @param other the object to compare with
   * @return true when the bytes are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof KeyId && ((KeyId) other).value == value;
  }

  /**
   * Returns a hash of the bytes.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  /**
   * Returns the text form, as {@link #toHex()}.
   *
   * @return 16 lower-case hex digits
   */
  @Override
  public String toString() {
    return toHex();
  }
}
