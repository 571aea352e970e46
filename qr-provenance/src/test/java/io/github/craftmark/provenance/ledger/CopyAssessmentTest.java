package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CopyAssessmentTest {
  private static final CopySignal SIGNAL = new CopySignal(CopyRule.TOO_MANY_SCANS, "a", "b");

  @Test
  void suspiciousAndFirstScan_followTheFigures() {
    CopyAssessment quietFirst =
        new CopyAssessment(Duration.ofDays(30), 1, 1, Optional.empty(), List.of());
    CopyAssessment flagged =
        new CopyAssessment(Duration.ofDays(30), 30, 1, Optional.empty(), List.of(SIGNAL));

    assertThat(quietFirst.isSuspicious()).isFalse();
    assertThat(quietFirst.isFirstScanInWindow()).isTrue();
    assertThat(flagged.isSuspicious()).isTrue();
    assertThat(flagged.isFirstScanInWindow()).isFalse();
    assertThat(flagged.fired(CopyRule.TOO_MANY_SCANS)).isTrue();
    assertThat(flagged.fired(CopyRule.TOO_MANY_PLACES)).isFalse();
  }

  @Test
  void invalid_isRejectedNamingTheField() {
    assertThatThrownBy(
            () -> new CopyAssessment(Duration.ofDays(1), -1, 0, Optional.empty(), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("scansInWindow must be at least 0: -1");
    assertThatThrownBy(
            () -> new CopyAssessment(Duration.ofDays(1), 0, -1, Optional.empty(), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("placesInWindow must be at least 0: -1");
    assertThatThrownBy(() -> new CopyAssessment(null, 0, 0, Optional.empty(), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("window must not be null: null");
    assertThatThrownBy(() -> new CopyAssessment(Duration.ofDays(1), 0, 0, Optional.empty(), null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("signals must not be null: null");
  }
}
