package io.github.craftmark.provenance.vectors;

import io.github.craftmark.provenance.key.TagKeyPair;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The test keys of the vectors, derived from their names so that nothing random enters the files:
 * an Ed25519 seed, or a P-256 private scalar, is SHA-256 of {@code "CraftMark test vectors v1: "}
 * and the name. They are published with the vectors and protect nothing.
 */
final class VectorKeys {
  private static final String CONTEXT = "CraftMark test vectors v1: ";
  private static final byte[] ED25519_PKCS8_HEADER =
      HexFormat.of().parseHex("302e020100300506032b657004220420");

  private VectorKeys() {}

  static TagKeyPair ed25519(String name) {
    byte[] seed = sha256(CONTEXT + name);
    byte[] pkcs8 = new byte[ED25519_PKCS8_HEADER.length + seed.length];
    System.arraycopy(ED25519_PKCS8_HEADER, 0, pkcs8, 0, ED25519_PKCS8_HEADER.length);
    System.arraycopy(seed, 0, pkcs8, ED25519_PKCS8_HEADER.length, seed.length);
    return TagKeyPair.fromPkcs8Pem(pem(pkcs8));
  }

  static TagKeyPair es256(String name) {
    try {
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec("secp256r1"));
      ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
      BigInteger n = spec.getOrder();
      // Reduced into 1..n-1, the range of a private scalar.
      BigInteger d = new BigInteger(1, sha256(CONTEXT + name))
          .mod(n.subtract(BigInteger.ONE))
          .add(BigInteger.ONE);
      byte[] pkcs8 = KeyFactory.getInstance("EC")
          .generatePrivate(new ECPrivateKeySpec(d, spec))
          .getEncoded();
      return TagKeyPair.fromPkcs8Pem(pem(pkcs8));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static String pem(byte[] pkcs8) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pkcs8)
        + "\n-----END PRIVATE KEY-----\n";
  }
}
