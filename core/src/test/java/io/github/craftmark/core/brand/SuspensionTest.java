package io.github.craftmark.core.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuspensionTest {

  @Test
  void covers_bothEnds() {
    Suspension s = Suspension.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), null);
    assertThat(s.covers(LocalDate.of(2023, 2, 28))).isFalse();
    assertThat(s.covers(LocalDate.of(2023, 3, 1))).isTrue();
    assertThat(s.covers(LocalDate.of(2023, 3, 31))).isTrue();
    assertThat(s.covers(LocalDate.of(2023, 4, 1))).isFalse();
    assertThat(s.reason()).isEmpty();
  }

  @Test
  void untilFurtherNotice_coversEveryLaterDay() {
    Suspension s = new Suspension(LocalDate.of(2023, 3, 1), null, Optional.of("Chờ xác minh"));
    assertThat(s.covers(LocalDate.of(2030, 1, 1))).isTrue();
  }

  @Test
  void of_whenUntilBeforeFrom_isRejected() {
    assertThatThrownBy(() -> Suspension.of(LocalDate.of(2023, 3, 2), LocalDate.of(2023, 3, 1), "x"))
        .hasMessage("until must not be before from 2023-03-02: 2023-03-01");
  }
}
