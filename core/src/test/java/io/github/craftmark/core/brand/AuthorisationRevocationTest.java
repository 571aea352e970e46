package io.github.craftmark.core.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuthorisationRevocationTest {

  @Test
  void constructor_requiresADayAndAReason() {
    assertThat(new AuthorisationRevocation(LocalDate.of(2024, 11, 1), "Vi phạm quy chế").date())
        .isEqualTo(LocalDate.of(2024, 11, 1));
    assertThatThrownBy(() -> new AuthorisationRevocation(LocalDate.of(2024, 11, 1), null))
        .hasMessage("reason must not be null: null");
  }
}
