package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssuedTagTest {

  @Test
  void accessors_returnCopies() {
    IssuedTag tag = TagIssuer.builder()
        .signer(TestKeys.ed25519())
        .prefix(TagSamples.PREFIX)
        .build()
        .issue(TagSamples.vase());
    byte[] signature = tag.signature();
    signature[0] ^= 1;
    tag.compactBytes()[0] ^= 1;
    tag.claimsCbor()[0] ^= 1;
    assertThat(tag.signature()).isNotEqualTo(signature);
    assertThat(TagParser.parseWithoutVerifying(tag.text()).compactBytes())
        .isEqualTo(tag.compactBytes());
    assertThat(tag.coseSign1()).startsWith(0x84, 0x4D, 0xA2, 0x01, 0x27, 0x04, 0x48);
    assertThat(TestKeys.ed25519().publicKey().verify(tag.sigStructure(), tag.signature()))
        .isTrue();
  }
}
