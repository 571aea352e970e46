package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.provenance.internal.cbor.CborLimits;
import io.github.craftmark.provenance.internal.key.P256;
import io.github.craftmark.provenance.internal.tag.ClaimsCodec;
import io.github.craftmark.provenance.internal.tag.DecimalDigits;
import io.github.craftmark.provenance.internal.tag.TagText;
import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TagParserTest {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  private static final KeyId KID = KeyId.parseHex("0102030405060708");
  private static final byte[] SIGNATURE = new byte[64];

  static {
    for (int i = 0; i < 64; i++) {
      SIGNATURE[i] = (byte) (0x40 + i); // s = 0x6061…: a low s, as ES256 tags must have
    }
  }

  /** A well-formed text with a made-up signature: parsing does not check it. */
  static String text(TagClaims claims, SignatureAlgorithm algorithm) {
    byte[] compact = TagText.compact(KID, SIGNATURE, ClaimsCodec.encode(claims));
    return TagText.write(ProvenanceFixtures.PREFIX, algorithm, compact);
  }

  @Test
  void parseWithoutVerifying_readsEveryPart() {
    String text = text(ProvenanceFixtures.vase(), SignatureAlgorithm.ED25519);
    assertThat(text).startsWith("HTTPS://BATTRANG.VN/T/1").hasSize(22 + 1 + 249);

    UnverifiedTag tag = TagParser.parseWithoutVerifying(text);
    assertThat(tag.text()).isEqualTo(text);
    assertThat(tag.claims()).isEqualTo(ProvenanceFixtures.vase());
    assertThat(tag.prefix()).isEqualTo(ProvenanceFixtures.PREFIX);
    assertThat(tag.algorithm()).isEqualTo(SignatureAlgorithm.ED25519);
    assertThat(tag.keyId()).isEqualTo(KID);
    assertThat(tag.signature()).isEqualTo(SIGNATURE);
    assertThat(tag.claimsCbor()).isEqualTo(ClaimsCodec.encode(ProvenanceFixtures.vase()));
    assertThat(tag.compactBytes()).hasSize(103);
    assertThat(DecimalDigits.encode(tag.compactBytes())).isEqualTo(text.substring(23));
    assertThat(tag.toString())
        .isEqualTo(
            "UnverifiedTag[keyId=0102030405060708, algorithm=ED25519, serial=4Z8DK2X0V6QGX6SB]");
  }

  @Test
  void coseSign1AndSigStructure_areTheDocumentedBytes() {
    UnverifiedTag tag =
        TagParser.parseWithoutVerifying(text(ProvenanceFixtures.vase(), SignatureAlgorithm.ES256));
    String payload = HEX.formatHex(tag.claimsCbor());
    String protectedHeader = "A20126044801020304050607 08".replace(" ", "");
    assertThat(HEX.formatHex(tag.sigStructure()))
        .isEqualTo("846A5369676E617475726531" + "4D" + protectedHeader + "40" + "5822" + payload);
    assertThat(HEX.formatHex(tag.coseSign1()))
        .isEqualTo("84" + "4D" + protectedHeader + "A0" + "5822" + payload + "5840"
            + HEX.formatHex(SIGNATURE));
  }

  @Test
  void parseWithoutVerifying_whenAnEs256SignatureHasAHighS_isMalformed() {
    byte[] compact =
        TagText.compact(KID, P256.twin(SIGNATURE), ClaimsCodec.encode(ProvenanceFixtures.vase()));
    String text = TagText.write(ProvenanceFixtures.PREFIX, SignatureAlgorithm.ES256, compact);
    assertThatThrownBy(() -> TagParser.parseWithoutVerifying(text))
        .isInstanceOfSatisfying(TagFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(RejectionReason.MALFORMED);
          assertThat(e.errorIndex()).isEqualTo(23);
        })
        .hasMessageStartingWith("expected an ES256 signature with a low s (s ≤ n/2), found its"
            + " twin with a high s at index 23 in \"HTTPS://BATTRANG.VN/T/2");
    String ed25519 = TagText.write(ProvenanceFixtures.PREFIX, SignatureAlgorithm.ED25519, compact);
    assertThat(TagParser.parseWithoutVerifying(ed25519).signature())
        .isEqualTo(P256.twin(SIGNATURE));
  }

  @Test
  void parseWithoutVerifying_acceptsThePrefixInAnyCase() {
    String text = text(ProvenanceFixtures.vase(), SignatureAlgorithm.ED25519);
    UnverifiedTag tag =
        TagParser.parseWithoutVerifying("https://battrang.vn/t/" + text.substring(22));
    assertThat(tag.prefix()).isEqualTo(ProvenanceFixtures.PREFIX);
    assertThat(tag.claims()).isEqualTo(ProvenanceFixtures.vase());
  }

  @Test
  void parseWithoutVerifying_whenProfileDigitUnknown_saysUnsupportedVersion() {
    String text = text(ProvenanceFixtures.vase(), SignatureAlgorithm.ED25519);
    for (char digit : "03456789".toCharArray()) {
      String other = text.substring(0, 22) + digit + text.substring(23);
      assertThatThrownBy(() -> TagParser.parseWithoutVerifying(other))
          .isInstanceOf(TagFormatException.class)
          .hasMessageStartingWith(
              "profile digit " + digit + " is not a format this reader knows (1, 2) at index 22")
          .extracting(e -> ((TagFormatException) e).reason())
          .isEqualTo(RejectionReason.UNSUPPORTED_VERSION);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "HTTP://BATTRANG.VN/T/1|expected the text to start with HTTPS://|0",
        "HTTPS://BATTRANG.VN/1|prefix must have a path of at least one segment after the host|0",
        "HTTPS://BATTRANG.VN/T/|expected a profile digit after the prefix|22",
        "HTTPS://BATTRANG.VN/T/X123|expected a profile digit after the prefix, found 'X'|22",
        "HTTPS://BATTRANG.VN/T/1123|expected the digits of 73..400 bytes, found 3 digits|23",
        "HTTPS://BAT TRANG.VN/T/1|prefix must have a host of A-Z, 0-9 and - labels separated by dots|0",
        "HTTPS://BATTRANG.VN/ı/1|prefix must have path segments of A-Z, 0-9, - and . (not . or ..)|0",
      })
  void parseWithoutVerifying_whenMalformed_namesTheProblemAndIndex(
      String text, String message, int index) {
    assertThatThrownBy(() -> TagParser.parseWithoutVerifying(text))
        .isInstanceOf(TagFormatException.class)
        .hasMessage(message + " at index " + index + " in \"" + text + "\"")
        .satisfies(e -> {
          TagFormatException t = (TagFormatException) e;
          assertThat(t.reason()).isEqualTo(RejectionReason.MALFORMED);
          assertThat(t.errorIndex()).isEqualTo(index);
          assertThat(t.parsedText()).isEqualTo(text);
        });
  }

  @Test
  void parseWithoutVerifying_whenDigitsAreWrong_isMalformed() {
    String text = text(ProvenanceFixtures.vase(), SignatureAlgorithm.ED25519);
    assertThatThrownBy(() -> TagParser.parseWithoutVerifying(text + "0"))
        .hasMessageStartingWith(
            "expected the digits of 73..400 bytes, found 250 digits at index 23");
    assertThatThrownBy(() ->
            TagParser.parseWithoutVerifying(text.substring(0, 100) + "A" + text.substring(101)))
        .hasMessageStartingWith("expected a decimal digit, found 'A' at index 100");
    String tooLarge = text.substring(0, 23) + "9".repeat(249);
    assertThatThrownBy(() -> TagParser.parseWithoutVerifying(tooLarge))
        .hasMessageStartingWith("expected a number below 2^824, found a larger one at index 23");
  }

  @Test
  void parseWithoutVerifying_whenClaimsAreWrong_namesTheByte() {
    // Brand code 7 written as 0x1807: not the shortest form.
    byte[] payload = ClaimsCodec.encode(ProvenanceFixtures.vase());
    byte[] bad = java.util.Arrays.copyOf(payload, payload.length + 1);
    bad[bad.length - 2] = 0x18;
    bad[bad.length - 1] = 0x07;
    String text = TagText.write(
        ProvenanceFixtures.PREFIX,
        SignatureAlgorithm.ED25519,
        TagText.compact(KID, SIGNATURE, bad));
    assertThatThrownBy(() -> TagParser.parseWithoutVerifying(text))
        .hasMessageStartingWith(
            "claims: value 7 is not in its shortest form (byte 33 of the claims CBOR) at index 23");
  }

  @Test
  void parseWithoutVerifying_ofTheLargestTag_readsItBack() {
    TagClaims largest = TagClaims.builder()
        .serial(TagSerial.of(new byte[16]))
        .sku(io.github.craftmark.core.id.Sku.of("a".repeat(64)))
        .batch("B".repeat(20))
        .dateMade(TagClaims.MAX_DATE_MADE)
        .brandCode(TagClaims.MAX_BRAND_CODE)
        .ocopStars(io.github.craftmark.core.ocop.StarRating.FIVE)
        .ocopCertificate("\uD835\uDD38".repeat(32)) // 32 code points of 4 UTF-8 bytes
        .claimCommitment(ClaimCommitment.of(new byte[16]))
        .category(io.github.craftmark.core.product.CraftCategory.of("a".repeat(48), "A", "A"))
        .build();
    byte[] compact = TagText.compact(KID, SIGNATURE, ClaimsCodec.encode(largest));
    assertThat(compact).hasSize(391);
    TagPrefix longest = TagPrefix.of("HTTPS://" + "A".repeat(53) + "/T/");
    assertThat(longest.length()).isEqualTo(TagPrefix.MAX_LENGTH);
    String text = TagText.write(longest, SignatureAlgorithm.ED25519, compact);
    assertThat(text.length()).isLessThanOrEqualTo(TagText.MAX_TEXT_LENGTH);
    assertThat(TagParser.parseWithoutVerifying(text).claims()).isEqualTo(largest);
    byte[] cose = TagParser.parseWithoutVerifying(text).coseSign1();
    assertThat(cose.length).isLessThanOrEqualTo(CborLimits.TAG.maxInputBytes());
    assertThat(TagText.fromCoseSign1(cose, longest).claims()).isEqualTo(largest);
  }

  @Test
  void parseWithoutVerifying_whenNullOrTooLong_isMalformed() {
    assertThatThrownBy(() -> TagParser.parseWithoutVerifying(null))
        .hasMessage("expected the text of a tag, found null at index 0 in null");
    String longText = "HTTPS://BATTRANG.VN/T/1" + "0".repeat(1007);
    assertThat(longText).hasSize(1030);
    assertThatThrownBy(() -> TagParser.parseWithoutVerifying(longText))
        .hasMessageStartingWith(
            "expected at most 1029 characters, found 1030 at index 0 in \"HTTPS")
        .hasMessageEndingWith("000…\"");
  }

  @Test
  void message_escapesControlCharacters() {
    assertThatThrownBy(() -> TagParser.parseWithoutVerifying("HTTPS://A/\n/1"))
        .hasMessage(
            "prefix must have path segments of A-Z, 0-9, - and . (not . or ..) at index 0 in"
                + " \"HTTPS://A/\\u000a/1\"");
  }

  static Stream<String> hostileTexts() {
    Random random = new Random(4242);
    String genuine = text(ProvenanceFixtures.everyClaim(), SignatureAlgorithm.ED25519);
    String alphabet = "0123456789/:HTPSABZhtps .-ıĐ\n\u0000";
    return IntStream.range(0, 2000).mapToObj(i -> {
      StringBuilder sb = new StringBuilder(genuine);
      switch (i % 4) {
        case 0 ->
          sb.setCharAt(23 + random.nextInt(sb.length() - 23), (char) ('0' + random.nextInt(10)));
        case 1 ->
          sb.setCharAt(
              random.nextInt(sb.length()), alphabet.charAt(random.nextInt(alphabet.length())));
        case 2 -> sb.setLength(random.nextInt(sb.length()));
        default -> {
          sb.setLength(0);
          for (int k = random.nextInt(1100); k > 0; k--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
        }
      }
      return sb.toString();
    });
  }

  @ParameterizedTest
  @MethodSource("hostileTexts")
  void parseWithoutVerifying_ofHostileText_throwsOnlyTagFormatException(String text) {
    UnverifiedTag tag;
    try {
      tag = TagParser.parseWithoutVerifying(text);
    } catch (TagFormatException e) {
      assertThat(e.errorIndex()).isBetween(0, text.length());
      return;
    }
    // Whatever parses is canonical: writing it again gives the text (prefix in upper case).
    assertThat(TagText.write(tag.prefix(), tag.algorithm(), tag.compactBytes()))
        .isEqualTo(PrefixCase.upper(text));
  }

  private static final class PrefixCase {
    static String upper(String text) {
      int slash = text.lastIndexOf('/') + 1;
      return text.substring(0, slash).toUpperCase(java.util.Locale.ROOT) + text.substring(slash);
    }
  }
}
