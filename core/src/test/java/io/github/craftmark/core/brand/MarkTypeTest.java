package io.github.craftmark.core.brand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkTypeTest {

  @Test
  void accepts_eachTypeItsOwnBasisOnly() {
    assertThat(MarkType.COLLECTIVE_MARK.acceptedBases()).containsExactly(UseBasis.MEMBERSHIP);
    assertThat(MarkType.CERTIFICATION_MARK.acceptedBases()).containsExactly(UseBasis.CERTIFICATION);
    assertThat(MarkType.GEOGRAPHICAL_INDICATION.acceptedBases())
        .containsExactly(UseBasis.GI_PERMIT);
    assertThat(MarkType.TRADEMARK.acceptedBases()).containsExactly(UseBasis.LICENCE);
    assertThat(MarkType.COLLECTIVE_MARK.accepts(UseBasis.LICENCE)).isFalse();
    assertThat(MarkType.TRADEMARK.accepts(UseBasis.LICENCE)).isTrue();
  }

  @Test
  void ownerMayUse_trademarkAndCollectiveMarkOnly() {
    assertThat(MarkType.TRADEMARK.ownerMayUse()).isTrue();
    assertThat(MarkType.COLLECTIVE_MARK.ownerMayUse()).isTrue();
    assertThat(MarkType.CERTIFICATION_MARK.ownerMayUse()).isFalse();
    assertThat(MarkType.GEOGRAPHICAL_INDICATION.ownerMayUse()).isFalse();
  }

  @Test
  void names_areVietnameseAndEnglish() {
    assertThat(MarkType.COLLECTIVE_MARK.nameVi()).isEqualTo("Nhãn hiệu tập thể");
    assertThat(MarkType.CERTIFICATION_MARK.nameVi()).isEqualTo("Nhãn hiệu chứng nhận");
    assertThat(MarkType.GEOGRAPHICAL_INDICATION.nameVi()).isEqualTo("Chỉ dẫn địa lý");
    assertThat(MarkType.TRADEMARK.nameVi()).isEqualTo("Nhãn hiệu thông thường");
    assertThat(MarkType.GEOGRAPHICAL_INDICATION.nameEn()).isEqualTo("Geographical indication");
  }
}
