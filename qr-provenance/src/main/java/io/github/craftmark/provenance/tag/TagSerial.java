package io.github.craftmark.provenance.tag;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.tag.Crockford32;
import io.github.craftmark.provenance.internal.tag.TagDecodingException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The serial of one tagged item: 8 to 16 bytes, unique per item, shown as Crockford base 32.
 *
 * <p>New serials come from {@link #random(SecureRandom)}: 10 random bytes (80 bits), so that
 * serials can be neither guessed nor enumerated and two items of a village practically never share
 * one. The text form ({@link #toString()}, e.g. {@code "4Z8DK2X0V9QH7M3B"}) uses Crockford's
 * alphabet, which leaves out I, L, O and U so that it reads aloud and types without confusion;
 * {@link #parse(String)} accepts it as people type it.
 *
 * <p>Instances are immutable; {@link #toBytes()} returns a copy.
 */
public final class TagSerial {
  /** The fewest bytes a serial has. */
  public static final int MIN_LENGTH = 8;

  /** The most bytes a serial has. */
  public static final int MAX_LENGTH = 16;

  /** The number of bytes of a {@link #random(SecureRandom) new} serial: 80 bits. */
  public static final int DEFAULT_LENGTH = 10;

  private final byte[] bytes;
  private final String text;

  private TagSerial(byte[] bytes) {
    this.bytes = bytes;
    this.text = Crockford32.encode(bytes);
  }

  /**
   * Returns the serial with these bytes, such as one read back from a database.
   *
   * @param bytes 8..16 bytes; copied
   * @return the serial
   * @throws InvalidValueException when {@code bytes} is null or its length is not 8..16
   */
  public static TagSerial of(byte[] bytes) {
    if (bytes == null) {
      throw new InvalidValueException("serial", "must not be null", null);
    }
    checkLength(bytes.length);
    return new TagSerial(bytes.clone());
  }

  /**
   * Parses a serial's text as people type it: case does not matter, {@code I} and {@code L} read
   * as {@code 1}, {@code O} as {@code 0}, hyphens and surrounding white space are ignored.
   *
   * @param text Crockford base 32 text of 8..16 bytes, e.g. {@code "4z8d-k2x0-v9qh-7m3b"}
   * @return the serial
   * @throws InvalidValueException when the text is not Crockford base 32 of 8..16 bytes with zero
   *     padding bits
   */
  public static TagSerial parse(String text) {
    if (text == null) {
      throw new InvalidValueException("serial", "must not be null", null);
    }
    if (text.length() > 4 * MAX_LENGTH) {
      throw new InvalidValueException("serial", "must be at most 64 characters", text);
    }
    byte[] bytes;
    try {
      bytes = Crockford32.decode(text.strip());
    } catch (TagDecodingException e) {
      throw new InvalidValueException(
          "serial", "must be Crockford base 32 (" + e.getMessage() + ")", text);
    }
    if (bytes.length < MIN_LENGTH || bytes.length > MAX_LENGTH) {
      throw new InvalidValueException(
          "serial", "must encode " + MIN_LENGTH + ".." + MAX_LENGTH + " bytes", text);
    }
    return new TagSerial(bytes);
  }

  /**
   * Draws a new serial of {@value #DEFAULT_LENGTH} random bytes.
   *
   * @param random the source of randomness
   * @return the serial
   */
  public static TagSerial random(SecureRandom random) {
    return random(random, DEFAULT_LENGTH);
  }

  /**
   * Draws a new serial of {@code length} random bytes.
   *
   * @param random the source of randomness
   * @param length 8..16
   * @return the serial
   * @throws InvalidValueException when {@code random} is null or {@code length} is not 8..16
   */
  public static TagSerial random(SecureRandom random, int length) {
    if (random == null) {
      throw new InvalidValueException("random", "must not be null", null);
    }
    checkLength(length);
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return new TagSerial(bytes);
  }

  private static void checkLength(int length) {
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw new InvalidValueException(
          "serial", "must be " + MIN_LENGTH + ".." + MAX_LENGTH + " bytes", length);
    }
  }

  /**
   * Returns the serial's bytes, as the tag carries them.
   *
   * @return a copy of the bytes
   */
  public byte[] toBytes() {
    return bytes.clone();
  }

  /**
   * Returns the number of bytes.
   *
   * @return 8..16
   */
  public int length() {
    return bytes.length;
  }

  /**
   * Tells whether this serial has exactly these bytes, without copying.
   *
   * @param other the bytes to compare with
   * @return whether they are equal
   */
  public boolean hasBytes(byte[] other) {
    return Arrays.equals(bytes, other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TagSerial other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** Returns the serial as upper-case Crockford base 32, such as {@code "4Z8DK2X0V9QH7M3B"}. */
  @Override
  public String toString() {
    return text;
  }
}
