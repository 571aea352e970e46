package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class ProblemCodeTest {
  @Test
  void of_acceptsAPlatformsOwnCode() {
    assertThat(ProblemCode.of("SHOPEE_BRAND_REQUIRED")).hasToString("SHOPEE_BRAND_REQUIRED");
    assertThat(ProblemCode.of("NO_IMAGE")).isEqualTo(ProblemCode.NO_IMAGE);
  }

  @Test
  void of_rejectsAnythingButUpperSnakeCase() {
    assertThatThrownBy(() -> ProblemCode.of("no_image"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("code must be UPPER_SNAKE_CASE of at most 64 chars: \"no_image\"");
    assertThatThrownBy(() -> ProblemCode.of("A__B")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ProblemCode.of("A".repeat(65)))
        .isInstanceOf(InvalidValueException.class);
  }
}
