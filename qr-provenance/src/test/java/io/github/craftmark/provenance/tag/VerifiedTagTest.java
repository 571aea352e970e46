package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerifiedTagTest {

  @Test
  void holdsTheClaimsMemberBrandAndAuthority() {
    IssuedTag issued = VerifierFixture.minhLongVase();
    VerifiedTag tag = VerifierFixture.verifier(VerifierFixture.store())
        .verify(issued.text())
        .verifiedTag()
        .orElseThrow();
    assertThat(tag.text()).isEqualTo(issued.text());
    assertThat(tag.claims()).isEqualTo(issued.claims());
    assertThat(tag.member()).isEqualTo(VerifierFixture.MINH_LONG);
    assertThat(tag.brand().name()).isEqualTo("Gốm sứ Bát Tràng");
    assertThat(tag.authority().id()).isEqualTo("battrang-association");
    assertThat(tag.authority().verifyPrefixes()).containsExactly("HTTPS://BATTRANG.VN/T/");
    assertThat(tag.isPrefixOfAuthority()).isTrue();
    assertThat(tag.keyId()).isEqualTo(issued.keyId());
    assertThat(tag.algorithm()).isEqualTo(issued.algorithm());
  }
}
