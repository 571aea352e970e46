package io.github.craftmark.provenance.internal.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.id.Sku;
import io.github.craftmark.provenance.internal.cbor.CborLimits;
import io.github.craftmark.provenance.internal.cose.CoseSign1;
import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.tag.TagClaims;
import io.github.craftmark.provenance.tag.TagPrefix;
import io.github.craftmark.provenance.tag.TagSerial;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagTextTest {
  private static final TagPrefix PREFIX = TagPrefix.of("HTTPS://BATTRANG.VN/T/");
  private static final KeyId KID = KeyId.parseHex("0102030405060708");
  private static final byte[] SIGNATURE = new byte[64];
  private static final TagClaims CLAIMS = TagClaims.builder()
      .serial(TagSerial.of(new byte[10]))
      .sku(Sku.of("BT-VASE-0042"))
      .batch("240")
      .dateMade(LocalDate.of(2025, 7, 1))
      .brandCode(7)
      .build();

  @Test
  void limits_boundTheText() {
    assertThat(TagText.MAX_TEXT_LENGTH).isEqualTo(64 + 1 + 964);
    assertThat(TagText.HEADER_BYTES).isEqualTo(72);
  }

  @Test
  void cborLimits_areWhatTheMostCompactBytesCanHold() {
    assertThat(ClaimsCodec.MAX_PAYLOAD_BYTES).isEqualTo(TagText.MAX_COMPACT_BYTES - 72 + 3);
    byte[] largest = CoseSign1.encode(
        CoseSign1.protectedHeader(SignatureAlgorithm.ES256, KID),
        new byte[ClaimsCodec.MAX_PAYLOAD_BYTES],
        SIGNATURE);
    assertThat(CborLimits.TAG.maxInputBytes()).isEqualTo(largest.length).isEqualTo(416);
    assertThat(CborLimits.TAG.maxStringBytes()).isEqualTo(ClaimsCodec.MAX_PAYLOAD_BYTES);
    assertThat(ClaimsCodec.LIMITS.maxInputBytes()).isEqualTo(ClaimsCodec.MAX_PAYLOAD_BYTES);
    assertThatThrownBy(() -> TagText.fromCoseSign1(
            CoseSign1.encode(
                CoseSign1.protectedHeader(SignatureAlgorithm.ES256, KID),
                new byte[ClaimsCodec.MAX_PAYLOAD_BYTES + 1],
                SIGNATURE),
            PREFIX))
        .isInstanceOf(TagDecodingException.class)
        .hasMessage("COSE_Sign1: input must be at most 416 bytes, found 417 at offset 0");
  }

  @Test
  void read_withAcceptedPrefixes_refusesOthersBeforeTheDigits() {
    String text =
        TagText.write(PREFIX, SignatureAlgorithm.ED25519, compact(ClaimsCodec.encode(CLAIMS)));
    assertThat(TagText.read(text, Set.of(PREFIX)).claims()).isEqualTo(CLAIMS);
    String other = "HTTPS://VANPHUC.VN/T/9";
    assertThatThrownBy(() -> TagText.read(other, Set.of(PREFIX)))
        .isInstanceOf(TagDecodingException.class)
        .hasMessage("prefix HTTPS://VANPHUC.VN/T/ is not one this reader accepts");
    TagDecodingException e = (TagDecodingException)
        org.assertj.core.api.Assertions.catchThrowable(() -> TagText.read(other));
    assertThat(e.unsupportedVersion()).isTrue();
  }

  private static byte[] compact(byte[] payload) {
    return TagText.compact(KID, SIGNATURE, payload);
  }

  @Test
  void read_ofPrefixesInTurn_readsEachAsIfItWereTheFirst() {
    String digits = TagText.write(
            PREFIX, SignatureAlgorithm.ED25519, compact(ClaimsCodec.encode(CLAIMS)))
        .substring(PREFIX.length());
    String[] prefixes = {
      "HTTPS://BATTRANG.VN/T/",
      "https://battrang.vn/t/",
      "HTTPS://BATTRANG.VN/T/",
      "HTTPS://VANPHUC.VN/T/",
      "HTTPS://BATTRANG.VN/\u0131/", // dotless i: String.toUpperCase would make it an I
      "HTTPS://BATTRANG.VN/T/",
      "HTTPS://BATTRANG.VN/TT/",
      "HTTPS://BATTRANG.VN/T/",
    };
    String[] expected = {
      "HTTPS://BATTRANG.VN/T/",
      "HTTPS://BATTRANG.VN/T/",
      "HTTPS://BATTRANG.VN/T/",
      "HTTPS://VANPHUC.VN/T/",
      "prefix must have path segments of A-Z, 0-9, - and . (not . or ..)",
      "HTTPS://BATTRANG.VN/T/",
      "HTTPS://BATTRANG.VN/TT/",
      "HTTPS://BATTRANG.VN/T/",
    };
    for (int i = 0; i < prefixes.length; i++) {
      String text = prefixes[i] + digits;
      String outcome;
      try {
        outcome = TagText.read(text).prefix().value();
      } catch (TagDecodingException e) {
        outcome = e.getMessage();
      }
      assertThat(outcome).as(prefixes[i]).isEqualTo(expected[i]);
    }
  }

  @Test
  void fromCoseSign1_readsBackTheFullMessage() {
    byte[] payload = ClaimsCodec.encode(CLAIMS);
    byte[] cose = CoseSign1.encode(
        CoseSign1.protectedHeader(SignatureAlgorithm.ES256, KID), payload, SIGNATURE);
    TagText.Parts parts = TagText.fromCoseSign1(cose, PREFIX);
    assertThat(parts.algorithm()).isEqualTo(SignatureAlgorithm.ES256);
    assertThat(parts.keyId()).isEqualTo(KID);
    assertThat(parts.claims()).isEqualTo(CLAIMS);
    assertThat(parts.coseSign1()).isEqualTo(cose);
    assertThat(parts.compact()).isEqualTo(compact(payload));
    String text = TagText.write(PREFIX, parts.algorithm(), parts.compact());
    assertThat(TagText.read(text).coseSign1()).isEqualTo(cose);
  }

  @Test
  void fromCoseSign1_whenAnEs256SignatureHasAHighS_refusesIt() {
    byte[] payload = ClaimsCodec.encode(CLAIMS);
    byte[] high = new byte[64];
    high[0] = 1;
    high[32] = (byte) 0x80; // s = 0x80 00…: above n/2
    byte[] cose =
        CoseSign1.encode(CoseSign1.protectedHeader(SignatureAlgorithm.ES256, KID), payload, high);
    assertThatThrownBy(() -> TagText.fromCoseSign1(cose, PREFIX))
        .isInstanceOf(TagDecodingException.class)
        .hasMessage("COSE_Sign1: expected an ES256 signature with a low s (s ≤ n/2), found its twin"
            + " with a high s");
    byte[] ed25519 =
        CoseSign1.encode(CoseSign1.protectedHeader(SignatureAlgorithm.ED25519, KID), payload, high);
    assertThat(TagText.fromCoseSign1(ed25519, PREFIX).signature()).isEqualTo(high);
  }

  @Test
  void fromCoseSign1_refusesWhatATagNeverIs() {
    byte[] payload = ClaimsCodec.encode(CLAIMS);
    byte[] header = CoseSign1.protectedHeader(SignatureAlgorithm.ED25519, KID);
    assertThatThrownBy(
            () -> TagText.fromCoseSign1(CoseSign1.encodeTagged(header, payload, SIGNATURE), PREFIX))
        .hasMessage("COSE_Sign1: a tag's message is untagged");
    assertThatThrownBy(
            () -> TagText.fromCoseSign1(CoseSign1.encode(header, payload, new byte[70]), PREFIX))
        .hasMessage("COSE_Sign1: the signature must be 64 bytes, found 70");
    byte[] withUnprotected = CoseSign1.encode(header, payload, SIGNATURE);
    // Replace the empty unprotected map (A0 after the 14-byte protected bstr) by {1: 1}.
    byte[] changed = new byte[withUnprotected.length + 2];
    System.arraycopy(withUnprotected, 0, changed, 0, 15);
    changed[15] = (byte) 0xA1;
    changed[16] = 0x01;
    changed[17] = 0x01;
    System.arraycopy(withUnprotected, 16, changed, 18, withUnprotected.length - 16);
    assertThatThrownBy(() -> TagText.fromCoseSign1(changed, PREFIX))
        .hasMessage("COSE_Sign1: the unprotected header must be empty");
    byte[] badClaims = payload.clone();
    badClaims[2] = 0x02; // format version 2
    assertThatThrownBy(
            () -> TagText.fromCoseSign1(CoseSign1.encode(header, badClaims, SIGNATURE), PREFIX))
        .hasMessage("claims: format version must be 1");
    assertThatThrownBy(() -> TagText.fromCoseSign1(new byte[] {(byte) 0x80}, PREFIX))
        .hasMessageStartingWith("COSE_Sign1: ");
  }
}
