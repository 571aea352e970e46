package io.github.craftmark.provenance.internal.key;

import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;

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
}
