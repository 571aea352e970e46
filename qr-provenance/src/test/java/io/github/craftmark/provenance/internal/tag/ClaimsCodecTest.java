package io.github.craftmark.provenance.internal.tag;

import static io.github.craftmark.provenance.testing.ProvenanceFixtures.hex;
import static io.github.craftmark.provenance.testing.ProvenanceFixtures.vase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.provenance.tag.ClaimCommitment;
import io.github.craftmark.provenance.tag.TagClaims;
import io.github.craftmark.provenance.tag.TagSerial;
import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimsCodecTest {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  /** Every claim, with a commitment of zeros so that the expected bytes stay readable. */
  static TagClaims everyClaim() {
    return ProvenanceFixtures.everyClaim().toBuilder()
        .claimCommitment(ClaimCommitment.of(new byte[16]))
        .build();
  }

  @Test
  void encode_ofTheDefaultTag_givesTheDocumentedBytes() {
    byte[] payload = ClaimsCodec.encode(vase());
    assertThat(HEX.formatHex(payload))
        .isEqualTo("A6"
            + "0001"
            + "014A27D0D98BA0D9AF0E9B2B"
            + "024845EAB9D158AA009E"
            + "0518F0"
            + "06194F2E"
            + "0707");
    assertThat(payload.length - ClaimsCodec.entriesOffset()).isEqualTo(31);
    assertThat(ClaimsCodec.decode(payload)).isEqualTo(vase());
  }

  @Test
  void encode_writesEveryOptionalClaimInKeyOrder() {
    byte[] payload = ClaimsCodec.encode(everyClaim());
    assertThat(HEX.formatHex(payload))
        .isEqualTo("AA0001014A27D0D98BA0D9AF0E9B2B"
            + "041B000008203FC74AE2" // 8934602001122 as a uint
            + "05694C2D323032352D3037"
            + "06194F2E"
            + "0719012C"
            + "0804"
            + "0974"
            + HEX.formatHex("EXAMPLE 123/QĐ-UBND".getBytes(java.nio.charset.StandardCharsets.UTF_8))
            + "0A50"
            + "00".repeat(16)
            + "0B68"
            + HEX.formatHex("ceramics".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    assertThat(ClaimsCodec.decode(payload)).isEqualTo(everyClaim());
  }

  @Test
  void encode_writesSkusThatCannotBePackedAsText_andNumericBatchesAsUints() {
    TagClaims claims = vase().toBuilder()
        .sku(Sku.of("bt-vase_01"))
        .batch("9223372036854775807")
        .build();
    byte[] payload = ClaimsCodec.encode(claims);
    assertThat(HEX.formatHex(payload))
        .contains("036A62742D766173655F3031")
        .contains("051B7FFFFFFFFFFFFFFF");
    assertThat(ClaimsCodec.decode(payload)).isEqualTo(claims);
    TagClaims big = vase().toBuilder().batch("9223372036854775808").build();
    assertThat(HEX.formatHex(ClaimsCodec.encode(big))).contains("0573393232333337");
    assertThat(ClaimsCodec.decode(ClaimsCodec.encode(big))).isEqualTo(big);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // A packable SKU written as text.
        "A6000101 4A27D0D98BA0D9AF0E9B2B 036141 0518F0 06194F2E 0707|claims: a SKU of the 39 symbols must be packed (key 2)",
        // A numeric batch written as text.
        "A6000101 4A27D0D98BA0D9AF0E9B2B 024100 0563323430 06194F2E 0707|claims: a numeric batch must be a uint",
        // Batch 0 as a uint.
        "A6000101 4A27D0D98BA0D9AF0E9B2B 024100 0500 06194F2E 0707|claims: a batch of 0 must be text",
        // Version 2.
        "A6000201 4A27D0D98BA0D9AF0E9B2B 024100 0501 06194F2E 0707|claims: format version must be 1",
        // No version first.
        "A5 014A27D0D98BA0D9AF0E9B2B 024100 0501 06194F2E 0707|claims: expected key 0 (format version) first",
        // Key 12.
        "A7000101 4A27D0D98BA0D9AF0E9B2B 024100 0501 06194F2E 0707 0C00|claims: key 12 is not a format v1 claim",
        // Two product references.
        "A7000101 4A27D0D98BA0D9AF0E9B2B 024100 0400 0501 06194F2E 0707|claims: exactly one of keys 2, 3 and 4 may be present",
        // No product reference.
        "A5000101 4A27D0D98BA0D9AF0E9B2B 0501 06194F2E 0707|claims: the product (key 2, 3 or 4) is missing",
        // No serial.
        "A5000102 4100 0501 06194F2E 0707|claims: the serial (key 1) is missing",
        // No brand code.
        "A5000101 4A27D0D98BA0D9AF0E9B2B 024100 0501 06194F2E|claims: the brand code (key 7) is missing",
        // Date made before 2000.
        "A6000101 4A27D0D98BA0D9AF0E9B2B 024100 0501 06192ACC 0707|claims: date made must be 10957..84005, found 10956",
        // Brand code above 65535.
        "A6000101 4A27D0D98BA0D9AF0E9B2B 024100 0501 06194F2E 071A00010000|claims: brand code must be 0..65535, found 65536",
        // A serial of 7 bytes.
        "A6000101 4727D0D98BA0D9AF 024100 0501 06194F2E 0707|claims: serial must be 8..16 bytes: 7",
        // A GTIN with a wrong check digit.
        "A6000101 4A27D0D98BA0D9AF0E9B2B 041B000008203FC74AE1 0501 06194F2E 0707|claims: gtin check digit must be 2: \"08934602001121\"",
        // A lower-case batch.
        "A6000101 4A27D0D98BA0D9AF0E9B2B 024100 05616C 06194F2E 0707|claims: batch must be 1..20 upper-case ASCII letters, digits and '-': \"l\"",
        // An OCOP reference with a trailing space.
        "A7000101 4A27D0D98BA0D9AF0E9B2B 024100 0501 06194F2E 0707 09624120|claims: the OCOP certificate reference must be NFC, not blank, without surrounding white space",
        // Stars 6.
        "A7000101 4A27D0D98BA0D9AF0E9B2B 024100 0501 06194F2E 0707 0806|claims: OCOP stars must be 3..5, found 6",
        // A commitment of 15 bytes.
        "A7000101 4A27D0D98BA0D9AF0E9B2B 024100 0501 06194F2E 0707 0A4F000000000000000000000000000000|claims: claimCommitment must be 16 bytes: \"15 bytes\"",
        // A category that is not a slug.
        "A7000101 4A27D0D98BA0D9AF0E9B2B 024100 0501 06194F2E 0707 0B6143|claims: code must be a lower-case ASCII slug of at most 48 chars: \"C\"",
        // A packed SKU that is not a valid SKU (starts with a separator).
        "A6000101 4A27D0D98BA0D9AF0E9B2B 024124 0501 06194F2E 0707|claims: sku must not start or end with a separator: \"-\"",
        // Keys out of order.
        "A6000101 4A27D0D98BA0D9AF0E9B2B 0501 024100 06194F2E 0707|claims: map keys must be in deterministic order",
      })
  void decode_refusesEverythingButTheOneCanonicalEncoding(String hex, String message) {
    assertThatThrownBy(() -> ClaimsCodec.decode(hex(hex)))
        .isInstanceOf(TagDecodingException.class)
        .hasMessage(message);
  }

  @Test
  void decode_refusesNonCanonicalCbor() {
    // Brand code 7 written with a one-byte argument.
    assertThatThrownBy(() ->
            ClaimsCodec.decode(hex("A6000101 4A27D0D98BA0D9AF0E9B2B 024100 0501 06194F2E 071807")))
        .hasMessage("claims: value 7 is not in its shortest form")
        .extracting(e -> ((TagDecodingException) e).index())
        .isEqualTo(25);
    // Trailing bytes.
    assertThatThrownBy(() ->
            ClaimsCodec.decode(hex("A6000101 4A27D0D98BA0D9AF0E9B2B 024100 0501 06194F2E 070700")))
        .hasMessageStartingWith("claims: unexpected bytes after the data item");
  }

  static Stream<TagClaims> randomClaims() {
    Random random = new Random(2025);
    String alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-";
    return IntStream.range(0, 300).mapToObj(i -> {
      byte[] serial = new byte[8 + random.nextInt(9)];
      random.nextBytes(serial);
      TagClaims.Builder b = TagClaims.builder()
          .serial(TagSerial.of(serial))
          .dateMade(LocalDate.ofEpochDay(10_957 + random.nextInt(84_005 - 10_957 + 1)))
          .brandCode(random.nextInt(65_536));
      switch (random.nextInt(3)) {
        case 0 -> b.sku(Sku.of("BT" + random.nextInt(1_000_000_000) + "/X"));
        case 1 -> b.sku(Sku.of("bt_" + Integer.toString(random.nextInt(), 36)));
        default ->
          b.gtin(Gtin.withCheckDigit(String.format("%013d", random.nextLong(10_000_000_000_000L))));
      }
      if (random.nextBoolean()) {
        b.batch(Long.toString(1 + random.nextLong(Long.MAX_VALUE)));
      } else {
        StringBuilder batch = new StringBuilder();
        for (int k = 1 + random.nextInt(20); k > 0; k--) {
          batch.append(alnum.charAt(random.nextInt(alnum.length())));
        }
        b.batch(batch.toString());
      }
      if (random.nextBoolean()) {
        b.ocopStars(StarRating.of(3 + random.nextInt(3)));
      }
      if (random.nextBoolean()) {
        b.ocopCertificate(random.nextInt(1000) + "/QĐ-UBND");
      }
      if (random.nextBoolean()) {
        byte[] c = new byte[16];
        random.nextBytes(c);
        b.claimCommitment(ClaimCommitment.of(c));
      }
      if (random.nextBoolean()) {
        b.category(CraftCategory.of("craft-" + random.nextInt(99), "Nghề", "Craft"));
      }
      return b.build();
    });
  }

  @ParameterizedTest
  @MethodSource("randomClaims")
  void decode_readsBackWhatEncodeWrote(TagClaims claims) {
    byte[] payload = ClaimsCodec.encode(claims);
    TagClaims back = ClaimsCodec.decode(payload);
    assertThat(back).isEqualTo(claims);
    assertThat(ClaimsCodec.encode(back)).isEqualTo(payload);
    byte[] rebuilt =
        ClaimsCodec.payloadFromEntries(payload, ClaimsCodec.entriesOffset(), payload.length);
    assertThat(rebuilt).isEqualTo(payload);
  }

  static Stream<byte[]> mutatedPayloads() {
    Random random = new Random(77);
    byte[][] seeds = {ClaimsCodec.encode(vase()), ClaimsCodec.encode(everyClaim())};
    return IntStream.range(0, 3000).mapToObj(i -> {
      byte[] seed = seeds[i % 2];
      byte[] bytes;
      switch (random.nextInt(4)) {
        case 0 -> {
          bytes = seed.clone();
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        case 1 -> {
          bytes = seed.clone();
          bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        case 2 -> bytes = Arrays.copyOf(seed, random.nextInt(seed.length + 8));
        default -> {
          bytes = new byte[random.nextInt(60)];
          random.nextBytes(bytes);
        }
      }
      return bytes;
    });
  }

  @ParameterizedTest
  @MethodSource("mutatedPayloads")
  void decode_ofMutatedBytes_eitherReadsTheCanonicalEncodingOrFailsCleanly(byte[] bytes) {
    TagClaims claims;
    try {
      claims = ClaimsCodec.decode(bytes);
    } catch (TagDecodingException e) {
      assertThat(e.getMessage()).startsWith("claims: ");
      return;
    }
    // Whatever decodes is canonical: encoding it again gives exactly the bytes read.
    assertThat(ClaimsCodec.encode(claims)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @MethodSource("mutatedPayloads")
  void payloadFromEntries_ofMutatedBytes_neverFailsOtherwise(byte[] bytes) {
    try {
      byte[] payload = ClaimsCodec.payloadFromEntries(bytes, 0, bytes.length);
      assertThat(payload).hasSize(bytes.length + 3);
    } catch (TagDecodingException e) {
      assertThat(e.getMessage()).startsWith("claims: ");
    }
  }

  @Test
  void payloadFromEntries_refusesWhatCannotBeEntries() {
    assertThatThrownBy(() -> ClaimsCodec.payloadFromEntries(hex("0180"), 0, 2))
        .hasMessage("claims: every key and value must be a scalar");
    assertThatThrownBy(() -> ClaimsCodec.payloadFromEntries(hex("0119FF"), 0, 3))
        .hasMessage("claims: malformed or truncated item head");
    assertThatThrownBy(() -> ClaimsCodec.payloadFromEntries(hex("01430102"), 0, 4))
        .hasMessage("claims: a string runs past the end");
    assertThatThrownBy(() -> ClaimsCodec.payloadFromEntries(hex("010203"), 0, 3))
        .hasMessage("claims: a key without a value");
    assertThatThrownBy(() -> ClaimsCodec.payloadFromEntries(hex("00".repeat(20)), 0, 20))
        .hasMessage("claims: more than 10 pairs");
    assertThat(ClaimsCodec.payloadFromEntries(hex("FF0102"), 1, 3)).isEqualTo(hex("A2 0001 0102"));
  }
}
