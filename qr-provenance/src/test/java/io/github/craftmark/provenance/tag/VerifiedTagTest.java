package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import org.junit.jupiter.api.Test;

class VerifiedTagTest {

  @Test
  void holdsTheClaimsMemberBrandAndAuthority() {
    IssuedTag issued = ProvenanceFixtures.minhLongVase();
    VerifiedTag tag = ProvenanceFixtures.verifier(ProvenanceFixtures.store())
        .verify(issued.text())
        .verifiedTag()
        .orElseThrow();
    assertThat(tag.text()).isEqualTo(issued.text());
    assertThat(tag.claims()).isEqualTo(issued.claims());
    assertThat(tag.member()).isEqualTo(ProvenanceFixtures.MINH_LONG);
    assertThat(tag.brand().name()).isEqualTo("Gốm sứ Bát Tràng");
    assertThat(tag.authority().id()).isEqualTo("battrang-association");
    assertThat(tag.authority().verifyPrefixes()).containsExactly("HTTPS://BATTRANG.VN/T/");
    assertThat(tag.isPrefixOfAuthority()).isTrue();
    assertThat(tag.keyId()).isEqualTo(issued.keyId());
    assertThat(tag.algorithm()).isEqualTo(issued.algorithm());
  }
}
