package io.github.craftmark.provenance.internal.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Salted hashes of identifiers the ledger must not keep in the clear. */
public final class SaltedHash {
  private SaltedHash() {}

  /**
   * Computes HMAC-SHA-256 keyed by the salt over {@code domain ‖ 0x00 ‖ UTF-8(NFC(value))}, cut to
   * {@code length} bytes. The domain keeps a device id and a buyer token with the same text apart.
   *
   * @param salt the ledger's secret salt
   * @param domain the kind of value, e.g. {@code "CraftMark device v1"}
   * @param value the identifier
   * @param length the number of bytes to keep, at most 32
   * @return the hash
   */
  public static byte[] compute(byte[] salt, String domain, CharSequence value, int length) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(salt, "HmacSHA256"));
      mac.update(domain.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) 0);
      mac.update(Normalizer.normalize(value, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(mac.doFinal(), length);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has HmacSHA256", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("an HMAC key of " + salt.length + " bytes was refused", e);
    }
  }

  /**
   * Compares two hashes in constant time.
   *
   * @param a one hash
   * @param b the other
   * @return whether they are equal
   */
  public static boolean same(byte[] a, byte[] b) {
    return MessageDigest.isEqual(a, b);
  }
}
