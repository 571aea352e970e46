package io.github.craftmark.core.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcopOwnerKindTest {

  @Test
  void kinds_haveTheirVietnameseNames() {
    assertThat(OcopOwnerKind.values())
        .extracting(OcopOwnerKind::nameVi)
        .containsExactly("Doanh nghiệp", "Hợp tác xã", "Tổ hợp tác", "Hộ kinh doanh");
  }
}
