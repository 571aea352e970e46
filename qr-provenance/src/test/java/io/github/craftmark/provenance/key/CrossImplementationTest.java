package io.github.craftmark.provenance.key;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.provenance.internal.cose.CoseSign1;
import io.github.craftmark.provenance.testing.Openssl;
import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Signatures made here are verified by other implementations (the JDK's providers, the OpenSSL
 * command line) and theirs here; keys travel both ways as PEM.
 */
class CrossImplementationTest {
  private static final byte[] MESSAGE = CoseSign1.sigStructure(
      CoseSign1.protectedHeader(SignatureAlgorithm.ED25519, KeyId.parseHex("0011223344556677")),
      new byte[0],
      "Bình gốm men lam, lô 2024-07".getBytes(StandardCharsets.UTF_8));

  @TempDir
  Path dir;

  private static String jdkName(SignatureAlgorithm algorithm) {
    return algorithm == SignatureAlgorithm.ED25519 ? "Ed25519" : "SHA256withECDSAinP1363Format";
  }

  private static PublicKey jdkPublicKey(TagPublicKey key) throws Exception {
    String family = key.algorithm() == SignatureAlgorithm.ED25519 ? "Ed25519" : "EC";
    return KeyFactory.getInstance(family).generatePublic(new X509EncodedKeySpec(key.toSpkiDer()));
  }

  private static KeyPair jdkKeyPair(SignatureAlgorithm algorithm) throws Exception {
    if (algorithm == SignatureAlgorithm.ED25519) {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  @ParameterizedTest
  @EnumSource(SignatureAlgorithm.class)
  void ourSignatures_areVerifiedByTheJdk(SignatureAlgorithm algorithm) throws Exception {
    TagKeyPair pair = TagKeyPair.generate(algorithm, new SecureRandom());
    byte[] signature = pair.sign(MESSAGE);
    Signature jdk = Signature.getInstance(jdkName(algorithm));
    jdk.initVerify(jdkPublicKey(pair.publicKey()));
    jdk.update(MESSAGE);
    assertThat(jdk.verify(signature)).isTrue();
    byte[] tampered = MESSAGE.clone();
    tampered[20] ^= 1;
    jdk.initVerify(jdkPublicKey(pair.publicKey()));
    jdk.update(tampered);
    assertThat(jdk.verify(signature)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(SignatureAlgorithm.class)
  void jdkSignatures_areVerifiedHere_andJdkKeysHaveTheSameKeyId(SignatureAlgorithm algorithm)
      throws Exception {
    KeyPair jdkPair = jdkKeyPair(algorithm);
    Signature jdk = Signature.getInstance(jdkName(algorithm));
    jdk.initSign(jdkPair.getPrivate());
    jdk.update(MESSAGE);
    byte[] signature = jdk.sign();
    TagPublicKey key = TagPublicKey.fromSpkiDer(jdkPair.getPublic().getEncoded());
    assertThat(key.algorithm()).isEqualTo(algorithm);
    assertThat(key.verify(MESSAGE, signature)).isTrue();
    byte[] sha = MessageDigest.getInstance("SHA-256").digest(jdkPair.getPublic().getEncoded());
    assertThat(key.keyId().toBytes()).isEqualTo(Arrays.copyOf(sha, 8));
    signature[10] ^= 1;
    assertThat(key.verify(MESSAGE, signature)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(SignatureAlgorithm.class)
  void privateKeys_travelBetweenTheJdkAndHereAsPkcs8(SignatureAlgorithm algorithm)
      throws Exception {
    String family = algorithm == SignatureAlgorithm.ED25519 ? "Ed25519" : "EC";
    // The JDK reads ours.
    TagKeyPair ours = TagKeyPair.generate(algorithm, new SecureRandom());
    PrivateKey jdkPrivate = KeyFactory.getInstance(family)
        .generatePrivate(new PKCS8EncodedKeySpec(derOf(ours.toUnencryptedPkcs8Pem())));
    Signature jdk = Signature.getInstance(jdkName(algorithm));
    jdk.initSign(jdkPrivate);
    jdk.update(MESSAGE);
    byte[] jdkSignature = jdk.sign();
    assertThat(ours.publicKey().verify(MESSAGE, jdkSignature)).isTrue();
    if (algorithm == SignatureAlgorithm.ED25519) {
      assertThat(jdkSignature).isEqualTo(ours.sign(MESSAGE));
    }
    // We read the JDK's.
    KeyPair jdkPair = jdkKeyPair(algorithm);
    TagKeyPair loaded = TagKeyPair.fromPkcs8Pem(
        ProvenanceFixtures.pem("PRIVATE KEY", jdkPair.getPrivate().getEncoded()));
    assertThat(loaded.publicKey().toSpkiDer()).isEqualTo(jdkPair.getPublic().getEncoded());
    jdk.initVerify(jdkPair.getPublic());
    jdk.update(MESSAGE);
    assertThat(jdk.verify(loaded.sign(MESSAGE))).isTrue();
  }

  private static byte[] derOf(String pem) {
    String body = pem.substring(pem.indexOf('\n') + 1, pem.indexOf("-----END"));
    return java.util.Base64.getMimeDecoder().decode(body);
  }

  // ---- OpenSSL command line --------------------------------------------------------------

  private static byte[] toDer(byte[] rawSignature) throws IOException {
    return new DERSequence(new ASN1Integer[] {
          new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(rawSignature, 0, 32))),
          new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(rawSignature, 32, 64)))
        })
        .getEncoded("DER");
  }

  private static byte[] toRaw(byte[] derSignature) {
    ASN1Sequence sequence = ASN1Sequence.getInstance(derSignature);
    byte[] raw = new byte[64];
    for (int i = 0; i < 2; i++) {
      byte[] value =
          ASN1Integer.getInstance(sequence.getObjectAt(i)).getPositiveValue().toByteArray();
      int length = Math.min(value.length, 32);
      System.arraycopy(value, value.length - length, raw, 32 * i + 32 - length, length);
    }
    return raw;
  }

  @Test
  void ourEd25519Signature_isVerifiedByOpenssl() throws Exception {
    Openssl.require();
    TagKeyPair pair = TagKeyPair.generate(SignatureAlgorithm.ED25519, new SecureRandom());
    Files.writeString(dir.resolve("pub.pem"), pair.publicKey().toSpkiPem());
    Files.write(dir.resolve("msg.bin"), MESSAGE);
    Files.write(dir.resolve("sig.bin"), pair.sign(MESSAGE));
    Openssl.Result ok = Openssl.verifyEd25519(dir, "pub.pem", "msg.bin", "sig.bin");
    assertThat(ok.exit()).as(ok.output()).isZero();
    assertThat(ok.output()).contains("Signature Verified Successfully");
    byte[] tampered = MESSAGE.clone();
    tampered[0] ^= 1;
    Files.write(dir.resolve("msg.bin"), tampered);
    Openssl.Result bad = Openssl.verifyEd25519(dir, "pub.pem", "msg.bin", "sig.bin");
    assertThat(bad.exit()).isNotZero();
  }

  @Test
  void ourEs256Signature_isVerifiedByOpenssl() throws Exception {
    Openssl.require();
    TagKeyPair pair = TagKeyPair.generate(SignatureAlgorithm.ES256, new SecureRandom());
    Files.writeString(dir.resolve("pub.pem"), pair.publicKey().toSpkiPem());
    Files.write(dir.resolve("msg.bin"), MESSAGE);
    Files.write(dir.resolve("sig.der"), toDer(pair.sign(MESSAGE)));
    Openssl.Result ok = Openssl.run(
        dir, "dgst", "-sha256", "-verify", "pub.pem", "-signature", "sig.der", "msg.bin");
    assertThat(ok.exit()).as(ok.output()).isZero();
    assertThat(ok.output()).contains("Verified OK");
    byte[] wrong = pair.sign(new byte[] {1});
    Files.write(dir.resolve("sig.der"), toDer(wrong));
    assertThat(Openssl.run(
                dir, "dgst", "-sha256", "-verify", "pub.pem", "-signature", "sig.der", "msg.bin")
            .exit())
        .isNotZero();
  }

  @Test
  void opensslEd25519KeyAndSignature_areUsableHere() throws Exception {
    Openssl.require();
    Files.write(dir.resolve("msg.bin"), MESSAGE);
    assertThat(Openssl.run(dir, "genpkey", "-algorithm", "ed25519", "-out", "key.pem")
            .exit())
        .isZero();
    assertThat(Openssl.run(dir, "pkey", "-in", "key.pem", "-pubout", "-out", "pub.pem")
            .exit())
        .isZero();
    assertThat(Openssl.run(
                dir, "pkeyutl", "-sign", "-inkey", "key.pem", "-rawin", "-in", "msg.bin", "-out",
                "sig.bin")
            .exit())
        .isZero();
    TagPublicKey key = TagPublicKey.fromSpkiPem(Files.readString(dir.resolve("pub.pem")));
    byte[] signature = Files.readAllBytes(dir.resolve("sig.bin"));
    assertThat(key.verify(MESSAGE, signature)).isTrue();
    TagKeyPair pair = TagKeyPair.fromPkcs8Pem(Files.readString(dir.resolve("key.pem")));
    assertThat(pair.publicKey()).isEqualTo(key);
    assertThat(pair.sign(MESSAGE)).isEqualTo(signature);
  }

  @Test
  void opensslEs256KeyAndSignature_areUsableHere() throws Exception {
    Openssl.require();
    Files.write(dir.resolve("msg.bin"), MESSAGE);
    assertThat(Openssl.run(
                dir,
                "genpkey",
                "-algorithm",
                "EC",
                "-pkeyopt",
                "ec_paramgen_curve:P-256",
                "-out",
                "key.pem")
            .exit())
        .isZero();
    assertThat(Openssl.run(dir, "pkey", "-in", "key.pem", "-pubout", "-out", "pub.pem")
            .exit())
        .isZero();
    assertThat(Openssl.run(dir, "dgst", "-sha256", "-sign", "key.pem", "-out", "sig.der", "msg.bin")
            .exit())
        .isZero();
    TagPublicKey key = TagPublicKey.fromSpkiPem(Files.readString(dir.resolve("pub.pem")));
    assertThat(key.verify(MESSAGE, toRaw(Files.readAllBytes(dir.resolve("sig.der")))))
        .isTrue();
    TagKeyPair pair = TagKeyPair.fromPkcs8Pem(Files.readString(dir.resolve("key.pem")));
    assertThat(pair.publicKey()).isEqualTo(key);
  }

  @ParameterizedTest
  @EnumSource(SignatureAlgorithm.class)
  void encryptedPrivateKeys_travelBetweenOpensslAndHere(SignatureAlgorithm algorithm)
      throws Exception {
    Openssl.require();
    String passphrase = "tre-lang-gom-1352";
    // Ours, opened by OpenSSL.
    TagKeyPair ours = TagKeyPair.generate(algorithm, new SecureRandom());
    Files.writeString(dir.resolve("ours.pem"), ours.toEncryptedPkcs8Pem(passphrase.toCharArray()));
    Openssl.Result opened = Openssl.run(
        dir,
        "pkey",
        "-in",
        "ours.pem",
        "-passin",
        "pass:" + passphrase,
        "-pubout",
        "-out",
        "ours-pub.pem");
    assertThat(opened.exit()).as(opened.output()).isZero();
    assertThat(Files.readString(dir.resolve("ours-pub.pem")))
        .isEqualTo(ours.publicKey().toSpkiPem());
    assertThat(Openssl.run(dir, "pkey", "-in", "ours.pem", "-passin", "pass:wrong", "-pubout")
            .exit())
        .isNotZero();
    // OpenSSL's, opened here.
    String generate = algorithm == SignatureAlgorithm.ED25519 ? "ed25519" : "EC";
    List<String> genpkey =
        new ArrayList<>(List.of("genpkey", "-algorithm", generate, "-out", "key.pem"));
    if (algorithm == SignatureAlgorithm.ES256) {
      genpkey.addAll(List.of("-pkeyopt", "ec_paramgen_curve:P-256"));
    }
    assertThat(Openssl.run(dir, genpkey.toArray(String[]::new)).exit()).isZero();
    Openssl.Result encrypted = Openssl.run(
        dir,
        "pkcs8",
        "-topk8",
        "-in",
        "key.pem",
        "-v2",
        "aes-256-cbc",
        "-v2prf",
        "hmacWithSHA256",
        "-passout",
        "pass:" + passphrase,
        "-out",
        "theirs.pem");
    assertThat(encrypted.exit()).as(encrypted.output()).isZero();
    assertThat(Openssl.run(dir, "pkey", "-in", "key.pem", "-pubout", "-out", "theirs-pub.pem")
            .exit())
        .isZero();
    TagKeyPair theirs = TagKeyPair.fromEncryptedPkcs8Pem(
        Files.readString(dir.resolve("theirs.pem")), passphrase.toCharArray());
    assertThat(theirs.publicKey())
        .isEqualTo(TagPublicKey.fromSpkiPem(Files.readString(dir.resolve("theirs-pub.pem"))));
  }
}
