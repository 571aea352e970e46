package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import org.junit.jupiter.api.Test;

class UnverifiedTagTest {

  @Test
  void accessors_returnCopiesOfWhatTheTextCarries() {
    IssuedTag issued = TagIssuer.builder()
        .signer(ProvenanceFixtures.ed25519Rfc8032())
        .prefix(ProvenanceFixtures.PREFIX)
        .build()
        .issue(ProvenanceFixtures.everyClaim());
    UnverifiedTag tag = TagParser.parseWithoutVerifying(issued.text());
    tag.signature()[0] ^= 1;
    tag.claimsCbor()[0] ^= 1;
    tag.compactBytes()[0] ^= 1;
    assertThat(tag.signature()).isEqualTo(issued.signature());
    assertThat(tag.claimsCbor()).isEqualTo(issued.claimsCbor());
    assertThat(tag.compactBytes()).isEqualTo(issued.compactBytes());
    assertThat(tag.coseSign1()).isEqualTo(issued.coseSign1());
    assertThat(tag.sigStructure()).isEqualTo(issued.sigStructure());
    assertThat(tag.claims()).isEqualTo(ProvenanceFixtures.everyClaim());
  }
}
