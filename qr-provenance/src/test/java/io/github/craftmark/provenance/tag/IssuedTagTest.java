package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.provenance.qr.ErrorCorrection;
import io.github.craftmark.provenance.qr.QrCode;
import io.github.craftmark.provenance.qr.QrSegment;
import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import org.junit.jupiter.api.Test;

class IssuedTagTest {

  @Test
  void accessors_returnCopies() {
    IssuedTag tag = TagIssuer.builder()
        .signer(ProvenanceFixtures.ed25519Rfc8032())
        .prefix(ProvenanceFixtures.PREFIX)
        .build()
        .issue(ProvenanceFixtures.vase());
    byte[] signature = tag.signature();
    signature[0] ^= 1;
    tag.compactBytes()[0] ^= 1;
    tag.claimsCbor()[0] ^= 1;
    assertThat(tag.signature()).isNotEqualTo(signature);
    assertThat(TagParser.parseWithoutVerifying(tag.text()).compactBytes())
        .isEqualTo(tag.compactBytes());
    assertThat(tag.coseSign1()).startsWith(0x84, 0x4D, 0xA2, 0x01, 0x27, 0x04, 0x48);
    assertThat(ProvenanceFixtures.ed25519Rfc8032()
            .publicKey()
            .verify(tag.sigStructure(), tag.signature()))
        .isTrue();
  }

  @Test
  void toQrCode_isAnAlphanumericPrefixAndANumericRest_inVersion7AtLevelM() {
    IssuedTag tag = TagIssuer.builder()
        .signer(ProvenanceFixtures.ed25519Rfc8032())
        .prefix(ProvenanceFixtures.PREFIX)
        .build()
        .issue(ProvenanceFixtures.vase());
    QrCode code = tag.toQrCode(ErrorCorrection.M);
    assertThat(code.text()).isEqualTo(tag.text());
    assertThat(code.segments())
        .containsExactly(
            QrSegment.alphanumeric("HTTPS://BATTRANG.VN/T/"),
            QrSegment.numeric(tag.text().substring(22)));
    assertThat(code.version()).isEqualTo(7);
    assertThat(code.errorCorrection()).isEqualTo(ErrorCorrection.M);
  }
}
