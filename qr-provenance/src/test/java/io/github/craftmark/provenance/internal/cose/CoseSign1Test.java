package io.github.craftmark.provenance.internal.cose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.provenance.internal.cbor.CborException;
import io.github.craftmark.provenance.internal.cbor.CborLimits;
import io.github.craftmark.provenance.internal.cbor.CborReader;
import io.github.craftmark.provenance.internal.cbor.CborWriter;
import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CoseSign1Test {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] CONTENT = "This is the content.".getBytes(StandardCharsets.US_ASCII);
  private static final KeyId KID = KeyId.parseHex("0102030405060708");

  // The COSE working group's examples (github.com/cose-wg/Examples, sign1-tests), from which the
  // RFC 8152 / RFC 9052 Appendix C.2.1 example is drawn: protected {1: -7}, unprotected
  // {4: '11'}, payload "This is the content.".
  private static final String TO_BE_SIGNED =
      "846a5369676e61747572653143a101264054546869732069732074686520636f6e74656e742e";
  private static final String TO_BE_SIGNED_WITH_AAD = "846a5369676e61747572653143a10126"
      + "4c11aa22bb33cc44dd55006699"
      + "54546869732069732074686520636f6e74656e742e";
  static final String SIGN_PASS_02_TAGGED = "d28443a10126a10442313154546869732069732074686520636f6e"
      + "74656e742e5840eae868ecc176883766c5dc5ba5b8dca25dab3c2e56a551ce5705b793914348e155388b10c4f"
      + "1b59a6733eab416870a945111a4b2fbdbef33a77234b1deff2f9b";
  static final String SIGN_PASS_03_UNTAGGED = "8443a10126a10442313154546869732069732074686520636f6e"
      + "74656e742e5840eae868ecc176883766c5dc5ba5b8dca25dab3c2e56a551ce5705b793914348e19f43d6c6ba6"
      + "54472da301b645b293c9ba939295b97c4bdb847782bff384c5794";

  private static byte[] hex(String text) {
    return HEX.parseHex(text.replace(" ", ""));
  }

  @Test
  void sigStructure_matchesTheCoseWorkingGroupExample() {
    byte[] protectedHeader = hex("a10126");
    assertThat(HEX.formatHex(CoseSign1.sigStructure(protectedHeader, new byte[0], CONTENT)))
        .isEqualTo(TO_BE_SIGNED);
    assertThat(HEX.formatHex(
            CoseSign1.sigStructure(protectedHeader, hex("11aa22bb33cc44dd55006699"), CONTENT)))
        .isEqualTo(TO_BE_SIGNED_WITH_AAD);
  }

  @Test
  void decode_readsTheTaggedExample() {
    CoseSign1 message = CoseSign1.decode(hex(SIGN_PASS_02_TAGGED), CborLimits.TAG);
    assertThat(message.tagged()).isTrue();
    assertThat(HEX.formatHex(message.protectedHeader())).isEqualTo("a10126");
    assertThat(HEX.formatHex(message.unprotectedHeader())).isEqualTo("a104423131");
    assertThat(message.hasEmptyUnprotectedHeader()).isFalse();
    assertThat(message.payload()).isEqualTo(CONTENT);
    assertThat(message.signature()).hasSize(64);
    assertThat(HEX.formatHex(message.sigStructure(hex("11aa22bb33cc44dd55006699"))))
        .isEqualTo(TO_BE_SIGNED_WITH_AAD);
  }

  @Test
  void decode_readsTheUntaggedExample() {
    CoseSign1 message = CoseSign1.decode(hex(SIGN_PASS_03_UNTAGGED), CborLimits.TAG);
    assertThat(message.tagged()).isFalse();
    assertThat(HEX.formatHex(message.sigStructure(new byte[0]))).isEqualTo(TO_BE_SIGNED);
    assertThat(HEX.formatHex(message.signature()))
        .isEqualTo(SIGN_PASS_03_UNTAGGED.substring(SIGN_PASS_03_UNTAGGED.length() - 128));
  }

  @Test
  void protectedHeader_isAlgThenKidInDeterministicEncoding() {
    assertThat(HEX.formatHex(CoseSign1.protectedHeader(SignatureAlgorithm.ED25519, KID)))
        .isEqualTo("a2012704480102030405060708");
    assertThat(HEX.formatHex(CoseSign1.protectedHeader(SignatureAlgorithm.ES256, KID)))
        .isEqualTo("a2012604480102030405060708");
    byte[] generic = new CborWriter()
        .writeMapHeader(2)
        .writeInt(1)
        .writeInt(-8)
        .writeInt(4)
        .writeBytes(KID.toBytes())
        .toByteArray();
    assertThat(CoseSign1.protectedHeader(SignatureAlgorithm.ED25519, KID)).isEqualTo(generic);
  }

  @Test
  void parseProtectedHeader_readsOurs() {
    for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
      CoseSign1.ProtectedHeader header =
          CoseSign1.parseProtectedHeader(CoseSign1.protectedHeader(algorithm, KID));
      assertThat(header.algorithm()).isEqualTo(algorithm);
      assertThat(header.keyId()).isEqualTo(KID);
      assertThat(header.encode()).isEqualTo(CoseSign1.protectedHeader(algorithm, KID));
    }
  }

  @Test
  void parseProtectedHeader_whenNotExactlyOurs_isRejected() {
    assertThatThrownBy(() -> CoseSign1.parseProtectedHeader(hex("a10126")))
        .isInstanceOf(CborException.class)
        .hasMessage(
            "protected header must have exactly the entries 1 (alg) and 4 (kid) at offset 0");
    assertThatThrownBy(
            () -> CoseSign1.parseProtectedHeader(hex("a20138220448" + "0102030405060708")))
        .hasMessage("unsupported COSE algorithm -35 at offset 2");
    assertThatThrownBy(() -> CoseSign1.parseProtectedHeader(hex("a201260447010203040506")))
        .isInstanceOf(CborException.class);
    assertThatThrownBy(() -> CoseSign1.parseProtectedHeader(hex("a201260443010203")))
        .hasMessage("kid must be 8 bytes, found 3 at offset 4");
    assertThatThrownBy(() -> CoseSign1.parseProtectedHeader(hex("a20448010203040506070801 26")))
        .hasMessage("protected header must have alg (1) as its first key at offset 1");
    assertThatThrownBy(() -> CoseSign1.parseProtectedHeader(hex("a2012603480102030405060708")))
        .hasMessage("protected header must have kid (4) as its second key at offset 3");
    assertThatThrownBy(() -> CoseSign1.parseProtectedHeader(hex("a201260448010203040506070800")))
        .hasMessage("unexpected bytes after the data item at offset 13");
  }

  @Test
  void encode_thenDecode_givesTheParts_taggedAndUntagged() {
    byte[] protectedHeader = CoseSign1.protectedHeader(SignatureAlgorithm.ED25519, KID);
    byte[] signature = new byte[64];
    new Random(9).nextBytes(signature);
    byte[] untagged = CoseSign1.encode(protectedHeader, CONTENT, signature);
    byte[] tagged = CoseSign1.encodeTagged(protectedHeader, CONTENT, signature);
    assertThat(HEX.formatHex(untagged))
        .startsWith("844d" + HEX.formatHex(protectedHeader) + "a054")
        .endsWith("5840" + HEX.formatHex(signature));
    assertThat(HEX.formatHex(tagged)).isEqualTo("d2" + HEX.formatHex(untagged));
    for (byte[] encoded : new byte[][] {untagged, tagged}) {
      CoseSign1 message = CoseSign1.decode(encoded, CborLimits.TAG);
      assertThat(message.tagged()).isEqualTo(encoded == tagged);
      assertThat(message.protectedHeader()).isEqualTo(protectedHeader);
      assertThat(message.hasEmptyUnprotectedHeader()).isTrue();
      assertThat(message.payload()).isEqualTo(CONTENT);
      assertThat(message.signature()).isEqualTo(signature);
    }
  }

  @Test
  void decode_whenNotACoseSign1_isRejected() {
    assertThatThrownBy(() -> CoseSign1.decode(hex("d1 8440a0 4040"), CborLimits.TAG))
        .isInstanceOf(CborException.class)
        .hasMessage("expected COSE_Sign1 tag 18, found tag 17 at offset 0");
    assertThatThrownBy(() -> CoseSign1.decode(hex("8340a040"), CborLimits.TAG))
        .hasMessage("COSE_Sign1 must be an array of 4 items at offset 0");
    assertThatThrownBy(() -> CoseSign1.decode(hex("a0"), CborLimits.TAG))
        .hasMessage("COSE_Sign1 must be an array of 4 items at offset 0");
    assertThatThrownBy(() -> CoseSign1.decode(hex("84 4101 a0 40 40"), CborLimits.TAG))
        .hasMessage("protected header must hold a map at offset 1");
    assertThatThrownBy(() -> CoseSign1.decode(hex("84 40 80 40 40"), CborLimits.TAG))
        .hasMessage("unprotected header must be a map at offset 2");
    assertThatThrownBy(() -> CoseSign1.decode(hex("84 40 a0 f6 40"), CborLimits.TAG))
        .hasMessage("payload must be an attached byte string at offset 3");
    assertThatThrownBy(() -> CoseSign1.decode(hex("84 40 a0 40 40 00"), CborLimits.TAG))
        .hasMessage("unexpected bytes after the data item at offset 5");
  }

  static Stream<Integer> lengths() {
    return IntStream.of(0, 1, 23, 24, 255, 256, 1000, 65535, 65536, 70000).boxed();
  }

  @ParameterizedTest
  @MethodSource("lengths")
  void sigStructure_equalsTheGenericEncoding(int length) {
    Random random = new Random(length);
    byte[] payload = new byte[length];
    random.nextBytes(payload);
    byte[] aad = new byte[length / 3];
    random.nextBytes(aad);
    byte[] protectedHeader = CoseSign1.protectedHeader(SignatureAlgorithm.ES256, KID);
    byte[] expected = new CborWriter()
        .writeArrayHeader(4)
        .writeText("Signature1")
        .writeBytes(protectedHeader)
        .writeBytes(aad)
        .writeBytes(payload)
        .toByteArray();
    assertThat(CoseSign1.sigStructure(protectedHeader, aad, payload)).isEqualTo(expected);
    byte[] framed = new byte[length + 7];
    System.arraycopy(payload, 0, framed, 3, length);
    assertThat(CoseSign1.sigStructure(protectedHeader, aad, framed, 3, length)).isEqualTo(expected);
    CborReader reader = new CborReader(expected, CborLimits.TRUST_LIST.withMaxStringBytes(1 << 20));
    reader.skip();
    reader.expectEnd();
  }

  static Stream<Long> seeds() {
    Random random = new Random(0xC05EL);
    return IntStream.range(0, 10).mapToObj(i -> random.nextLong());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void decode_ofMutatedMessages_onlyEverFailsWithCborException(long seed) {
    Random random = new Random(seed);
    byte[] valid = hex(SIGN_PASS_02_TAGGED);
    int rejected = 0;
    for (int i = 0; i < 2000; i++) {
      byte[] mutated = valid.clone();
      for (int e = 1 + random.nextInt(3); e > 0; e--) {
        mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
      }
      if (random.nextInt(4) == 0) {
        mutated = java.util.Arrays.copyOf(mutated, random.nextInt(mutated.length));
      }
      try {
        CoseSign1.decode(mutated, CborLimits.TAG);
      } catch (CborException expected) {
        rejected++;
      }
    }
    assertThat(rejected).isPositive();
  }
}
