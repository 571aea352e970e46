package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.platform.testing.Samples;
import java.net.URI;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ProvenanceLineTest {
  @Test
  void textVi_writesEveryPartInOrder() {
    assertThat(Samples.vaseProvenance().textVi())
        .isEqualTo("Nguồn gốc: làng nghề Bát Tràng · thương hiệu Gốm Bát Tràng · OCOP 4 sao"
            + " · xác minh tại https://verify.example.vn/p/BT-BHL-25");
  }

  @Test
  void textEn_keepsVietnameseNames() {
    assertThat(Samples.vaseProvenance().textEn())
        .isEqualTo("Provenance: Bát Tràng craft village · brand Gốm Bát Tràng · OCOP 4 stars"
            + " · verify at https://verify.example.vn/p/BT-BHL-25");
  }

  @Test
  void text_withEnglish_addsTheEnglishLineBelow() {
    ProvenanceLine line = Samples.vaseProvenance();

    assertThat(line.text(false)).isEqualTo(line.textVi());
    assertThat(line.text(true)).isEqualTo(line.textVi() + "\n" + line.textEn());
  }

  @Test
  void text_writesOnlyThePartsPresent() {
    ProvenanceLine line = ProvenanceLine.builder().village("Vạn Phúc").build();
    ProvenanceLine stars = ProvenanceLine.builder().ocopStars(StarRating.FIVE).build();

    assertThat(line.textVi()).isEqualTo("Nguồn gốc: làng nghề Vạn Phúc");
    assertThat(line.textEn()).isEqualTo("Provenance: Vạn Phúc craft village");
    assertThat(stars.textVi()).isEqualTo("Nguồn gốc: OCOP 5 sao");
  }

  @Test
  void names_areStoredNfcAndStripped() {
    String decomposed = Normalizer.normalize(" Bát Tràng ", Normalizer.Form.NFD);

    ProvenanceLine line = ProvenanceLine.builder().village(decomposed).build();

    assertThat(line.villageName()).contains("Bát Tràng");
    assertThat(Normalizer.isNormalized(line.textVi(), Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void verificationUri_keepsNonAsciiPathsPercentEncoded() {
    ProvenanceLine line = ProvenanceLine.builder()
        .verificationUri(URI.create("https://verify.example.vn/làng/bát-tràng"))
        .build();

    assertThat(line.textVi())
        .isEqualTo(
            "Nguồn gốc: xác minh tại" + " https://verify.example.vn/l%C3%A0ng/b%C3%A1t-tr%C3%A0ng");
  }

  @Test
  void build_whenEmpty_fails() {
    assertThatThrownBy(() -> ProvenanceLine.builder().build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("provenance must name a village, brand, OCOP stars or verification link: \"\"");
  }

  @Test
  void build_rejectsANonHttpLink() {
    assertThatThrownBy(() -> ProvenanceLine.builder()
            .verificationUri(URI.create("javascript:alert(1)"))
            .build())
        .hasMessage("verificationUri must be an absolute https or http URI: javascript:alert(1)");
  }
}
