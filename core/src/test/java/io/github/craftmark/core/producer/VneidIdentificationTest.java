package io.github.craftmark.core.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VneidIdentificationTest {

  @Test
  void constructor_blankReferenceBecomesEmpty() {
    assertThat(new VneidIdentification(LocalDate.of(2026, 7, 1), Optional.of("  ")).reference())
        .isEmpty();
    assertThat(new VneidIdentification(LocalDate.of(2026, 7, 1), null).reference())
        .isEmpty();
  }

  @Test
  void constructor_whenDateMissing_isRejected() {
    assertThatThrownBy(() -> new VneidIdentification(null, Optional.empty()))
        .hasMessage("identifiedOn must not be null: null");
  }
}
