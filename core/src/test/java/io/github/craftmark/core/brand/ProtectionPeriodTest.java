package io.github.craftmark.core.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProtectionPeriodTest {

  @Test
  void contains_bothEnds() {
    ProtectionPeriod p = ProtectionPeriod.of(LocalDate.of(2015, 1, 5), LocalDate.of(2024, 12, 31));
    assertThat(p.contains(LocalDate.of(2015, 1, 4))).isFalse();
    assertThat(p.contains(LocalDate.of(2015, 1, 5))).isTrue();
    assertThat(p.contains(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(p.contains(LocalDate.of(2025, 1, 1))).isFalse();
  }

  @Test
  void indefinite_hasNoLastDay() {
    ProtectionPeriod p = ProtectionPeriod.indefiniteFrom(LocalDate.of(2019, 5, 6));
    assertThat(p.until()).isEmpty();
    assertThat(p.contains(LocalDate.of(2999, 1, 1))).isTrue();
  }

  @Test
  void of_whenUntilBeforeFrom_isRejected() {
    assertThatThrownBy(
            () -> ProtectionPeriod.of(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
        .hasMessage("until must not be before from 2020-01-02: 2020-01-01");
  }
}
