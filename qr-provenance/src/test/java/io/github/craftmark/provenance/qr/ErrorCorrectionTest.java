package io.github.craftmark.provenance.qr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorCorrectionTest {

  @Test
  void levels_areOrderedByRecoveryAsTheStandardStates() {
    assertThat(ErrorCorrection.values())
        .containsExactly(
            ErrorCorrection.L, ErrorCorrection.M, ErrorCorrection.Q, ErrorCorrection.H);
    assertThat(ErrorCorrection.L.recoveryPercent()).isEqualTo(7);
    assertThat(ErrorCorrection.M.recoveryPercent()).isEqualTo(15);
    assertThat(ErrorCorrection.Q.recoveryPercent()).isEqualTo(25);
    assertThat(ErrorCorrection.H.recoveryPercent()).isEqualTo(30);
  }

  @Test
  void higherLevel_holdsLessData() {
    for (int version = 1; version <= 40; version++) {
      int previous = Integer.MAX_VALUE;
      for (ErrorCorrection level : ErrorCorrection.values()) {
        int capacity = QrCode.dataCapacityBits(version, level);
        assertThat(capacity).as("version %d level %s", version, level).isLessThan(previous);
        previous = capacity;
      }
    }
  }
}
