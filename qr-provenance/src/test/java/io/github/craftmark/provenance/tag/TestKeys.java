package io.github.craftmark.provenance.tag;

import io.github.craftmark.provenance.key.TagKeyPair;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** Fixed keys, so that tags in tests and docs are reproducible. */
final class TestKeys {
  private TestKeys() {}

  /** The secret key of RFC 8032 § 7.1 test 1. */
  static TagKeyPair ed25519() {
    byte[] seed =
        HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    // PKCS#8 for Ed25519 (RFC 8410): a fixed 16-byte header, then the 32-byte seed.
    byte[] der = HexFormat.of().parseHex("302e020100300506032b657004220420");
    byte[] pkcs8 = new byte[der.length + 32];
    System.arraycopy(der, 0, pkcs8, 0, der.length);
    System.arraycopy(seed, 0, pkcs8, der.length, 32);
    return TagKeyPair.fromPkcs8Pem(pem(pkcs8));
  }

  /** A second Ed25519 key: the secret key of RFC 8032 § 7.1 test 2. */
  static TagKeyPair otherEd25519() {
    byte[] seed =
        HexFormat.of().parseHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
    byte[] der = HexFormat.of().parseHex("302e020100300506032b657004220420");
    byte[] pkcs8 = new byte[der.length + 32];
    System.arraycopy(der, 0, pkcs8, 0, der.length);
    System.arraycopy(seed, 0, pkcs8, der.length, 32);
    return TagKeyPair.fromPkcs8Pem(pem(pkcs8));
  }

  /** An Ed25519 key whose seed is SHA-256 of {@code name}: a test key, made for these tests only. */
  static TagKeyPair ed25519Named(String name) {
    try {
      byte[] seed = java.security.MessageDigest.getInstance("SHA-256")
          .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      byte[] der = HexFormat.of().parseHex("302e020100300506032b657004220420");
      byte[] pkcs8 = new byte[der.length + 32];
      System.arraycopy(der, 0, pkcs8, 0, der.length);
      System.arraycopy(seed, 0, pkcs8, der.length, 32);
      return TagKeyPair.fromPkcs8Pem(pem(pkcs8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** The P-256 private key of RFC 6979 § A.2.5. */
  static TagKeyPair es256() {
    try {
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec("secp256r1"));
      ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
      BigInteger d =
          new BigInteger("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721", 16);
      byte[] pkcs8 = KeyFactory.getInstance("EC")
          .generatePrivate(new ECPrivateKeySpec(d, spec))
          .getEncoded();
      return TagKeyPair.fromPkcs8Pem(pem(pkcs8));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static String pem(byte[] pkcs8) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pkcs8)
        + "\n-----END PRIVATE KEY-----\n";
  }
}
