package io.github.craftmark.provenance.key;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.key.Base64Url;
import io.github.craftmark.provenance.internal.key.P256;
import io.github.craftmark.provenance.internal.key.Pem;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.bouncycastle.util.BigIntegers;

/**
 * A public key that verifies tag, member-certificate and trust-list signatures: Ed25519 or ECDSA
 * P-256.
 *
 * <p>Read it from SubjectPublicKeyInfo DER or PEM ({@code -----BEGIN PUBLIC KEY-----}) or from a
 * JWK (RFC 8037 {@code OKP}/{@code Ed25519}, RFC 7518 {@code EC}/{@code P-256}); write it back the
 * same ways. Its {@link #keyId()} is computed from its canonical SubjectPublicKeyInfo DER, which is
 * what {@link #toSpkiDer()} returns.
 *
 * <p>{@link #verify(byte[], byte[])} is the hot path of every verifier: the key is decoded and
 * checked once, when the object is made, and each call only does the curve arithmetic. Instances
 * are immutable and safe to share between threads.
 */
public final class TagPublicKey {
  /** The longest JWK text read. */
  private static final int MAX_JWK_CHARS = 16 * 1024;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static final BigInteger N = P256.ORDER;

  private final SignatureAlgorithm algorithm;
  private final byte[] spki;
  private final KeyId keyId;

  /** The decoded Ed25519 point; null for ES256. */
  private final Ed25519.PublicPoint edPoint;

  /** The raw Ed25519 key (32 bytes); null for ES256. */
  private final byte[] edRaw;

  /** The P-256 key with its point decoded and validated; null for Ed25519. */
  private final ECPublicKeyParameters ecKey;

  private TagPublicKey(
      SignatureAlgorithm algorithm,
      byte[] spki,
      Ed25519.PublicPoint edPoint,
      byte[] edRaw,
      ECPublicKeyParameters ecKey) {
    this.algorithm = algorithm;
    this.spki = spki;
    this.edPoint = edPoint;
    this.edRaw = edRaw;
    this.ecKey = ecKey;
    SHA256Digest sha256 = new SHA256Digest();
    sha256.update(spki, 0, spki.length);
    byte[] hash = new byte[32];
    sha256.doFinal(hash, 0);
    this.keyId = KeyId.of(hash, 0);
  }

  /** Makes an Ed25519 key from its 32 raw bytes, or fails when they are not a valid point. */
  static TagPublicKey ed25519(byte[] raw) {
    if (raw.length != Ed25519.PUBLIC_KEY_SIZE) {
      throw new KeyFormatException("Ed25519 public key must be 32 bytes, found " + raw.length);
    }
    // Full validation (on the curve, in the prime-order subgroup) once, so verify need not.
    Ed25519.PublicPoint point = Ed25519.validatePublicKeyFullExport(raw, 0);
    if (point == null) {
      throw new KeyFormatException("Ed25519 public key is not a valid curve point");
    }
    byte[] spki;
    try {
      spki = new SubjectPublicKeyInfo(
              new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519), raw)
          .getEncoded("DER");
    } catch (IOException e) {
      throw new IllegalStateException("DER encoding failed", e);
    }
    return new TagPublicKey(SignatureAlgorithm.ED25519, spki, point, raw.clone(), null);
  }

  /** Makes a P-256 key from a point, or fails when it is not a valid public point. */
  static TagPublicKey p256(ECPoint point) {
    ECPublicKeyParameters key;
    try {
      // Checks that the point is on the curve, not infinity, and of order n.
      key = new ECPublicKeyParameters(point.normalize(), P256.DOMAIN);
    } catch (IllegalArgumentException e) {
      throw new KeyFormatException("P-256 public key is not a valid curve point");
    }
    byte[] spki;
    try {
      spki = new SubjectPublicKeyInfo(
              new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, P256.OID),
              key.getQ().getEncoded(false))
          .getEncoded("DER");
    } catch (IOException e) {
      throw new IllegalStateException("DER encoding failed", e);
    }
    return new TagPublicKey(SignatureAlgorithm.ES256, spki, null, null, key);
  }

  /**
   * Reads a public key from its SubjectPublicKeyInfo DER encoding (RFC 5280 §4.1.2.7; RFC 8410 for
   * Ed25519, RFC 5480 for P-256 with a named curve).
   *
   * <p>Only the canonical encoding is accepted, the one {@link #toSpkiDer()} returns (for P-256: an
   * uncompressed point), so that every party computes the same key id from the same key.
   *
   * @param der the DER bytes
   * @return the key
   * @throws KeyFormatException when the bytes are not such a key
   */
  public static TagPublicKey fromSpkiDer(byte[] der) {
    if (der == null) {
      throw new InvalidValueException("der", "must not be null", null);
    }
    SubjectPublicKeyInfo info;
    try {
      info = SubjectPublicKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
    } catch (IOException | RuntimeException e) {
      throw new KeyFormatException("public key is not SubjectPublicKeyInfo DER");
    }
    if (info == null) {
      throw new KeyFormatException("public key is not SubjectPublicKeyInfo DER");
    }
    ASN1ObjectIdentifier oid = info.getAlgorithm().getAlgorithm();
    ASN1Encodable parameters = info.getAlgorithm().getParameters();
    byte[] keyBytes = info.getPublicKeyData().getBytes();
    TagPublicKey key;
    if (EdECObjectIdentifiers.id_Ed25519.equals(oid)) {
      if (parameters != null) {
        throw new KeyFormatException("Ed25519 public key must have no algorithm parameters");
      }
      key = ed25519(keyBytes);
    } else if (X9ObjectIdentifiers.id_ecPublicKey.equals(oid)) {
      if (!P256.OID.equals(parameters)) {
        throw new KeyFormatException(
            "EC public key must be on the named curve P-256 (1.2.840.10045.3.1.7)");
      }
      if (keyBytes.length != 65 || keyBytes[0] != 0x04) {
        throw new KeyFormatException("P-256 public key must be an uncompressed point (65 bytes)");
      }
      key = p256(decodePoint(keyBytes));
    } else {
      throw new KeyFormatException(
          "public key algorithm must be Ed25519 (1.3.101.112) or EC (1.2.840.10045.2.1), found "
              + oid.getId());
    }
    if (!Arrays.equals(key.spki, der)) {
      throw new KeyFormatException("public key is not in canonical SubjectPublicKeyInfo DER");
    }
    return key;
  }

  private static ECPoint decodePoint(byte[] encoded) {
    try {
      return P256.DOMAIN.getCurve().decodePoint(encoded);
    } catch (IllegalArgumentException e) {
      throw new KeyFormatException("P-256 public key is not a valid curve point");
    }
  }

  /**
   * Reads a public key from PEM text: a {@code PUBLIC KEY} block holding SubjectPublicKeyInfo, as
   * {@code openssl pkey -pubout} writes it.
   *
   * @param pem the PEM text
   * @return the key
   * @throws KeyFormatException when the text is not such a key
   */
  public static TagPublicKey fromSpkiPem(String pem) {
    return fromSpkiDer(Pem.decode(pem, Pem.PUBLIC_KEY));
  }

  /**
   * Reads a public key from a JSON Web Key: {@code {"kty":"OKP","crv":"Ed25519","x":…}} (RFC 8037)
   * or {@code {"kty":"EC","crv":"P-256","x":…,"y":…}} (RFC 7518 §6.2).
   *
   * <p>Coordinates are base64url without padding and of the curve's full length. A JWK with a
   * private part ({@code d}) is refused, so that private keys are not passed around as public
   * ones. {@code alg} and {@code use}, when present, must be {@code EdDSA}/{@code ES256} and {@code
   * sig}; {@code kid} is ignored: the key id is always computed from the key.
   *
   * @param json the JWK as JSON text
   * @return the key
   * @throws KeyFormatException when the text is not such a key
   */
  public static TagPublicKey fromJwk(String json) {
    if (json == null) {
      throw new InvalidValueException("json", "must not be null", null);
    }
    if (json.length() > MAX_JWK_CHARS) {
      throw new KeyFormatException(
          "JWK must be at most " + MAX_JWK_CHARS + " characters, found " + json.length());
    }
    JsonNode jwk;
    try {
      jwk = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new KeyFormatException("JWK is not valid JSON (line "
          + (e.getLocation() == null ? 0 : e.getLocation().getLineNr())
          + ")");
    }
    if (jwk == null || !jwk.isObject()) {
      throw new KeyFormatException("JWK must be a JSON object");
    }
    if (jwk.has("d")) {
      throw new KeyFormatException("JWK has a private part 'd'; give the public key only");
    }
    String kty = member(jwk, "kty");
    String crv = member(jwk, "crv");
    SignatureAlgorithm algorithm;
    TagPublicKey key;
    if (kty.equals("OKP")) {
      if (!crv.equals("Ed25519")) {
        throw new KeyFormatException("JWK of kty OKP must have crv Ed25519");
      }
      algorithm = SignatureAlgorithm.ED25519;
      key = ed25519(coordinate(jwk, "x", Ed25519.PUBLIC_KEY_SIZE));
    } else if (kty.equals("EC")) {
      if (!crv.equals("P-256")) {
        throw new KeyFormatException("JWK of kty EC must have crv P-256");
      }
      algorithm = SignatureAlgorithm.ES256;
      byte[] point = new byte[65];
      point[0] = 0x04;
      System.arraycopy(coordinate(jwk, "x", P256.FIELD_BYTES), 0, point, 1, 32);
      System.arraycopy(coordinate(jwk, "y", P256.FIELD_BYTES), 0, point, 33, 32);
      key = p256(decodePoint(point));
    } else {
      throw new KeyFormatException("JWK kty must be OKP or EC");
    }
    if (jwk.has("alg") && !algorithm.coseName().equals(jwk.get("alg").asText(null))) {
      throw new KeyFormatException("JWK alg must be " + algorithm.coseName() + " for this key");
    }
    if (jwk.has("use") && !"sig".equals(jwk.get("use").asText(null))) {
      throw new KeyFormatException("JWK use must be sig");
    }
    return key;
  }

  private static String member(JsonNode jwk, String name) {
    JsonNode value = jwk.get(name);
    if (value == null || !value.isTextual()) {
      throw new KeyFormatException("JWK must have the text member '" + name + "'");
    }
    return value.textValue();
  }

  private static byte[] coordinate(JsonNode jwk, String name, int length) {
    byte[] bytes = Base64Url.decodeOrNull(member(jwk, name));
    if (bytes == null || bytes.length != length) {
      throw new KeyFormatException(
          "JWK member '" + name + "' must be " + length + " bytes in base64url without padding");
    }
    return bytes;
  }

  /**
   * Returns the signature algorithm this key verifies.
   *
   * @return the algorithm
   */
  public SignatureAlgorithm algorithm() {
    return algorithm;
  }

  /**
   * Returns the key id: the first 8 bytes of SHA-256 over {@link #toSpkiDer()}.
   *
   * @return the key id
   */
  public KeyId keyId() {
    return keyId;
  }

  /**
   * Returns the canonical SubjectPublicKeyInfo DER encoding.
   *
   * @return a copy of the DER bytes (44 bytes for Ed25519, 91 for P-256)
   */
  public byte[] toSpkiDer() {
    return spki.clone();
  }

  /**
   * Returns the key as a PEM {@code PUBLIC KEY} block.
   *
   * @return the PEM text, ending in a newline
   */
  public String toSpkiPem() {
    return Pem.encode(Pem.PUBLIC_KEY, spki);
  }

  /**
   * Returns the key as a JSON Web Key with {@code kid} set to the key id in hex, members in the
   * order {@code kty, crv, x, (y,) kid}.
   *
   * @return the JWK as compact JSON text
   */
  public String toJwk() {
    ObjectNode jwk = JSON.createObjectNode();
    if (algorithm == SignatureAlgorithm.ED25519) {
      jwk.put("kty", "OKP").put("crv", "Ed25519").put("x", Base64Url.encode(edRaw));
    } else {
      ECPoint q = ecKey.getQ();
      jwk.put("kty", "EC")
          .put("crv", "P-256")
          .put(
              "x",
              Base64Url.encode(
                  BigIntegers.asUnsignedByteArray(32, q.getAffineXCoord().toBigInteger())))
          .put(
              "y",
              Base64Url.encode(
                  BigIntegers.asUnsignedByteArray(32, q.getAffineYCoord().toBigInteger())));
    }
    jwk.put("kid", keyId.toHex());
    try {
      return JSON.writeValueAsString(jwk);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON writing failed", e);
    }
  }

  /**
   * Checks a signature made by this key's private key.
   *
   * <p>The signature is 64 bytes: Ed25519 per RFC 8032, or ECDSA P-256 over SHA-256 as raw {@code
   * r‖s} (each 32 bytes, big-endian; never DER). ECDSA signatures with a high {@code s} are
   * accepted here, as other implementations make them (tag and trust list readers refuse them as
   * non-canonical before they get this far); {@code r} and {@code s} outside {@code 1..n-1} are
   * not. Never throws: a signature of the wrong length, or null input, gives false.
   *
   * @param message the signed bytes
   * @param signature the signature
   * @return true when the signature is valid for the message under this key
   */
  public boolean verify(byte[] message, byte[] signature) {
    if (message == null || signature == null || signature.length != 64) {
      return false;
    }
    return verify(message, 0, message.length, signature, 0);
  }

  /**
   * Checks a signature over part of an array, reading the 64-byte signature from another (or the
   * same) array at an offset, so that callers need not copy either.
   *
   * @param message the array holding the signed bytes
   * @param offset where the signed bytes start
   * @param length how many bytes are signed
   * @param signature the array holding the signature
   * @param signatureOffset where the 64 signature bytes start
   * @return true when the signature is valid; false for a bad signature or out-of-range offsets
   */
  public boolean verify(
      byte[] message, int offset, int length, byte[] signature, int signatureOffset) {
    if (message == null
        || signature == null
        || offset < 0
        || length < 0
        || offset > message.length - length
        || signatureOffset < 0
        || signatureOffset > signature.length - 64) {
      return false;
    }
    if (edPoint != null) {
      return Ed25519.verify(signature, signatureOffset, edPoint, message, offset, length);
    }
    BigInteger r = BigIntegers.fromUnsignedByteArray(signature, signatureOffset, 32);
    BigInteger s = BigIntegers.fromUnsignedByteArray(signature, signatureOffset + 32, 32);
    if (r.signum() == 0 || s.signum() == 0 || r.compareTo(N) >= 0 || s.compareTo(N) >= 0) {
      return false;
    }
    SHA256Digest sha256 = new SHA256Digest();
    sha256.update(message, offset, length);
    byte[] hash = new byte[32];
    sha256.doFinal(hash, 0);
    ECDSASigner ecdsa = new ECDSASigner();
    ecdsa.init(false, ecKey);
    return ecdsa.verifySignature(hash, r, s);
  }

  /**
   * Returns whether {@code other} is the same public key.
   *
   * @param other the object to compare with
   * @return true when the SubjectPublicKeyInfo encodings are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof TagPublicKey && Arrays.equals(((TagPublicKey) other).spki, spki);
  }

  /**
   * Returns a hash of the key.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return keyId.hashCode();
  }

  /**
   * Returns the algorithm and key id, for logs.
   *
   * @return for example {@code TagPublicKey[ED25519, kid=1a2b3c4d5e6f7081]}
   */
  @Override
  public String toString() {
    return "TagPublicKey[" + algorithm + ", kid=" + keyId.toHex() + "]";
  }
}
