package io.github.craftmark.provenance.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QrSvgOptionsTest {

  @Test
  void default_printsAVersion7TagAt18Millimetres() {
    assertThat(QrSvgOptions.DEFAULT.printedWidthMm(45)).isEqualByComparingTo("18.02");
    assertThat(QrSvgOptions.DEFAULT.quietZoneModules()).isEqualTo(4);
    assertThat(QrSvgOptions.DEFAULT.withModuleSizeMm(new BigDecimal("0.5")).printedWidthMm(21))
        .isEqualByComparingTo("14.5");
  }

  @Test
  void constructor_outOfRange_isRejected() {
    assertThatThrownBy(() -> new QrSvgOptions(new BigDecimal("0.09"), 4))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("moduleSizeMm must be 0.1..50 with at most 4 decimal places: 0.09");
    assertThatThrownBy(() -> new QrSvgOptions(new BigDecimal("50.5"), 4))
        .hasMessage("moduleSizeMm must be 0.1..50 with at most 4 decimal places: 50.5");
    assertThatThrownBy(() -> new QrSvgOptions(new BigDecimal("0.33333"), 4))
        .hasMessage("moduleSizeMm must be 0.1..50 with at most 4 decimal places: 0.33333");
    assertThatThrownBy(() -> new QrSvgOptions(null, 4))
        .hasMessage("moduleSizeMm must not be null: null");
    assertThatThrownBy(() -> QrSvgOptions.DEFAULT.withQuietZoneModules(2))
        .hasMessage("quietZoneModules must be 4..32: 2");
  }
}
