package io.github.craftmark.provenance.key;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** Known keys from the RFCs, encoded the way other tools encode them. */
final class KeyFixtures {
  private KeyFixtures() {}

  static final HexFormat HEX = HexFormat.of();

  /** RFC 8032 §7.1 TEST 1, also the key of RFC 8037 Appendix A. */
  static final String RFC8032_1_SECRET =
      "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

  static final String RFC8032_1_PUBLIC =
      "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

  /** RFC 6979 A.2.5: the P-256 private key x and its public key (Ux, Uy). */
  static final String RFC6979_X =
      "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721";

  static final String RFC6979_UX =
      "60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6";
  static final String RFC6979_UY =
      "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299";

  static byte[] hex(String text) {
    return HEX.parseHex(text.replace(" ", ""));
  }

  /** RFC 8410 §7: PKCS#8 v1 of an Ed25519 seed. */
  static String ed25519Pkcs8Pem(String seedHex) {
    return pem("PRIVATE KEY", hex("302e020100300506032b657004220420" + seedHex));
  }

  /** RFC 8410 §4: SubjectPublicKeyInfo of a raw Ed25519 public key. */
  static byte[] ed25519Spki(String publicHex) {
    return hex("302a300506032b6570032100" + publicHex);
  }

  /** A P-256 private key as the JDK encodes it in PKCS#8 (no public key inside). */
  static String p256Pkcs8Pem(String dHex) throws Exception {
    AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
    parameters.init(new ECGenParameterSpec("secp256r1"));
    ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
    byte[] der = KeyFactory.getInstance("EC")
        .generatePrivate(new ECPrivateKeySpec(new BigInteger(dHex, 16), spec))
        .getEncoded();
    return pem("PRIVATE KEY", der);
  }

  static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n"
        + Base64.getMimeEncoder().encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }
}
