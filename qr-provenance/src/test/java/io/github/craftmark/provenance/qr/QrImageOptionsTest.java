package io.github.craftmark.provenance.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class QrImageOptionsTest {

  @Test
  void default_isEightPixelsAndTheStandardQuietZone() {
    assertThat(QrImageOptions.DEFAULT).isEqualTo(new QrImageOptions(8, 4));
    assertThat(QrImageOptions.DEFAULT.imageWidth(45)).isEqualTo(424);
    assertThat(QrImageOptions.DEFAULT
            .withPixelsPerModule(4)
            .withQuietZoneModules(6)
            .imageWidth(21))
        .isEqualTo(132);
  }

  @Test
  void constructor_outOfRange_isRejected() {
    assertThatThrownBy(() -> new QrImageOptions(3, 4))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("pixelsPerModule must be 4..32: 3");
    assertThatThrownBy(() -> new QrImageOptions(33, 4))
        .hasMessage("pixelsPerModule must be 4..32: 33");
    assertThatThrownBy(() -> new QrImageOptions(4, 3))
        .hasMessage("quietZoneModules must be 4..32: 3");
    assertThatThrownBy(() -> new QrImageOptions(4, 33))
        .hasMessage("quietZoneModules must be 4..32: 33");
  }
}
