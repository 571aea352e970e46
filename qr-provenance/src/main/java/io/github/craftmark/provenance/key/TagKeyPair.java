package io.github.craftmark.provenance.key;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.key.P256;
import io.github.craftmark.provenance.internal.key.Pem;
import io.github.craftmark.provenance.internal.key.Pkcs8;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.bouncycastle.util.BigIntegers;

/**
 * A signing key held in memory, with its public key: generate one, save it as passphrase-encrypted
 * PKCS#8 PEM, load it back, and sign.
 *
 * <p>Signatures are deterministic: Ed25519 by design (RFC 8032), ES256 by deriving the nonce from
 * the key and the message (RFC 6979), so the same key signs the same message to the same bytes and
 * test vectors are reproducible. Instances are immutable and safe for concurrent use. {@link
 * #toString()} never shows the private key; it leaves the object only through {@link
 * #toEncryptedPkcs8Pem(char[])} and the explicitly named {@link #toUnencryptedPkcs8Pem()}.
 */
public final class TagKeyPair implements TagSigner {
  /**
   * The PBKDF2-HMAC-SHA-256 iteration count used to encrypt private keys: the OWASP Password
   * Storage Cheat Sheet's recommendation for PBKDF2-HMAC-SHA-256 (2023). Loading a key costs about
   * this many hash computations, well under a second.
   */
  public static final int PBKDF2_ITERATIONS = 600_000;

  private final TagPublicKey publicKey;

  /** The Ed25519 private key; null for ES256. */
  private final Ed25519PrivateKeyParameters edKey;

  /** The P-256 private key; null for Ed25519. */
  private final ECPrivateKeyParameters ecKey;

  private TagKeyPair(AsymmetricKeyParameter privateKey) {
    if (privateKey instanceof Ed25519PrivateKeyParameters) {
      this.edKey = (Ed25519PrivateKeyParameters) privateKey;
      this.ecKey = null;
      this.publicKey = TagPublicKey.ed25519(edKey.generatePublicKey().getEncoded());
    } else {
      this.edKey = null;
      this.ecKey = (ECPrivateKeyParameters) privateKey;
      this.publicKey = TagPublicKey.p256(Pkcs8.publicPoint(ecKey.getD()));
    }
  }

  /**
   * Generates a new key pair.
   *
   * @param algorithm the algorithm; {@link SignatureAlgorithm#ED25519} unless a partner requires
   *     P-256
   * @param random the source of randomness, for example {@code new SecureRandom()}
   * @return the key pair
   */
  public static TagKeyPair generate(SignatureAlgorithm algorithm, SecureRandom random) {
    if (algorithm == null) {
      throw new InvalidValueException("algorithm", "must not be null", null);
    }
    if (random == null) {
      throw new InvalidValueException("random", "must not be null", null);
    }
    if (algorithm == SignatureAlgorithm.ED25519) {
      return new TagKeyPair(new Ed25519PrivateKeyParameters(random));
    }
    ECKeyPairGenerator generator = new ECKeyPairGenerator();
    generator.init(new ECKeyGenerationParameters(P256.DOMAIN, random));
    AsymmetricCipherKeyPair pair = generator.generateKeyPair();
    return new TagKeyPair(pair.getPrivate());
  }

  /**
   * Loads a key pair from passphrase-encrypted PKCS#8 PEM ({@code -----BEGIN ENCRYPTED PRIVATE
   * KEY-----}), as {@link #toEncryptedPkcs8Pem(char[])} or {@code openssl pkcs8 -topk8 -v2
   * aes-256-cbc} writes it.
   *
   * <p>Accepted: PBES2 with PBKDF2 (HMAC-SHA-1, -256 or -512, at most 10,000,000 iterations) and
   * AES-128, -192 or -256 in CBC mode; Ed25519 or EC P-256 keys.
   *
   * @param pem the PEM text
   * @param passphrase the passphrase; not kept, and the caller may clear it afterwards
   * @return the key pair
   * @throws KeyFormatException when the PEM is malformed, the passphrase is wrong, or the key is
   *     not supported
   */
  public static TagKeyPair fromEncryptedPkcs8Pem(String pem, char[] passphrase) {
    checkPassphrase(passphrase);
    byte[] der = Pem.decode(pem, Pem.ENCRYPTED_PRIVATE_KEY);
    byte[] pkcs8 = Pkcs8.decrypt(der, passphrase);
    try {
      return new TagKeyPair(Pkcs8.decode(pkcs8));
    } catch (KeyFormatException e) {
      // Padding matches by chance for about 1 wrong passphrase in 256; the key then fails to parse.
      throw new KeyFormatException(Pkcs8.wrongPassphraseMessage());
    } finally {
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  /**
   * Loads a key pair from unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}), for tests
   * and for keys exported from an HSM into a protected store. Prefer {@link
   * #fromEncryptedPkcs8Pem(String, char[])}.
   *
   * @param pem the PEM text
   * @return the key pair
   * @throws KeyFormatException when the PEM is malformed or the key is not supported
   */
  public static TagKeyPair fromPkcs8Pem(String pem) {
    byte[] der = Pem.decode(pem, Pem.PRIVATE_KEY);
    try {
      return new TagKeyPair(Pkcs8.decode(der));
    } finally {
      Arrays.fill(der, (byte) 0);
    }
  }

  /**
   * Saves the private key as passphrase-encrypted PKCS#8 PEM: PBES2 with PBKDF2-HMAC-SHA-256
   * ({@value #PBKDF2_ITERATIONS} iterations, 16-byte random salt) and AES-256-CBC, readable by
   * OpenSSL.
   *
   * @param passphrase the passphrase, taken as UTF-8; at least 1 character; not kept
   * @return the PEM text
   */
  public String toEncryptedPkcs8Pem(char[] passphrase) {
    return toEncryptedPkcs8Pem(passphrase, new SecureRandom());
  }

  /**
   * Saves the private key as passphrase-encrypted PKCS#8 PEM, drawing the salt and IV from {@code
   * random}.
   *
   * @param passphrase the passphrase, taken as UTF-8; at least 1 character; not kept
   * @param random the source of the salt and IV
   * @return the PEM text
   */
  public String toEncryptedPkcs8Pem(char[] passphrase, SecureRandom random) {
    checkPassphrase(passphrase);
    if (random == null) {
      throw new InvalidValueException("random", "must not be null", null);
    }
    byte[] pkcs8 = pkcs8();
    try {
      return Pem.encode(
          Pem.ENCRYPTED_PRIVATE_KEY, Pkcs8.encrypt(pkcs8, passphrase, random, PBKDF2_ITERATIONS));
    } finally {
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  /**
   * Returns the private key in clear as PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}), for
   * importing into an HSM or for tests. Anyone who reads the text can sign as this key.
   *
   * @return the PEM text holding the unencrypted private key
   */
  public String toUnencryptedPkcs8Pem() {
    byte[] pkcs8 = pkcs8();
    try {
      return Pem.encode(Pem.PRIVATE_KEY, pkcs8);
    } finally {
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  private byte[] pkcs8() {
    return edKey != null ? Pkcs8.encode(edKey) : Pkcs8.encode(ecKey);
  }

  private static void checkPassphrase(char[] passphrase) {
    if (passphrase == null || passphrase.length == 0) {
      throw InvalidValueException.withoutValue("passphrase", "must not be null or empty");
    }
  }

  /**
   * Returns the public key.
   *
   * @return the public key
   */
  @Override
  public TagPublicKey publicKey() {
    return publicKey;
  }

  /**
   * Returns the algorithm of this key.
   *
   * @return the algorithm
   */
  @Override
  public SignatureAlgorithm algorithm() {
    return publicKey.algorithm();
  }

  /**
   * Signs a message, deterministically.
   *
   * @param message the bytes to sign
   * @return the 64-byte signature (Ed25519, or ES256 as {@code r‖s})
   */
  @Override
  public byte[] sign(byte[] message) {
    if (message == null) {
      throw new InvalidValueException("message", "must not be null", null);
    }
    byte[] signature = new byte[64];
    if (edKey != null) {
      edKey.sign(Ed25519.Algorithm.Ed25519, null, message, 0, message.length, signature, 0);
      return signature;
    }
    SHA256Digest sha256 = new SHA256Digest();
    sha256.update(message, 0, message.length);
    byte[] hash = new byte[32];
    sha256.doFinal(hash, 0);
    ECDSASigner ecdsa = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
    ecdsa.init(true, ecKey);
    BigInteger[] rs = ecdsa.generateSignature(hash);
    BigIntegers.asUnsignedByteArray(rs[0], signature, 0, 32);
    BigIntegers.asUnsignedByteArray(rs[1], signature, 32, 32);
    return signature;
  }

  /**
   * Describes the key pair without its private key.
   *
   * @return for example {@code TagKeyPair[ED25519, kid=1a2b3c4d5e6f7081, private key hidden]}
   */
  @Override
  public String toString() {
    return "TagKeyPair[" + algorithm() + ", kid=" + keyId().toHex() + ", private key hidden]";
  }
}
