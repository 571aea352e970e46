package io.github.craftmark.provenance.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class QrEncodeOptionsTest {

  @Test
  void of_allowsEveryVersionAndChoosesTheMask() {
    assertThat(QrEncodeOptions.of(ErrorCorrection.Q))
        .isEqualTo(new QrEncodeOptions(ErrorCorrection.Q, 1, 40, OptionalInt.empty()));
  }

  @Test
  void with_methods_changeOneThing() {
    QrEncodeOptions options =
        QrEncodeOptions.of(ErrorCorrection.M).withVersionRange(7, 9).withMask(5);

    assertThat(options).isEqualTo(new QrEncodeOptions(ErrorCorrection.M, 7, 9, OptionalInt.of(5)));
    assertThat(options.withAutomaticMask().mask()).isEmpty();
    assertThat(options.withErrorCorrection(ErrorCorrection.H).errorCorrection())
        .isEqualTo(ErrorCorrection.H);
  }

  @Test
  void constructor_badValues_areRejectedByName() {
    assertThatThrownBy(() -> QrEncodeOptions.of(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("errorCorrection must not be null: null");
    assertThatThrownBy(() -> QrEncodeOptions.of(ErrorCorrection.M).withVersionRange(0, 5))
        .hasMessage("minVersion must be 1..40: 0");
    assertThatThrownBy(() -> QrEncodeOptions.of(ErrorCorrection.M).withVersionRange(5, 41))
        .hasMessage("maxVersion must be 1..40: 41");
    assertThatThrownBy(() -> QrEncodeOptions.of(ErrorCorrection.M).withVersionRange(8, 7))
        .hasMessage("maxVersion must be at least minVersion 8: 7");
    assertThatThrownBy(() -> QrEncodeOptions.of(ErrorCorrection.M).withMask(8))
        .hasMessage("mask must be 0..7: 8");
    assertThatThrownBy(() -> new QrEncodeOptions(ErrorCorrection.M, 1, 40, null))
        .hasMessage("mask must not be null: null");
  }
}
