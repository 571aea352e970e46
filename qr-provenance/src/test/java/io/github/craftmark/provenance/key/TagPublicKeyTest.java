package io.github.craftmark.provenance.key;

import static io.github.craftmark.provenance.testing.ProvenanceFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TagPublicKeyTest {
  private static final TagKeyPair ED =
      TagKeyPair.generate(SignatureAlgorithm.ED25519, new SecureRandom());
  private static final TagKeyPair EC =
      TagKeyPair.generate(SignatureAlgorithm.ES256, new SecureRandom());
  private static final BigInteger N =
      new BigInteger("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", 16);

  // The COSE working group's P-256 key "11" (github.com/cose-wg/Examples) and its ECDSA signature
  // of the Sig_structure in sign1-tests/sign-pass-03.json, made by another implementation.
  private static final String COSE_KEY_11 = "{\"kty\":\"EC\",\"kid\":\"11\",\"crv\":\"P-256\","
      + "\"x\":\"usWxHK2PmfnHKwXPS54m0kTcGJ90UiglWiGahtagnv8\","
      + "\"y\":\"IBOL-C3BttVivg-lSreASjpkttcsz-1rb7btKLv8EX4\"}";
  private static final String COSE_TO_BE_SIGNED =
      "846a5369676e61747572653143a101264054546869732069732074686520636f6e74656e742e";
  private static final String COSE_SIGNATURE =
      "eae868ecc176883766c5dc5ba5b8dca25dab3c2e56a551ce5705b793914348e1"
          + "9f43d6c6ba654472da301b645b293c9ba939295b97c4bdb847782bff384c5794";

  @Test
  void fromJwk_readsTheRfc8037Example_andVerifiesItsSignature() {
    // RFC 8037 A.2 (public key) and A.4 (Ed25519 signature of a JWS signing input).
    TagPublicKey key = TagPublicKey.fromJwk(
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}");
    assertThat(key.algorithm()).isEqualTo(SignatureAlgorithm.ED25519);
    assertThat(key)
        .isEqualTo(TagPublicKey.fromSpkiDer(
            ProvenanceFixtures.ed25519Spki(ProvenanceFixtures.RFC8032_1_PUBLIC)));
    byte[] input = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc"
        .getBytes(StandardCharsets.US_ASCII);
    byte[] signature = Base64.getUrlDecoder()
        .decode(
            "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg");
    assertThat(key.verify(input, signature)).isTrue();
    input[0] ^= 1;
    assertThat(key.verify(input, signature)).isFalse();
  }

  @Test
  void verify_es256_acceptsTheCoseWorkingGroupSignature() {
    TagPublicKey key = TagPublicKey.fromJwk(COSE_KEY_11);
    assertThat(key.algorithm()).isEqualTo(SignatureAlgorithm.ES256);
    assertThat(key.verify(hex(COSE_TO_BE_SIGNED), hex(COSE_SIGNATURE))).isTrue();
    byte[] tampered = hex(COSE_TO_BE_SIGNED);
    tampered[tampered.length - 1] ^= 1;
    assertThat(key.verify(tampered, hex(COSE_SIGNATURE))).isFalse();
  }

  @Test
  void verify_es256_acceptsHighS_butNotROrSOutOfRange() {
    byte[] message = "bình gốm".getBytes(StandardCharsets.UTF_8);
    byte[] signature = EC.sign(message);
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
    TagPublicKey key = EC.publicKey();
    assertThat(key.verify(message, rs(r, s))).isTrue();
    assertThat(key.verify(message, rs(r, N.subtract(s)))).isTrue();
    assertThat(key.verify(message, rs(BigInteger.ZERO, s))).isFalse();
    assertThat(key.verify(message, rs(r, BigInteger.ZERO))).isFalse();
    assertThat(key.verify(message, rs(r.add(N), s).length == 64 ? rs(r.add(N), s) : new byte[64]))
        .isFalse();
    assertThat(key.verify(message, rs(N, s))).isFalse();
    assertThat(key.verify(
            message, rs(r, s.add(N).min(BigInteger.TWO.pow(256).subtract(BigInteger.ONE)))))
        .isFalse();
  }

  private static byte[] rs(BigInteger r, BigInteger s) {
    byte[] out = new byte[64];
    byte[] rb = r.toByteArray();
    byte[] sb = s.toByteArray();
    int rl = Math.min(rb.length, 32);
    int sl = Math.min(sb.length, 32);
    System.arraycopy(rb, rb.length - rl, out, 32 - rl, rl);
    System.arraycopy(sb, sb.length - sl, out, 64 - sl, sl);
    return out;
  }

  @Test
  void verify_neverThrows_forWrongLengthsNullsOrOffsets() {
    byte[] message = {1, 2, 3};
    for (TagKeyPair pair : new TagKeyPair[] {ED, EC}) {
      TagPublicKey key = pair.publicKey();
      byte[] signature = pair.sign(message);
      assertThat(key.verify(message, signature)).isTrue();
      assertThat(key.verify(message, Arrays.copyOf(signature, 63))).isFalse();
      assertThat(key.verify(message, Arrays.copyOf(signature, 65))).isFalse();
      assertThat(key.verify(message, new byte[0])).isFalse();
      assertThat(key.verify(message, new byte[64])).isFalse();
      byte[] ones = new byte[64];
      Arrays.fill(ones, (byte) 0xff);
      assertThat(key.verify(message, ones)).isFalse();
      assertThat(key.verify(null, signature)).isFalse();
      assertThat(key.verify(message, null)).isFalse();
      assertThat(key.verify(message, 0, 4, signature, 0)).isFalse();
      assertThat(key.verify(message, -1, 3, signature, 0)).isFalse();
      assertThat(key.verify(message, 0, 3, signature, 1)).isFalse();
      assertThat(key.verify(message, 0, 3, signature, -1)).isFalse();
    }
  }

  @Test
  void verify_overPartsOfArrays_readsOnlyThoseParts() {
    byte[] message = "Vạn Phúc silk".getBytes(StandardCharsets.UTF_8);
    for (TagKeyPair pair : new TagKeyPair[] {ED, EC}) {
      byte[] signature = pair.sign(message);
      byte[] framedMessage = new byte[message.length + 10];
      System.arraycopy(message, 0, framedMessage, 4, message.length);
      byte[] framedSignature = new byte[80];
      System.arraycopy(signature, 0, framedSignature, 8, 64);
      TagPublicKey key = pair.publicKey();
      assertThat(key.verify(framedMessage, 4, message.length, framedSignature, 8))
          .isTrue();
      assertThat(key.verify(framedMessage, 3, message.length, framedSignature, 8))
          .isFalse();
      assertThat(key.verify(framedMessage, 4, message.length, framedSignature, 7))
          .isFalse();
    }
  }

  @Test
  void verify_ed25519_rejectsANonCanonicalS() {
    byte[] message = {42};
    byte[] signature = ED.sign(message);
    // S + L, with L the group order (RFC 8032 §5.1.7 requires S < L).
    BigInteger l =
        BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));
    byte[] sLittle = Arrays.copyOfRange(signature, 32, 64);
    BigInteger sValue = new BigInteger(1, reverse(sLittle)).add(l);
    byte[] bumped = reverse(toFixed(sValue, 32));
    byte[] forged = Arrays.copyOf(signature, 64);
    System.arraycopy(bumped, 0, forged, 32, 32);
    assertThat(ED.publicKey().verify(message, signature)).isTrue();
    assertThat(ED.publicKey().verify(message, forged)).isFalse();
  }

  private static byte[] reverse(byte[] bytes) {
    byte[] out = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = bytes[bytes.length - 1 - i];
    }
    return out;
  }

  private static byte[] toFixed(BigInteger value, int length) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[length];
    int n = Math.min(raw.length, length);
    System.arraycopy(raw, raw.length - n, out, length - n, n);
    return out;
  }

  @Test
  void spkiDerAndPem_roundTrip_andTheKeyIdIsSha256OfTheDer() throws Exception {
    for (TagKeyPair pair : new TagKeyPair[] {ED, EC}) {
      TagPublicKey key = pair.publicKey();
      byte[] der = key.toSpkiDer();
      assertThat(der).hasSize(key.algorithm() == SignatureAlgorithm.ED25519 ? 44 : 91);
      assertThat(TagPublicKey.fromSpkiDer(der)).isEqualTo(key).hasSameHashCodeAs(key);
      assertThat(TagPublicKey.fromSpkiPem(key.toSpkiPem())).isEqualTo(key);
      assertThat(key.toSpkiPem())
          .startsWith("-----BEGIN PUBLIC KEY-----\n")
          .endsWith("\n-----END PUBLIC KEY-----\n");
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(der);
      assertThat(key.keyId().toBytes()).isEqualTo(Arrays.copyOf(sha, 8));
      assertThat(KeyId.fromPublicKey(key)).isEqualTo(key.keyId());
    }
    assertThat(ED.publicKey()).isNotEqualTo(EC.publicKey()).isNotEqualTo("key");
  }

  @Test
  void jwk_roundTrips_withKidAndMembersInOrder() {
    String ed = ED.publicKey().toJwk();
    assertThat(ed)
        .matches("\\{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"[A-Za-z0-9_-]{43}\","
            + "\"kid\":\"" + ED.keyId().toHex() + "\"}");
    String ec = EC.publicKey().toJwk();
    assertThat(ec)
        .matches("\\{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"[A-Za-z0-9_-]{43}\","
            + "\"y\":\"[A-Za-z0-9_-]{43}\",\"kid\":\"" + EC.keyId().toHex() + "\"}");
    assertThat(TagPublicKey.fromJwk(ed)).isEqualTo(ED.publicKey());
    assertThat(TagPublicKey.fromJwk(ec)).isEqualTo(EC.publicKey());
    assertThat(TagPublicKey.fromJwk(
            " {\"crv\":\"P-256\",\"kty\":\"EC\",\"use\":\"sig\",\"alg\":\"ES256\","
                + ec.substring(ec.indexOf("\"x\"")) + " "))
        .isEqualTo(EC.publicKey());
  }

  static Stream<Arguments> badJwk() {
    String x = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
    return Stream.of(
        Arguments.of("", "JWK must be a JSON object"),
        Arguments.of("[]", "JWK must be a JSON object"),
        Arguments.of("{", "JWK is not valid JSON (line 1)"),
        Arguments.of(
            "{\"kty\":\"OKP\",\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + x + "\"}",
            "JWK is not valid JSON (line 1)"),
        Arguments.of(
            "{\"crv\":\"Ed25519\",\"x\":\"" + x + "\"}", "JWK must have the text member 'kty'"),
        Arguments.of(
            "{\"kty\":\"RSA\",\"crv\":\"Ed25519\",\"x\":\"" + x + "\"}",
            "JWK kty must be OKP or EC"),
        Arguments.of(
            "{\"kty\":\"OKP\",\"crv\":\"X25519\",\"x\":\"" + x + "\"}",
            "JWK of kty OKP must have crv Ed25519"),
        Arguments.of(
            "{\"kty\":\"EC\",\"crv\":\"P-384\",\"x\":\"" + x + "\",\"y\":\"" + x + "\"}",
            "JWK of kty EC must have crv P-256"),
        Arguments.of(
            "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + x + "=\"}",
            "JWK member 'x' must be 32 bytes in base64url without padding"),
        Arguments.of(
            "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + x.substring(0, 42) + "p\"}",
            "JWK member 'x' must be 32 bytes in base64url without padding"),
        Arguments.of(
            "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + x.replace('_', '/') + "\"}",
            "JWK member 'x' must be 32 bytes in base64url without padding"),
        Arguments.of(
            "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + x.substring(2) + "\"}",
            "JWK member 'x' must be 32 bytes in base64url without padding"),
        Arguments.of(
            "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":5}", "JWK must have the text member 'x'"),
        Arguments.of(
            "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + x + "\",\"d\":\"secret\"}",
            "JWK has a private part 'd'; give the public key only"),
        Arguments.of(
            "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + x + "\",\"alg\":\"ES256\"}",
            "JWK alg must be EdDSA for this key"),
        Arguments.of(
            "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + x + "\",\"use\":\"enc\"}",
            "JWK use must be sig"),
        Arguments.of(
            "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + x + "\",\"y\":\"" + x + "\"}",
            "P-256 public key is not a valid curve point"),
        Arguments.of(
            "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + x + "\"}",
            "JWK must have the text member 'y'"));
  }

  @ParameterizedTest
  @MethodSource("badJwk")
  void fromJwk_whenMalformed_isRejected(String json, String message) {
    assertThatThrownBy(() -> TagPublicKey.fromJwk(json))
        .isInstanceOf(KeyFormatException.class)
        .hasMessage(message);
  }

  @Test
  void fromSpkiDer_whenNotCanonicalOrNotSupported_isRejected() {
    byte[] ec = EC.publicKey().toSpkiDer();
    assertThatThrownBy(() -> TagPublicKey.fromSpkiDer(new byte[] {0x30, 0x00}))
        .isInstanceOf(KeyFormatException.class)
        .hasMessage("public key is not SubjectPublicKeyInfo DER");
    assertThatThrownBy(() -> TagPublicKey.fromSpkiDer(Arrays.copyOf(ec, 60)))
        .hasMessage("public key is not SubjectPublicKeyInfo DER");
    // Ed448 (1.3.101.113).
    assertThatThrownBy(
            () -> TagPublicKey.fromSpkiDer(hex("302a300506032b6571032100" + "00".repeat(32))))
        .hasMessage("public key algorithm must be Ed25519 (1.3.101.112) or EC (1.2.840.10045.2.1),"
            + " found 1.3.101.113");
    // The same P-256 key as a compressed point.
    byte[] compressed = hex("3039301306072a8648ce3d020106082a8648ce3d030107032200"
        + ProvenanceFixtures.hex(new byte[] {(byte) (2 + (ec[90] & 1))})
        + ProvenanceFixtures.hex(Arrays.copyOfRange(ec, 27, 59)));
    assertThatThrownBy(() -> TagPublicKey.fromSpkiDer(compressed))
        .hasMessage("P-256 public key must be an uncompressed point (65 bytes)");
    // secp256k1 (1.3.132.0.10) instead of P-256.
    byte[] k1 = hex("3056301006072a8648ce3d020106052b8104000a034200"
        + ProvenanceFixtures.hex(Arrays.copyOfRange(ec, 26, 91)));
    assertThatThrownBy(() -> TagPublicKey.fromSpkiDer(k1))
        .hasMessage("EC public key must be on the named curve P-256 (1.2.840.10045.3.1.7)");
    byte[] offCurve = ec.clone();
    offCurve[90] ^= 1;
    assertThatThrownBy(() -> TagPublicKey.fromSpkiDer(offCurve))
        .hasMessage("P-256 public key is not a valid curve point");
    // A trailing byte after the DER.
    assertThatThrownBy(() -> TagPublicKey.fromSpkiDer(Arrays.copyOf(ec, 92)))
        .isInstanceOf(KeyFormatException.class);
    // An Ed25519 key of 31 bytes.
    assertThatThrownBy(
            () -> TagPublicKey.fromSpkiDer(hex("3029300506032b6570032000" + "11".repeat(31))))
        .hasMessage("Ed25519 public key must be 32 bytes, found 31");
    assertThatThrownBy(() -> TagPublicKey.fromSpkiDer(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("der must not be null: null");
  }

  @Test
  void fromSpkiDer_whenEd25519PointIsInvalid_isRejected() {
    // y = 2 is not the y-coordinate of any point on edwards25519.
    byte[] notOnCurve = new byte[32];
    notOnCurve[0] = 2;
    assertThatThrownBy(() -> TagPublicKey.fromSpkiDer(
            ProvenanceFixtures.ed25519Spki(ProvenanceFixtures.hex(notOnCurve))))
        .isInstanceOf(KeyFormatException.class)
        .hasMessage("Ed25519 public key is not a valid curve point");
    // The identity point (y = 1) has small order.
    byte[] identity = new byte[32];
    identity[0] = 1;
    assertThatThrownBy(() -> TagPublicKey.fromSpkiDer(
            ProvenanceFixtures.ed25519Spki(ProvenanceFixtures.hex(identity))))
        .hasMessage("Ed25519 public key is not a valid curve point");
  }

  @Test
  void fuzzedSpkiAndJwk_onlyEverFailWithKeyFormatException() {
    Random random = new Random(0x5EED);
    byte[][] samples = {ED.publicKey().toSpkiDer(), EC.publicKey().toSpkiDer()};
    String[] jwks = {ED.publicKey().toJwk(), EC.publicKey().toJwk()};
    int rejected = 0;
    for (int i = 0; i < 4000; i++) {
      byte[] der = samples[i % 2].clone();
      for (int e = 1 + random.nextInt(3); e > 0; e--) {
        der[random.nextInt(der.length)] = (byte) random.nextInt(256);
      }
      if (random.nextInt(5) == 0) {
        der = Arrays.copyOf(der, random.nextInt(der.length + 4));
      }
      try {
        TagPublicKey.fromSpkiDer(der);
      } catch (KeyFormatException expected) {
        rejected++;
      }
      char[] json = jwks[i % 2].toCharArray();
      json[random.nextInt(json.length)] = (char) (32 + random.nextInt(95));
      try {
        TagPublicKey.fromJwk(new String(json));
      } catch (KeyFormatException expected) {
        rejected++;
      }
    }
    assertThat(rejected).isPositive();
  }

  @Test
  void toString_showsAlgorithmAndKeyId() {
    assertThat(ED.publicKey())
        .hasToString("TagPublicKey[ED25519, kid=" + ED.keyId().toHex() + "]");
  }
}
