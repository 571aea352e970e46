package io.github.craftmark.core.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegulationOnUseTest {

  @Test
  void of_keepsNumberAndDate_dateMayBeUnknown() {
    RegulationOnUse r = RegulationOnUse.of("EXAMPLE-01/2012/QC-HHGS", LocalDate.of(2012, 10, 1));
    assertThat(r.issuedOn()).contains(LocalDate.of(2012, 10, 1));
    assertThat(new RegulationOnUse("EXAMPLE-02", null).issuedOn()).isEmpty();
    assertThatThrownBy(() -> new RegulationOnUse(null, null))
        .hasMessage("documentNumber must not be null: null");
  }
}
