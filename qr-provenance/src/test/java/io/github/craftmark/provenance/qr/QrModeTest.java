package io.github.craftmark.provenance.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QrModeTest {

  @Test
  void characterCountBits_widenAtVersions10And27() {
    assertThat(new int[] {
          QrMode.NUMERIC.characterCountBits(9),
          QrMode.NUMERIC.characterCountBits(10),
          QrMode.NUMERIC.characterCountBits(26),
          QrMode.NUMERIC.characterCountBits(27)
        })
        .containsExactly(10, 12, 12, 14);
    assertThat(new int[] {
          QrMode.ALPHANUMERIC.characterCountBits(1),
          QrMode.ALPHANUMERIC.characterCountBits(10),
          QrMode.ALPHANUMERIC.characterCountBits(40)
        })
        .containsExactly(9, 11, 13);
    assertThat(new int[] {
          QrMode.BYTE.characterCountBits(9),
          QrMode.BYTE.characterCountBits(10),
          QrMode.BYTE.characterCountBits(40)
        })
        .containsExactly(8, 16, 16);
  }

  @Test
  void indicator_isTheStandardsModeIndicator() {
    assertThat(QrMode.NUMERIC.indicator()).isEqualTo(0b0001);
    assertThat(QrMode.ALPHANUMERIC.indicator()).isEqualTo(0b0010);
    assertThat(QrMode.BYTE.indicator()).isEqualTo(0b0100);
  }

  @Test
  void characterCountBits_badVersion_isRejected() {
    assertThatThrownBy(() -> QrMode.NUMERIC.characterCountBits(0))
        .hasMessage("version must be 1..40: 0");
  }
}
