package io.github.craftmark.provenance.key;

import static io.github.craftmark.provenance.testing.ProvenanceFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.key.Pem;
import io.github.craftmark.provenance.internal.key.Pkcs8;
import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TagKeyPairTest {
  private static final char[] PASSPHRASE = "Gốm Bát Tràng 1352".toCharArray();

  // Encrypting costs 600,000 PBKDF2 rounds: done once per algorithm and shared by the tests.
  private static final TagKeyPair ED =
      TagKeyPair.generate(SignatureAlgorithm.ED25519, ProvenanceFixtures.seededRandom(1));
  private static final TagKeyPair EC =
      TagKeyPair.generate(SignatureAlgorithm.ES256, ProvenanceFixtures.seededRandom(2));
  private static final String ED_ENCRYPTED =
      ED.toEncryptedPkcs8Pem(PASSPHRASE, ProvenanceFixtures.seededRandom(3));
  private static final String EC_ENCRYPTED =
      EC.toEncryptedPkcs8Pem(PASSPHRASE, ProvenanceFixtures.seededRandom(4));

  static Stream<Arguments> rfc8032() {
    return Stream.of(
        Arguments.of(
            ProvenanceFixtures.RFC8032_1_SECRET,
            ProvenanceFixtures.RFC8032_1_PUBLIC,
            "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e"
                + "39701cf9b46bd25bf5f0595bbe24655141438e7a100b"),
        Arguments.of(
            "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f"
                + "3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"),
        Arguments.of(
            "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            "af82",
            "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67"
                + "f760984dc6594a7c15e9716ed28dc027beceea1ec40a"));
  }

  @ParameterizedTest
  @MethodSource("rfc8032")
  void sign_ed25519_matchesRfc8032Vectors(
      String secret, String publicKey, String message, String signature) {
    TagKeyPair pair = TagKeyPair.fromPkcs8Pem(ProvenanceFixtures.ed25519Pkcs8Pem(secret));
    assertThat(pair.publicKey())
        .isEqualTo(TagPublicKey.fromSpkiDer(ProvenanceFixtures.ed25519Spki(publicKey)));
    assertThat(ProvenanceFixtures.hex(pair.sign(hex(message)))).isEqualTo(signature);
    assertThat(pair.publicKey().verify(hex(message), hex(signature))).isTrue();
  }

  @Test
  void sign_es256_matchesRfc6979A25WithSha256() throws Exception {
    TagKeyPair pair =
        TagKeyPair.fromPkcs8Pem(ProvenanceFixtures.p256Pkcs8Pem(ProvenanceFixtures.RFC6979_X));
    assertThat(pair.algorithm()).isEqualTo(SignatureAlgorithm.ES256);
    assertThat(pair.publicKey().toJwk())
        .contains("\"x\":\"" + b64url(ProvenanceFixtures.RFC6979_UX) + "\"")
        .contains("\"y\":\"" + b64url(ProvenanceFixtures.RFC6979_UY) + "\"");
    assertThat(ProvenanceFixtures.hex(pair.sign(ascii("sample"))))
        .isEqualTo("efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716"
            + "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8");
    assertThat(ProvenanceFixtures.hex(pair.sign(ascii("test"))))
        .isEqualTo("f1abb023518351cd71d881567b1ea663ed3efcf6c5132b354f28d3b0b7d38367"
            + "019f4113742a2b14bd25926b49c649155f267e60d3814b4c0cc84250e46f0083");
  }

  private static String b64url(String hexText) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(hex(hexText));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @ParameterizedTest
  @EnumSource(SignatureAlgorithm.class)
  void generate_signsWhatItsPublicKeyVerifies_deterministically(SignatureAlgorithm algorithm) {
    TagKeyPair pair = TagKeyPair.generate(algorithm, new SecureRandom());
    assertThat(pair.algorithm()).isEqualTo(algorithm);
    assertThat(pair.publicKey().algorithm()).isEqualTo(algorithm);
    assertThat(pair.keyId()).isEqualTo(pair.publicKey().keyId());
    Random random = new Random(algorithm.ordinal());
    for (int i = 0; i < 20; i++) {
      byte[] message = new byte[random.nextInt(300)];
      random.nextBytes(message);
      byte[] signature = pair.sign(message);
      assertThat(signature).hasSize(64).isEqualTo(pair.sign(message));
      assertThat(pair.publicKey().verify(message, signature)).isTrue();
      if (message.length > 0) {
        message[random.nextInt(message.length)] ^= 1;
        assertThat(pair.publicKey().verify(message, signature)).isFalse();
      }
    }
  }

  @Test
  void generate_withTheSameSeed_givesTheSameKey_andDifferentSeedsDiffer() {
    for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
      assertThat(TagKeyPair.generate(algorithm, ProvenanceFixtures.seededRandom(42))
              .publicKey())
          .isEqualTo(TagKeyPair.generate(algorithm, ProvenanceFixtures.seededRandom(42))
              .publicKey())
          .isNotEqualTo(TagKeyPair.generate(algorithm, ProvenanceFixtures.seededRandom(43))
              .publicKey());
    }
  }

  @Test
  void encryptedPem_roundTrips_withTheRightPassphrase() {
    assertThat(ED_ENCRYPTED)
        .startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n")
        .endsWith("-----END ENCRYPTED PRIVATE KEY-----\n");
    for (String line : ED_ENCRYPTED.split("\n")) {
      assertThat(line.length()).isLessThanOrEqualTo(64);
    }
    TagKeyPair ed = TagKeyPair.fromEncryptedPkcs8Pem(ED_ENCRYPTED, PASSPHRASE.clone());
    TagKeyPair ec = TagKeyPair.fromEncryptedPkcs8Pem(EC_ENCRYPTED, PASSPHRASE.clone());
    assertThat(ed.publicKey()).isEqualTo(ED.publicKey());
    assertThat(ec.publicKey()).isEqualTo(EC.publicKey());
    byte[] message = ascii("vase BT-0001");
    assertThat(ed.sign(message)).isEqualTo(ED.sign(message));
    assertThat(ec.sign(message)).isEqualTo(EC.sign(message));
  }

  @Test
  void fromEncryptedPkcs8Pem_whenPassphraseIsWrong_isRejectedClearly() {
    assertThatThrownBy(() ->
            TagKeyPair.fromEncryptedPkcs8Pem(ED_ENCRYPTED, "gốm bát tràng 1352".toCharArray()))
        .isInstanceOf(KeyFormatException.class)
        .hasMessage("encrypted private key could not be decrypted: wrong passphrase, or the key is"
            + " damaged");
  }

  @Test
  void fromEncryptedPkcs8Pem_whenCiphertextIsDamaged_isRejected() {
    String[] lines = EC_ENCRYPTED.split("\n");
    // The last body line holds the end of the ciphertext: change one character of it.
    int last = lines.length - 2;
    char c = lines[last].charAt(0);
    lines[last] = (c == 'A' ? 'B' : 'A') + lines[last].substring(1);
    String damaged = String.join("\n", lines) + "\n";
    assertThatThrownBy(() -> TagKeyPair.fromEncryptedPkcs8Pem(damaged, PASSPHRASE.clone()))
        .isInstanceOf(KeyFormatException.class);
  }

  @Test
  void pemWithTheWrongLabel_isRejected() {
    assertThatThrownBy(() -> TagKeyPair.fromPkcs8Pem(ED_ENCRYPTED))
        .isInstanceOf(KeyFormatException.class)
        .hasMessage("expected a PEM block 'PRIVATE KEY', found 'ENCRYPTED PRIVATE KEY'");
    assertThatThrownBy(
            () -> TagKeyPair.fromEncryptedPkcs8Pem(ED.toUnencryptedPkcs8Pem(), PASSPHRASE))
        .hasMessage("expected a PEM block 'ENCRYPTED PRIVATE KEY', found 'PRIVATE KEY'");
    assertThatThrownBy(() -> TagKeyPair.fromPkcs8Pem(ED.publicKey().toSpkiPem()))
        .hasMessage("expected a PEM block 'PRIVATE KEY', found 'PUBLIC KEY'");
  }

  @Test
  void unencryptedPem_roundTrips() {
    for (TagKeyPair pair : List.of(ED, EC)) {
      String pem = pair.toUnencryptedPkcs8Pem();
      assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n");
      TagKeyPair loaded = TagKeyPair.fromPkcs8Pem("comment before\n" + pem + "comment after");
      assertThat(loaded.publicKey()).isEqualTo(pair.publicKey());
      assertThat(loaded.toUnencryptedPkcs8Pem()).isEqualTo(pem);
    }
  }

  static Stream<Arguments> badPem() {
    String good = ED.toUnencryptedPkcs8Pem();
    String body = good.substring(good.indexOf('\n') + 1, good.indexOf("-----END"));
    return Stream.of(
        Arguments.of("", "PEM text has no -----BEGIN line"),
        Arguments.of("garbage", "PEM text has no -----BEGIN line"),
        Arguments.of("-----BEGIN PRIVATE KEY", "PEM BEGIN line is not closed by -----"),
        Arguments.of(good.substring(0, 60), "PEM block 'PRIVATE KEY' has no matching END line"),
        Arguments.of(
            "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n",
            "PEM block 'PRIVATE KEY' is empty"),
        Arguments.of(
            "-----BEGIN PRIVATE KEY-----\n" + body.replace('A', '*') + "-----END PRIVATE KEY-----",
            "PEM block 'PRIVATE KEY' is not valid base64"),
        Arguments.of(
            "-----BEGIN PRIVATE KEY-----\n" + body.substring(0, 20) + "\n-----END PRIVATE KEY-----",
            "private key is not PKCS#8 DER"),
        Arguments.of(
            "-----BEGIN PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n\n" + body
                + "-----END PRIVATE KEY-----",
            "PEM block has headers (legacy OpenSSL encryption?); only PKCS#8 is supported"),
        Arguments.of(
            ProvenanceFixtures.pem(
                "PRIVATE KEY", hex("302e020100300506032b657104220420" + "00".repeat(32))),
            "private key algorithm must be Ed25519 (1.3.101.112) or EC (1.2.840.10045.2.1), found"
                + " 1.3.101.113"),
        Arguments.of(
            ProvenanceFixtures.pem(
                "PRIVATE KEY", hex("302d020100300506032b657004210420" + "00".repeat(31))),
            "private key is not well-formed Ed25519"),
        Arguments.of("x".repeat(70_000), "PEM text must be at most 65536 characters, found 70000"));
  }

  @ParameterizedTest
  @MethodSource("badPem")
  void fromPkcs8Pem_whenMalformed_isRejected(String pem, String message) {
    assertThatThrownBy(() -> TagKeyPair.fromPkcs8Pem(pem))
        .isInstanceOf(KeyFormatException.class)
        .hasMessage(message);
  }

  @Test
  void fromPkcs8Pem_whenTheStatedPublicKeyDiffers_isRejected() throws Exception {
    // Our own P-256 encoding states the public key: swap in another key's public key.
    String mine = EC.toUnencryptedPkcs8Pem();
    byte[] der = java.util.Base64.getMimeDecoder()
        .decode(mine.replace("-----BEGIN PRIVATE KEY-----", "")
            .replace("-----END PRIVATE KEY-----", ""));
    byte[] otherPoint = java.util.Arrays.copyOfRange(
        TagKeyPair.generate(SignatureAlgorithm.ES256, ProvenanceFixtures.seededRandom(9))
            .publicKey()
            .toSpkiDer(),
        26,
        91);
    System.arraycopy(otherPoint, 0, der, der.length - 65, 65);
    assertThatThrownBy(() -> TagKeyPair.fromPkcs8Pem(ProvenanceFixtures.pem("PRIVATE KEY", der)))
        .isInstanceOf(KeyFormatException.class)
        .hasMessage("the public key in the PKCS#8 does not match its private key");
  }

  @Test
  void fromPkcs8Pem_readsVersion2WithThePublicKey_andChecksIt() throws Exception {
    byte[] seed = hex(ProvenanceFixtures.RFC8032_1_SECRET);
    org.bouncycastle.asn1.x509.AlgorithmIdentifier ed25519 =
        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
            org.bouncycastle.asn1.edec.EdECObjectIdentifiers.id_Ed25519);
    byte[] matching = new org.bouncycastle.asn1.pkcs.PrivateKeyInfo(
            ed25519,
            new org.bouncycastle.asn1.DEROctetString(seed),
            null,
            hex(ProvenanceFixtures.RFC8032_1_PUBLIC))
        .getEncoded("DER");
    assertThat(TagKeyPair.fromPkcs8Pem(ProvenanceFixtures.pem("PRIVATE KEY", matching))
            .publicKey())
        .isEqualTo(TagPublicKey.fromSpkiDer(
            ProvenanceFixtures.ed25519Spki(ProvenanceFixtures.RFC8032_1_PUBLIC)));
    byte[] other = new org.bouncycastle.asn1.pkcs.PrivateKeyInfo(
            ed25519,
            new org.bouncycastle.asn1.DEROctetString(seed),
            null,
            ED.publicKey().toSpkiDer())
        .getEncoded("DER");
    assertThatThrownBy(() -> TagKeyPair.fromPkcs8Pem(ProvenanceFixtures.pem("PRIVATE KEY", other)))
        .isInstanceOf(KeyFormatException.class)
        .hasMessage("the public key in the PKCS#8 does not match its private key");
  }

  @Test
  void fuzzedPem_onlyEverFailsWithKeyFormatException() {
    Random random = new Random(0xBEEF);
    List<String> samples =
        new ArrayList<>(List.of(ED.toUnencryptedPkcs8Pem(), EC.toUnencryptedPkcs8Pem()));
    int rejected = 0;
    for (int i = 0; i < 3000; i++) {
      char[] pem = samples.get(i % 2).toCharArray();
      for (int e = 1 + random.nextInt(3); e > 0; e--) {
        int at = 28 + random.nextInt(pem.length - 56);
        pem[at] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            .charAt(random.nextInt(64));
      }
      try {
        TagKeyPair.fromPkcs8Pem(new String(pem));
      } catch (KeyFormatException expected) {
        rejected++;
      }
    }
    assertThat(rejected).isPositive();
  }

  @Test
  void passphrase_mustNotBeEmpty() {
    assertThatThrownBy(() -> ED.toEncryptedPkcs8Pem(new char[0]))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("passphrase must not be null or empty");
    assertThatThrownBy(() -> TagKeyPair.fromEncryptedPkcs8Pem(ED_ENCRYPTED, null))
        .hasMessage("passphrase must not be null or empty");
  }

  static Stream<Arguments> loadingFailures() {
    return Stream.of(SignatureAlgorithm.values())
        .flatMap(algorithm -> Stream.of(1L, 2L, 3L).map(seed -> Arguments.of(algorithm, seed)));
  }

  /** Whatever goes wrong while loading a key, no message or cause shows the passphrase or key. */
  @ParameterizedTest
  @MethodSource("loadingFailures")
  void loading_whateverFails_neverShowsThePassphraseOrTheKey(
      SignatureAlgorithm algorithm, long seed) {
    TagKeyPair key = algorithm == SignatureAlgorithm.ED25519 ? ED : EC;
    String clear = key.toUnencryptedPkcs8Pem();
    byte[] pkcs8 = Pem.decode(clear, Pem.PRIVATE_KEY);
    // Few PBKDF2 rounds, so that hundreds of damaged files cost little to try.
    String encrypted = Pem.encode(
        Pem.ENCRYPTED_PRIVATE_KEY,
        Pkcs8.encrypt(pkcs8, PASSPHRASE, ProvenanceFixtures.seededRandom(seed), 1000));
    List<String> secrets = new ArrayList<>();
    secrets.add(new String(PASSPHRASE));
    String body = clear.lines().filter(l -> !l.startsWith("-----")).reduce("", String::concat);
    String hex = ProvenanceFixtures.hex(pkcs8);
    for (int i = 0; i + 16 <= body.length(); i++) {
      secrets.add(body.substring(i, i + 16));
    }
    for (int i = 0; i + 16 <= hex.length(); i++) {
      secrets.add(hex.substring(i, i + 16));
      secrets.add(hex.substring(i, i + 16).toUpperCase(java.util.Locale.ROOT));
    }
    Random random = new Random(seed);
    int failures = 0;
    for (int i = 0; i < 150; i++) {
      char[] passphrase =
          random.nextInt(3) == 0 ? "sai mật khẩu".toCharArray() : PASSPHRASE.clone();
      String damagedEncrypted = damage(encrypted, random);
      String damagedClear = damage(clear, random);
      List<Runnable> attempts = List.of(
          () -> TagKeyPair.fromEncryptedPkcs8Pem(damagedEncrypted, passphrase),
          () -> TagKeyPair.fromPkcs8Pem(damagedClear),
          () -> TagKeyPair.fromEncryptedPkcs8Pem(clear, passphrase),
          () -> TagKeyPair.fromPkcs8Pem(encrypted));
      for (Runnable attempt : attempts) {
        try {
          attempt.run();
        } catch (RuntimeException e) {
          failures++;
          for (Throwable t = e; t != null; t = t.getCause()) {
            String shown = t.toString();
            assertThat(secrets).noneMatch(shown::contains);
          }
        }
      }
    }
    assertThat(failures).isGreaterThan(300);
  }

  /** Changes, removes or adds a character, or cuts the text short. */
  private static String damage(String pem, Random random) {
    StringBuilder out = new StringBuilder(pem);
    int at = random.nextInt(pem.length());
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-\n ";
    switch (random.nextInt(4)) {
      case 0 -> out.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
      case 1 -> out.deleteCharAt(at);
      case 2 -> out.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
      default -> out.setLength(at);
    }
    return out.toString();
  }

  @Test
  void toString_showsNoPrivateKey() {
    String pem = ED.toUnencryptedPkcs8Pem();
    String seedBase64 = pem.split("\n")[1].substring(24, 40);
    assertThat(ED.toString())
        .isEqualTo("TagKeyPair[ED25519, kid=" + ED.keyId().toHex() + ", private key hidden]")
        .doesNotContain(seedBase64);
  }

  @Test
  void sign_fromManyThreadsAtOnce_givesTheSameSignatures() throws Exception {
    int threads = 8;
    int perThread = 100;
    byte[][] messages = new byte[perThread][];
    byte[][] expectedEd = new byte[perThread][];
    byte[][] expectedEc = new byte[perThread][];
    Random random = new Random(5);
    for (int i = 0; i < perThread; i++) {
      messages[i] = new byte[1 + random.nextInt(100)];
      random.nextBytes(messages[i]);
      expectedEd[i] = ED.sign(messages[i]);
      expectedEc[i] = EC.sign(messages[i]);
    }
    List<Integer> matches = ProvenanceFixtures.onThreadsAtOnce(threads, thread -> {
      int count = 0;
      for (int i = 0; i < perThread; i++) {
        byte[] ed = ED.sign(messages[i]);
        byte[] ec = EC.sign(messages[i]);
        if (Arrays.equals(ed, expectedEd[i])
            && Arrays.equals(ec, expectedEc[i])
            && ED.publicKey().verify(messages[i], ed)
            && EC.publicKey().verify(messages[i], ec)) {
          count++;
        }
      }
      return count;
    });
    assertThat(matches).hasSize(threads).containsOnly(perThread);
  }
}
