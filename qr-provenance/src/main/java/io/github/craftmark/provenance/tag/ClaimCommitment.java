package io.github.craftmark.provenance.tag;

import io.github.craftmark.core.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A tag's commitment to a secret claim code: the buyer of the item proves the tag is theirs by
 * presenting the code (from under a scratch-off, inside the box), which the tag does not reveal.
 *
 * <p>{@code commitment = first 16 bytes of SHA-256("CraftMark claim v1" ‖ serial bytes ‖
 * UTF-8(NFC(code)))}. The serial binds the code to one item; the 16 bytes are public (printed in
 * the tag), the code is the secret and never appears in messages.
 */
public final class ClaimCommitment {
  /** The number of bytes of a commitment. */
  public static final int LENGTH = 16;

  /** The longest claim code, in characters. */
  public static final int MAX_CODE_LENGTH = 64;

  /**
   * The most UTF-16 units read before normalising: 64 characters of up to 2 units each, with room
   * for a decomposed (NFD) code whose marks NFC composes.
   */
  private static final int MAX_CODE_CHARS = 8 * MAX_CODE_LENGTH;

  private static final byte[] DOMAIN = "CraftMark claim v1".getBytes(StandardCharsets.US_ASCII);

  private final byte[] bytes;

  private ClaimCommitment(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Returns the commitment with these bytes, as read from a tag.
   *
   * @param bytes exactly 16 bytes; copied
   * @return the commitment
   * @throws InvalidValueException when {@code bytes} is null or not 16 bytes long
   */
  public static ClaimCommitment of(byte[] bytes) {
    if (bytes == null) {
      throw new InvalidValueException("claimCommitment", "must not be null", null);
    }
    if (bytes.length != LENGTH) {
      throw new InvalidValueException(
          "claimCommitment", "must be " + LENGTH + " bytes", bytes.length + " bytes");
    }
    return new ClaimCommitment(bytes.clone());
  }

  /**
   * Computes the commitment to {@code claimCode} for the item with {@code serial}.
   *
   * @param serial the item's serial
   * @param claimCode the secret code, 1..64 characters, not blank; NFC-normalised first
   * @return the commitment
   * @throws InvalidValueException when the serial is null or the code is null, blank or too long
   *     (the message never shows the code)
   */
  public static ClaimCommitment compute(TagSerial serial, CharSequence claimCode) {
    if (serial == null) {
      throw new InvalidValueException("serial", "must not be null", null);
    }
    MessageDigest sha256 = sha256();
    sha256.update(DOMAIN);
    sha256.update(serial.toBytes());
    sha256.update(codeBytes(claimCode));
    return new ClaimCommitment(Arrays.copyOf(sha256.digest(), LENGTH));
  }

  /**
   * Tells whether {@code claimCode} is the code this commitment was computed from for {@code
   * serial}, comparing in constant time.
   *
   * @param serial the item's serial
   * @param claimCode the code presented
   * @return whether it matches
   * @throws InvalidValueException when the serial is null or the code is null, blank or too long
   */
  public boolean matches(TagSerial serial, CharSequence claimCode) {
    return MessageDigest.isEqual(bytes, compute(serial, claimCode).bytes);
  }

  private static byte[] codeBytes(CharSequence claimCode) {
    if (claimCode == null) {
      throw new InvalidValueException("claimCode", "must not be null", null);
    }
    if (claimCode.length() > MAX_CODE_CHARS) {
      // Bounded before normalising: no 64-character code takes more UTF-16 units than this.
      throw InvalidValueException.withoutValue(
          "claimCode", "must be at most " + MAX_CODE_LENGTH + " characters");
    }
    String code = Normalizer.normalize(claimCode, Normalizer.Form.NFC);
    if (code.isBlank()) {
      throw InvalidValueException.withoutValue("claimCode", "must not be blank");
    }
    if (code.codePointCount(0, code.length()) > MAX_CODE_LENGTH) {
      throw InvalidValueException.withoutValue(
          "claimCode", "must be at most " + MAX_CODE_LENGTH + " characters");
    }
    return code.getBytes(StandardCharsets.UTF_8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Returns the 16 bytes, as the tag carries them.
   *
   * @return a copy
   */
  public byte[] toBytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClaimCommitment other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** Returns the commitment in lower-case hex: it is public, unlike the code. */
  @Override
  public String toString() {
    return HexFormat.of().formatHex(bytes);
  }
}
