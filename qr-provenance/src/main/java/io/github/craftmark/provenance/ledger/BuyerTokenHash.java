package io.github.craftmark.provenance.ledger;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.ledger.SaltedHash;
import java.util.Arrays;

/**
 * The salted hash of a buyer token that a claim binds an item to: an account id, an order number,
 * an e-mail address. The ledger keeps only this hash.
 *
 * <p>{@code hash = HMAC-SHA-256(key = ledger salt, "CraftMark buyer v1" ‖ 0x00 ‖
 * UTF-8(NFC(token)))}, all 32 bytes. A later claim with the same token is recognised ({@link
 * ClaimOutcome.AlreadyClaimed#sameBuyer()}) without the token being stored or printed.
 */
public final class BuyerTokenHash {
  /** The number of bytes of a hash. */
  public static final int LENGTH = 32;

  /** The longest buyer token accepted, in characters. */
  public static final int MAX_TOKEN_LENGTH = 512;

  private static final String DOMAIN = "CraftMark buyer v1";

  private final byte[] bytes;

  private BuyerTokenHash(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Computes the hash of a buyer token.
   *
   * @param salt the ledger's salt
   * @param buyerToken the token, 1..512 characters, not blank
   * @return the hash
   * @throws InvalidValueException when the salt is null or the token null, blank or too long (the
   *     message never shows the token)
   */
  public static BuyerTokenHash compute(LedgerSalt salt, CharSequence buyerToken) {
    if (salt == null) {
      throw new InvalidValueException("salt", "must not be null", null);
    }
    DeviceFingerprint.checkId("buyerToken", buyerToken, MAX_TOKEN_LENGTH);
    return new BuyerTokenHash(SaltedHash.compute(salt.bytes(), DOMAIN, buyerToken, LENGTH));
  }

  /**
   * Returns the hash with these bytes, as read back from a store.
   *
   * @param bytes exactly 32 bytes; copied
   * @return the hash
   * @throws InvalidValueException when {@code bytes} is null or not 32 bytes long
   */
  public static BuyerTokenHash of(byte[] bytes) {
    if (bytes == null) {
      throw new InvalidValueException("buyerTokenHash", "must not be null", null);
    }
    if (bytes.length != LENGTH) {
      throw new InvalidValueException(
          "buyerTokenHash", "must be " + LENGTH + " bytes", bytes.length + " bytes");
    }
    return new BuyerTokenHash(bytes.clone());
  }

  /**
   * Returns the 32 bytes, for a store.
   *
   * @return a copy
   */
  public byte[] toBytes() {
    return bytes.clone();
  }

  /**
   * Tells whether this is the hash of the same token, comparing in constant time.
   *
   * @param other the other hash
   * @return whether they are equal
   */
  public boolean matches(BuyerTokenHash other) {
    return other != null && SaltedHash.same(bytes, other.bytes);
  }

  /** Compares the bytes in constant time. */
  @Override
  public boolean equals(Object o) {
    return o instanceof BuyerTokenHash other && SaltedHash.same(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** Returns {@code "BuyerTokenHash[redacted]"}: a token may be personal data. */
  @Override
  public String toString() {
    return "BuyerTokenHash[redacted]";
  }
}
