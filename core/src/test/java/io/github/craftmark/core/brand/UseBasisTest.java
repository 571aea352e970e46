package io.github.craftmark.core.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UseBasisTest {

  @Test
  void everyBasis_fitsExactlyOneMarkType() {
    for (UseBasis basis : UseBasis.values()) {
      assertThat(Arrays.stream(MarkType.values()).filter(t -> t.accepts(basis)))
          .as("%s", basis)
          .hasSize(1);
    }
  }

  @Test
  void names_areVietnameseAndEnglish() {
    assertThat(UseBasis.MEMBERSHIP.nameVi()).isEqualTo("Tư cách thành viên");
    assertThat(UseBasis.GI_PERMIT.nameEn()).isEqualTo("Geographical-indication permit");
  }
}
