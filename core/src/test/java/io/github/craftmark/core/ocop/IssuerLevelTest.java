package io.github.craftmark.core.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssuerLevelTest {

  @Test
  void district_isLegacyOnly() {
    assertThat(IssuerLevel.DISTRICT.isLegacy()).isTrue();
    assertThat(IssuerLevel.PROVINCE.isLegacy()).isFalse();
    assertThat(IssuerLevel.CENTRAL.isLegacy()).isFalse();
    assertThat(IssuerLevel.PROVINCE.nameVi()).isEqualTo("Cấp tỉnh");
  }
}
