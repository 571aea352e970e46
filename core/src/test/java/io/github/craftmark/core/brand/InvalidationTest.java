package io.github.craftmark.core.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvalidationTest {

  @Test
  void constructor_requiresADayAndAReason() {
    assertThat(new Invalidation(LocalDate.of(2024, 3, 1), " Chấm dứt ").reason())
        .isEqualTo("Chấm dứt");
    assertThatThrownBy(() -> new Invalidation(null, "x"))
        .hasMessage("effectiveFrom must not be null: null");
    assertThatThrownBy(() -> new Invalidation(LocalDate.of(2024, 3, 1), ""))
        .hasMessage("reason must not be blank: \"\"");
  }
}
