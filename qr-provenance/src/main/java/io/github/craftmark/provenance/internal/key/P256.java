package io.github.craftmark.provenance.internal.key;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.util.BigIntegers;

/** The P-256 curve with Bouncy Castle's specialised field arithmetic, shared by every key. */
public final class P256 {
  private P256() {}

  /** The curve's OID, {@code 1.2.840.10045.3.1.7} (secp256r1, prime256v1). */
  public static final ASN1ObjectIdentifier OID = SECObjectIdentifiers.secp256r1;

  // CustomNamedCurves gives SecP256R1Curve, much faster than the generic curve of
  // ECNamedCurveTable.
  private static final X9ECParameters CURVE = CustomNamedCurves.getByOID(OID);

  /** The domain parameters. */
  public static final ECNamedDomainParameters DOMAIN = new ECNamedDomainParameters(OID, CURVE);

  /** The order n of the base point. */
  public static final BigInteger ORDER = DOMAIN.getN();

  /** The length of a field element or scalar in bytes. */
  public static final int FIELD_BYTES = 32;

  /** The length of a raw {@code r‖s} signature in bytes. */
  public static final int SIGNATURE_BYTES = 2 * FIELD_BYTES;

  private static final byte[] ORDER_BYTES = BigIntegers.asUnsignedByteArray(FIELD_BYTES, ORDER);

  /** n/2 rounded down, big-endian in 32 bytes: the largest s of a low-s signature. */
  private static final byte[] HALF_ORDER =
      BigIntegers.asUnsignedByteArray(FIELD_BYTES, ORDER.shiftRight(1));

  /**
   * Tells whether the raw signature {@code r‖s} at {@code offset} has a low s (s ≤ n/2), the one of
   * the two valid signatures (r, s) and (r, n − s) our formats accept. Compares bytes: no {@code
   * BigInteger}, no allocation.
   *
   * @param signature the array holding the 64-byte signature
   * @param offset where r starts
   * @return whether s ≤ n/2
   */
  public static boolean isLowS(byte[] signature, int offset) {
    int s = offset + FIELD_BYTES;
    return Arrays.compareUnsigned(signature, s, s + FIELD_BYTES, HALF_ORDER, 0, FIELD_BYTES) <= 0;
  }

  /**
   * Returns the low-s form of a raw signature {@code r‖s}: itself when s ≤ n/2, or when it is not
   * 64 bytes or its s is not below n (it never verifies anyway), else its {@link #twin(byte[])
   * twin}, which verifies exactly when the original does.
   *
   * @param signature a raw signature; not modified
   * @return the low-s signature
   */
  public static byte[] toLowS(byte[] signature) {
    if (signature.length != SIGNATURE_BYTES
        || isLowS(signature, 0)
        || Arrays.compareUnsigned(
                signature, FIELD_BYTES, SIGNATURE_BYTES, ORDER_BYTES, 0, FIELD_BYTES)
            >= 0) {
      return signature;
    }
    return twin(signature);
  }

  /**
   * Returns the other valid form of a raw signature: {@code r‖(n − s)} for {@code r‖s}.
   *
   * @param signature a 64-byte raw signature with 0 &lt; s &lt; n; not modified
   * @return a new array holding the twin
   */
  public static byte[] twin(byte[] signature) {
    BigInteger s = BigIntegers.fromUnsignedByteArray(signature, FIELD_BYTES, FIELD_BYTES);
    byte[] twin = Arrays.copyOf(signature, SIGNATURE_BYTES);
    BigIntegers.asUnsignedByteArray(ORDER.subtract(s), twin, FIELD_BYTES, FIELD_BYTES);
    return twin;
  }
}
