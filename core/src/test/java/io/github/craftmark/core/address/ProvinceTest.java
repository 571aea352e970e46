package io.github.craftmark.core.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProvinceTest {

  @Test
  void constructor_whenCodeNotTwoDigits_isRejected() {
    assertThatThrownBy(
            () -> new Province("1", "Tỉnh X", "X", ProvinceKind.PROVINCE, List.of(), List.of()))
        .hasMessage("code must be 2 digits: \"1\"");
  }

  @Test
  void toString_isTheOfficialName() {
    assertThat(Provinces.standard().get("37")).hasToString("Tỉnh Ninh Bình");
    assertThat(ProvinceKind.PROVINCE.prefixVi()).isEqualTo("Tỉnh");
  }
}
