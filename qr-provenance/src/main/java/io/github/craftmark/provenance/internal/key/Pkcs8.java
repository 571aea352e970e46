package io.github.craftmark.provenance.internal.key;

import io.github.craftmark.provenance.key.KeyFormatException;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * PKCS#8 private keys (RFC 5208, RFC 5958) for Ed25519 (RFC 8410) and P-256 (RFC 5915), and their
 * encryption with PBES2 (RFC 8018): PBKDF2 then AES-CBC, with Bouncy Castle's lightweight API so
 * that no JCA provider has to be installed.
 */
public final class Pkcs8 {
  private Pkcs8() {}

  /** The most PBKDF2 iterations a file may ask for: bounds the work a hostile file causes. */
  public static final int MAX_ITERATIONS = 10_000_000;

  private static final int SALT_BYTES = 16;
  private static final int IV_BYTES = 16;
  private static final String WRONG_PASSPHRASE =
      "encrypted private key could not be decrypted: wrong passphrase, or the key is damaged";

  /**
   * Encodes an Ed25519 private key as PKCS#8 version 1 DER, as RFC 8410 §7 shows. Version 2 with
   * the public key would catch more damage, but OpenSSL 3.0 does not read it.
   *
   * @param key the key
   * @return the DER bytes; the caller should clear them after use
   */
  public static byte[] encode(Ed25519PrivateKeyParameters key) {
    byte[] seed = key.getEncoded();
    try {
      return new PrivateKeyInfo(
              new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519), new DEROctetString(seed))
          .getEncoded("DER");
    } catch (IOException e) {
      throw new IllegalStateException("DER encoding failed", e);
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  /**
   * Encodes a P-256 private key as PKCS#8 DER holding an RFC 5915 ECPrivateKey with its public
   * key, as OpenSSL writes it.
   *
   * @param key the key
   * @return the DER bytes; the caller should clear them after use
   */
  public static byte[] encode(ECPrivateKeyParameters key) {
    ECPoint q = publicPoint(key.getD());
    try {
      return new PrivateKeyInfo(
              new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, P256.OID),
              new ECPrivateKey(256, key.getD(), new DERBitString(q.getEncoded(false)), null))
          .getEncoded("DER");
    } catch (IOException e) {
      throw new IllegalStateException("DER encoding failed", e);
    }
  }

  /**
   * Returns the public point d·G of a P-256 private scalar.
   *
   * @param d the private scalar
   * @return the normalised public point
   */
  public static ECPoint publicPoint(BigInteger d) {
    return new FixedPointCombMultiplier().multiply(P256.DOMAIN.getG(), d).normalize();
  }

  /**
   * Reads an unencrypted PKCS#8 private key.
   *
   * @param der the DER bytes
   * @return an {@link Ed25519PrivateKeyParameters} or an {@link ECPrivateKeyParameters} on P-256
   * @throws KeyFormatException when the bytes are not such a key
   */
  public static AsymmetricKeyParameter decode(byte[] der) {
    PrivateKeyInfo info;
    try {
      info = PrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
    } catch (IOException | RuntimeException e) {
      throw new KeyFormatException("private key is not PKCS#8 DER");
    }
    if (info == null) {
      throw new KeyFormatException("private key is not PKCS#8 DER");
    }
    ASN1ObjectIdentifier algorithm = info.getPrivateKeyAlgorithm().getAlgorithm();
    try {
      if (EdECObjectIdentifiers.id_Ed25519.equals(algorithm)) {
        return decodeEd25519(info);
      } else if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)) {
        return decodeP256(info);
      }
    } catch (KeyFormatException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new KeyFormatException("private key is not well-formed " + name(algorithm));
    }
    throw new KeyFormatException(
        "private key algorithm must be Ed25519 (1.3.101.112) or EC (1.2.840.10045.2.1), found "
            + algorithm.getId());
  }

  private static String name(ASN1ObjectIdentifier algorithm) {
    return EdECObjectIdentifiers.id_Ed25519.equals(algorithm) ? "Ed25519" : "EC P-256";
  }

  private static Ed25519PrivateKeyParameters decodeEd25519(PrivateKeyInfo info) throws IOException {
    if (info.getPrivateKeyAlgorithm().getParameters() != null) {
      throw new KeyFormatException("Ed25519 private key must have no algorithm parameters");
    }
    byte[] seed = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
    try {
      if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
        throw new KeyFormatException("Ed25519 private key must be 32 bytes, found " + seed.length);
      }
      Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(seed, 0);
      if (info.hasPublicKey()
          && !Arrays.equals(
              info.getPublicKeyData().getOctets(), key.generatePublicKey().getEncoded())) {
        throw new KeyFormatException("the public key in the PKCS#8 does not match its private key");
      }
      return key;
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  private static ECPrivateKeyParameters decodeP256(PrivateKeyInfo info) throws IOException {
    ASN1Encodable curve = info.getPrivateKeyAlgorithm().getParameters();
    if (!P256.OID.equals(curve)) {
      throw new KeyFormatException(
          "EC private key must be on the named curve P-256 (1.2.840.10045.3.1.7)");
    }
    ECPrivateKey ec = ECPrivateKey.getInstance(info.parsePrivateKey());
    if (ec.getParametersObject() != null && !P256.OID.equals(ec.getParametersObject())) {
      throw new KeyFormatException("EC private key names a curve other than P-256");
    }
    BigInteger d = ec.getKey();
    if (d.signum() <= 0 || d.compareTo(P256.ORDER) >= 0) {
      throw new KeyFormatException("EC private key must be 1..n-1 for P-256");
    }
    if (ec.getPublicKey() != null) {
      ECPoint stated = P256.DOMAIN.getCurve().decodePoint(ec.getPublicKey().getOctets());
      if (!stated.equals(publicPoint(d))) {
        throw new KeyFormatException("the public key in the PKCS#8 does not match its private key");
      }
    }
    return new ECPrivateKeyParameters(d, P256.DOMAIN);
  }

  /**
   * Encrypts PKCS#8 DER with PBES2: PBKDF2 with HMAC-SHA-256, a 16-byte random salt and the given
   * iterations, then AES-256-CBC with a random IV.
   *
   * @param pkcs8 the unencrypted PKCS#8 DER
   * @param passphrase the passphrase, taken as UTF-8
   * @param random the source of the salt and IV
   * @param iterations the PBKDF2 iteration count
   * @return the EncryptedPrivateKeyInfo DER
   */
  public static byte[] encrypt(
      byte[] pkcs8, char[] passphrase, SecureRandom random, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    KeyParameter key = deriveKey(new SHA256Digest(), passphrase, salt, iterations, 32);
    byte[] encrypted = crypt(true, key, iv, pkcs8);
    AlgorithmIdentifier prf =
        new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE);
    PBES2Parameters parameters = new PBES2Parameters(
        new KeyDerivationFunc(
            PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(salt, iterations, prf)),
        new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(iv)));
    try {
      return new EncryptedPrivateKeyInfo(
              new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, parameters), encrypted)
          .getEncoded("DER");
    } catch (IOException e) {
      throw new IllegalStateException("DER encoding failed", e);
    }
  }

  /**
   * Decrypts an EncryptedPrivateKeyInfo made with PBES2 (PBKDF2 with HMAC-SHA-1, -256 or -512, then
   * AES-128, -192 or -256 in CBC mode), as OpenSSL writes it.
   *
   * @param der the EncryptedPrivateKeyInfo DER
   * @param passphrase the passphrase, taken as UTF-8
   * @return the unencrypted PKCS#8 DER; the caller should clear it after use
   * @throws KeyFormatException when the structure is not supported or the passphrase is wrong
   */
  public static byte[] decrypt(byte[] der, char[] passphrase) {
    EncryptedPrivateKeyInfo info;
    try {
      info = EncryptedPrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
    } catch (IOException | RuntimeException e) {
      throw new KeyFormatException(
          "encrypted private key is not PKCS#8 EncryptedPrivateKeyInfo DER");
    }
    if (info == null) {
      throw new KeyFormatException(
          "encrypted private key is not PKCS#8 EncryptedPrivateKeyInfo DER");
    }
    AlgorithmIdentifier scheme = info.getEncryptionAlgorithm();
    if (!PKCSObjectIdentifiers.id_PBES2.equals(scheme.getAlgorithm())) {
      throw new KeyFormatException(
          "encrypted private key must use PBES2 (1.2.840.113549.1.5.13), found "
              + scheme.getAlgorithm().getId());
    }
    Pbes2 pbes2;
    try {
      pbes2 = Pbes2.of(PBES2Parameters.getInstance(scheme.getParameters()));
    } catch (RuntimeException e) {
      if (e instanceof KeyFormatException) {
        throw e;
      }
      throw new KeyFormatException("encrypted private key has malformed PBES2 parameters");
    }
    KeyParameter key =
        deriveKey(pbes2.prf, passphrase, pbes2.salt, pbes2.iterations, pbes2.keyBytes);
    try {
      return crypt(false, key, pbes2.iv, info.getEncryptedData());
    } catch (KeyFormatException e) {
      throw new KeyFormatException(WRONG_PASSPHRASE);
    }
  }

  /**
   * Returns the message used for a wrong passphrase, so that callers that also fail to parse the
   * decrypted bytes can say the same thing.
   *
   * @return the message
   */
  public static String wrongPassphraseMessage() {
    return WRONG_PASSPHRASE;
  }

  private static KeyParameter deriveKey(
      Digest prf, char[] passphrase, byte[] salt, int iterations, int keyBytes) {
    byte[] password = PBEParametersGenerator.PKCS5PasswordToUTF8Bytes(passphrase);
    try {
      PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(prf);
      generator.init(password, salt, iterations);
      return (KeyParameter) generator.generateDerivedParameters(keyBytes * 8);
    } finally {
      Arrays.fill(password, (byte) 0);
    }
  }

  private static byte[] crypt(boolean encrypt, KeyParameter key, byte[] iv, byte[] input) {
    PaddedBufferedBlockCipher cipher = new PaddedBufferedBlockCipher(
        CBCBlockCipher.newInstance(AESEngine.newInstance()), new PKCS7Padding());
    cipher.init(encrypt, new ParametersWithIV(key, iv));
    byte[] output = new byte[cipher.getOutputSize(input.length)];
    try {
      int length = cipher.processBytes(input, 0, input.length, output, 0);
      length += cipher.doFinal(output, length);
      byte[] result = Arrays.copyOf(output, length);
      return result;
    } catch (CryptoException | RuntimeException e) {
      throw new KeyFormatException(WRONG_PASSPHRASE);
    } finally {
      Arrays.fill(output, (byte) 0);
    }
  }

  /** The PBES2 parameters we accept, checked and bounded. */
  private static final class Pbes2 {
    final Digest prf;
    final byte[] salt;
    final int iterations;
    final int keyBytes;
    final byte[] iv;

    private Pbes2(Digest prf, byte[] salt, int iterations, int keyBytes, byte[] iv) {
      this.prf = prf;
      this.salt = salt;
      this.iterations = iterations;
      this.keyBytes = keyBytes;
      this.iv = iv;
    }

    static Pbes2 of(PBES2Parameters parameters) {
      KeyDerivationFunc kdf = parameters.getKeyDerivationFunc();
      if (!PKCSObjectIdentifiers.id_PBKDF2.equals(kdf.getAlgorithm())) {
        throw new KeyFormatException(
            "PBES2 key derivation must be PBKDF2, found " + kdf.getAlgorithm().getId());
      }
      PBKDF2Params pbkdf2 = PBKDF2Params.getInstance(kdf.getParameters());
      Digest prf = prf(pbkdf2);
      BigInteger iterations = pbkdf2.getIterationCount();
      if (iterations.signum() <= 0
          || iterations.compareTo(BigInteger.valueOf(MAX_ITERATIONS)) > 0) {
        throw new KeyFormatException(
            "PBKDF2 iteration count must be 1.." + MAX_ITERATIONS + ", found " + iterations);
      }
      byte[] salt = pbkdf2.getSalt();
      if (salt.length == 0 || salt.length > 1024) {
        throw new KeyFormatException("PBKDF2 salt must be 1..1024 bytes, found " + salt.length);
      }
      EncryptionScheme scheme = parameters.getEncryptionScheme();
      ASN1ObjectIdentifier cipher = scheme.getAlgorithm();
      int keyBytes;
      if (NISTObjectIdentifiers.id_aes256_CBC.equals(cipher)) {
        keyBytes = 32;
      } else if (NISTObjectIdentifiers.id_aes192_CBC.equals(cipher)) {
        keyBytes = 24;
      } else if (NISTObjectIdentifiers.id_aes128_CBC.equals(cipher)) {
        keyBytes = 16;
      } else {
        throw new KeyFormatException(
            "PBES2 encryption must be AES-128, -192 or -256 in CBC mode, found " + cipher.getId());
      }
      if (pbkdf2.getKeyLength() != null
          && !pbkdf2.getKeyLength().equals(BigInteger.valueOf(keyBytes))) {
        throw new KeyFormatException("PBKDF2 key length does not match the cipher's key size");
      }
      byte[] iv = ASN1OctetString.getInstance(scheme.getParameters()).getOctets();
      if (iv.length != IV_BYTES) {
        throw new KeyFormatException("AES-CBC IV must be 16 bytes, found " + iv.length);
      }
      return new Pbes2(prf, salt, iterations.intValueExact(), keyBytes, iv);
    }

    private static Digest prf(PBKDF2Params pbkdf2) {
      if (pbkdf2.isDefaultPrf()) {
        return new SHA1Digest();
      }
      ASN1ObjectIdentifier prf = pbkdf2.getPrf().getAlgorithm();
      if (PKCSObjectIdentifiers.id_hmacWithSHA256.equals(prf)) {
        return new SHA256Digest();
      } else if (PKCSObjectIdentifiers.id_hmacWithSHA512.equals(prf)) {
        return new SHA512Digest();
      } else if (PKCSObjectIdentifiers.id_hmacWithSHA1.equals(prf)) {
        return new SHA1Digest();
      }
      throw new KeyFormatException(
          "PBKDF2 PRF must be HMAC-SHA-1, -256 or -512, found " + prf.getId());
    }
  }
}
