package io.github.craftmark.core.ocop;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.json.GoldenJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SupersessionTest {

  @Test
  void of_requiresNumberAndDate() {
    assertThatThrownBy(() -> Supersession.of(" ", LocalDate.of(2025, 9, 1)))
        .hasMessage("supersededBy.certificateNumber must not be blank: \" \"");
    assertThatThrownBy(() -> Supersession.of("EXAMPLE-88/2025/GCN-OCOP", null))
        .hasMessage("supersededBy.date must not be null: null");
  }

  @Test
  void json_writesNumberAndDate() {
    GoldenJson.assertMatchesGolden(
        Supersession.of("EXAMPLE-88/2025/GCN-OCOP", LocalDate.of(2025, 9, 1)),
        Supersession.class,
        "ocop/supersession.json");
  }
}
