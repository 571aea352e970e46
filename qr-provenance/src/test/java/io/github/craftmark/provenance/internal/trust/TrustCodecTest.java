package io.github.craftmark.provenance.internal.trust;

import static io.github.craftmark.provenance.trust.TrustFixtures.BAT_TRANG;
import static io.github.craftmark.provenance.trust.TrustFixtures.BAT_TRANG_ROOT;
import static io.github.craftmark.provenance.trust.TrustFixtures.CLOCK;
import static io.github.craftmark.provenance.trust.TrustFixtures.minhLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.provenance.internal.cbor.CborWriter;
import io.github.craftmark.provenance.trust.MemberCertificate;
import io.github.craftmark.provenance.trust.TrustList;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TrustCodecTest {
  private static final byte[] SPKI = minhLong().memberKey().toSpkiDer();

  /** Writes a member certificate payload field by field, so a test can break one rule. */
  private static CborWriter certificateHead(int keys) {
    return certificateHead(keys, 1);
  }

  private static CborWriter certificateHead(int keys, int version) {
    CborWriter out = new CborWriter();
    out.writeMapHeader(keys);
    out.writeUnsigned(0).writeUnsigned(version);
    out.writeUnsigned(1).writeText("battrang-association");
    out.writeUnsigned(2).writeText("xuong-gom-minh-long");
    out.writeUnsigned(3).writeBytes(SPKI);
    return out;
  }

  private static byte[] certificate(int[] codes, String[] categories, long from, long until) {
    return certificate(1, codes, categories, from, until);
  }

  private static byte[] certificate(
      int version, int[] codes, String[] categories, long from, long until) {
    CborWriter out = certificateHead(8, version);
    out.writeUnsigned(4).writeArrayHeader(codes.length);
    for (int code : codes) {
      out.writeUnsigned(code);
    }
    out.writeUnsigned(5).writeArrayHeader(categories.length);
    for (String category : categories) {
      out.writeText(category);
    }
    out.writeUnsigned(6).writeUnsigned(from);
    out.writeUnsigned(7).writeUnsigned(until);
    return out.toByteArray();
  }

  private static final long FROM = 20089; // 2025-01-01
  private static final long UNTIL = 21549; // 2028-12-31

  @Test
  void certificate_roundTrips() {
    MemberCertificate member = minhLong();

    assertThat(TrustCodec.decodeCertificate(TrustCodec.encodeCertificate(member)))
        .isEqualTo(member);
  }

  @Test
  void certificate_handWrittenPayloadDecodes() {
    MemberCertificate member = TrustCodec.decodeCertificate(
        certificate(new int[] {1, 2}, new String[] {"ceramics"}, FROM, UNTIL));

    assertThat(member.brandCodes()).containsExactly(1, 2);
    assertThat(member.validUntil()).hasToString("2028-12-31");
  }

  static Stream<Object[]> brokenCertificates() {
    CborWriter badKey = certificateHead(8);
    badKey.writeUnsigned(5);
    CborWriter wrongSpki = new CborWriter();
    wrongSpki
        .writeMapHeader(8)
        .writeUnsigned(0)
        .writeUnsigned(1)
        .writeUnsigned(1)
        .writeText("a")
        .writeUnsigned(2)
        .writeText("b")
        .writeUnsigned(3)
        .writeBytes(new byte[] {0x30, 0x00})
        .writeUnsigned(4)
        .writeArrayHeader(1)
        .writeUnsigned(1)
        .writeUnsigned(5)
        .writeArrayHeader(0)
        .writeUnsigned(6)
        .writeUnsigned(FROM)
        .writeUnsigned(7)
        .writeUnsigned(UNTIL);
    byte[] valid = certificate(new int[] {1}, new String[0], FROM, UNTIL);
    byte[] trailing = Arrays.copyOf(valid, valid.length + 1);
    return Stream.of(
        new Object[] {
          "version 2",
          certificate(2, new int[] {1}, new String[0], FROM, UNTIL),
          "member certificate: format version must be 1, found 2 at offset 2"
        },
        new Object[] {
          "key 5 where 4 belongs",
          badKey.toByteArray(),
          "member certificate: expected key 4, found 5 at offset 93"
        },
        new Object[] {
          "seven keys",
          certificateHead(7).toByteArray(),
          "member certificate: member certificate must be a map of 8 keys, found 7"
        },
        new Object[] {
          "brand codes descending",
          certificate(new int[] {2, 1}, new String[0], FROM, UNTIL),
          "member certificate: brand codes must be strictly ascending"
        },
        new Object[] {
          "categories descending",
          certificate(new int[] {1}, new String[] {"silk", "ceramics"}, FROM, UNTIL),
          "member certificate: categories must be strictly ascending"
        },
        new Object[] {
          "brand code repeated",
          certificate(new int[] {1, 1}, new String[0], FROM, UNTIL),
          "member certificate: brandCodes must not repeat: 1"
        },
        new Object[] {
          "date before 2000",
          certificate(new int[] {1}, new String[0], 10956, UNTIL),
          "member certificate: integer must be 10957..84005, found 10956 at offset 99"
        },
        new Object[] {
          "until before from",
          certificate(new int[] {1}, new String[0], UNTIL, FROM),
          "member certificate: validUntil must not be before validFrom 2028-12-31: 2025-01-01"
        },
        new Object[] {
          "trailing byte",
          trailing,
          "member certificate: unexpected bytes after the data item at offset " + valid.length
        },
        new Object[] {
          "no key",
          wrongSpki.toByteArray(),
          "member certificate: member key: public key is not SubjectPublicKeyInfo DER"
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenCertificates")
  void decodeCertificate_whenARuleIsBroken_fails(String name, byte[] payload, String message) {
    assertThatThrownBy(() -> TrustCodec.decodeCertificate(payload))
        .isInstanceOf(TrustFormatException.class)
        .hasMessage(message);
  }

  @Test
  void trustList_roundTrips() {
    TrustList list = BAT_TRANG
        .trustList()
        .sequence(12)
        .addMember(minhLong())
        .revokeTag(minhLong().keyId(), new byte[] {1, 2, 3, 4, 5, 6, 7, 8})
        .revokeTag(minhLong().keyId(), new byte[] {8, 7, 6, 5, 4, 3, 2, 1})
        .revokeMember(minhLong().keyId(), TrustChecksTestValues.REVOKED)
        .build(CLOCK);
    byte[] certificate = Certificates.sign(BAT_TRANG_ROOT, minhLong());

    TrustCodec.RawTrustList raw =
        TrustCodec.decodeTrustList(TrustCodec.encodeTrustList(list, List.of(certificate)));

    assertThat(raw.signedCertificates()).singleElement().isEqualTo(certificate);
    assertThat(raw.withMembers(List.of(minhLong()))).isEqualTo(list);
  }

  @Test
  void decodeTrustList_whenNameIsNotNfc_fails() {
    TrustList list = BAT_TRANG.trustList().build(CLOCK);
    byte[] payload = TrustCodec.encodeTrustList(list, List.of());
    byte[] nfc = "Hiệp hội Gốm sứ Bát Tràng".getBytes(StandardCharsets.UTF_8);
    String decomposed = Normalizer.normalize("Hiệp hội Gốm sứ Bát Tràng", Normalizer.Form.NFD);
    CborWriter name = new CborWriter().writeText(decomposed);
    byte[] replaced = replace(
        payload,
        new CborWriter().writeText("Hiệp hội Gốm sứ Bát Tràng").toByteArray(),
        name.toByteArray());

    assertThat(nfc.length).isLessThan(decomposed.getBytes(StandardCharsets.UTF_8).length);
    assertThatThrownBy(() -> TrustCodec.decodeTrustList(replaced))
        .isInstanceOf(TrustFormatException.class)
        .hasMessage("trust list: authority name must be NFC without surrounding spaces");
  }

  /** A list payload whose revoked tags announce {@code count} hashes and hold none. */
  private static byte[] announcingHashes(int count) {
    CborWriter out = new CborWriter();
    out.writeMapHeader(11).writeUnsigned(0).writeUnsigned(1).writeUnsigned(1).writeText("a");
    out.writeUnsigned(2).writeText("A").writeUnsigned(3).writeUnsigned(1);
    out.writeUnsigned(4).writeUnsigned(1740816000L).writeUnsigned(5).writeUnsigned(1741420800L);
    out.writeUnsigned(6).writeArrayHeader(1).writeText("HTTPS://A/T/");
    out.writeUnsigned(7).writeMapHeader(0).writeUnsigned(8).writeArrayHeader(0);
    out.writeUnsigned(9).writeMapHeader(0).writeUnsigned(10).writeMapHeader(1);
    out.writeBytes(new byte[8]).writeArrayHeader(count);
    return out.toByteArray();
  }

  @Test
  void decodeTrustList_whenACountClaimsMoreItemsThanAllowedOrPresent_failsBeforeAllocating() {
    assertThatThrownBy(() -> TrustCodec.decodeTrustList(announcingHashes(900_000)))
        .isInstanceOf(TrustFormatException.class)
        .hasMessageStartingWith(
            "trust list: array of 900000 items needs at least 900000 more bytes, found 0");
    assertThatThrownBy(() -> TrustCodec.decodeTrustList(announcingHashes(1_000_001)))
        .isInstanceOf(TrustFormatException.class)
        .hasMessageStartingWith("trust list: array must have at most 1000000 items, found 1000001");
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 40).mapToObj(i -> 7919L * i + 1);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void decode_ofRandomBytesAndMutations_onlyEverFailsWithTrustFormatException(long seed) {
    Random random = new Random(seed);
    byte[] list = TrustCodec.encodeTrustList(
        BAT_TRANG
            .trustList()
            .addMember(minhLong())
            .revokeTag(minhLong().keyId(), new byte[] {1})
            .build(CLOCK),
        List.of(Certificates.sign(BAT_TRANG_ROOT, minhLong())));
    byte[] certificate = TrustCodec.encodeCertificate(minhLong());
    for (int round = 0; round < 200; round++) {
      byte[] input;
      switch (random.nextInt(4)) {
        case 0 -> {
          input = new byte[random.nextInt(64)];
          random.nextBytes(input);
        }
        case 1 -> input = mutate(list, random);
        case 2 -> input = mutate(certificate, random);
        default -> input = Arrays.copyOf(list, random.nextInt(list.length));
      }
      expectOnlyFormatErrors(() -> TrustCodec.decodeTrustList(input));
      expectOnlyFormatErrors(() -> TrustCodec.decodeCertificate(input));
      expectOnlyFormatErrors(() -> SignedObjects.open(input, 4096, TrustCodec.TRUST_LIST_CONTEXT));
    }
  }

  private static void expectOnlyFormatErrors(Runnable decode) {
    try {
      decode.run();
    } catch (TrustFormatException expected) {
      // The only failure allowed.
    }
  }

  static byte[] mutate(byte[] valid, Random random) {
    byte[] copy = valid.clone();
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
    }
    return copy;
  }

  static byte[] replace(byte[] haystack, byte[] needle, byte[] replacement) {
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        byte[] out = new byte[haystack.length - needle.length + replacement.length];
        System.arraycopy(haystack, 0, out, 0, i);
        System.arraycopy(replacement, 0, out, i, replacement.length);
        System.arraycopy(
            haystack,
            i + needle.length,
            out,
            i + replacement.length,
            haystack.length - i - needle.length);
        return out;
      }
    }
    throw new AssertionError("not found");
  }

  private static final class TrustChecksTestValues {
    static final Instant REVOKED = Instant.parse("2025-02-01T00:00:00Z");
  }
}
