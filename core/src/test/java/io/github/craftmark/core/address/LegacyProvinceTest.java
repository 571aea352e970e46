package io.github.craftmark.core.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegacyProvinceTest {

  @Test
  void constructor_blankLegalBasisBecomesEmpty() {
    assertThat(
            new LegacyProvince("Hà Tây", LocalDate.of(2008, 8, 1), Optional.of(" ")).legalBasis())
        .isEmpty();
  }

  @Test
  void constructor_whenDateMissing_isRejected() {
    assertThatThrownBy(() -> new LegacyProvince("Hà Tây", null, null))
        .hasMessage("replacedOn must not be null: null");
  }
}
