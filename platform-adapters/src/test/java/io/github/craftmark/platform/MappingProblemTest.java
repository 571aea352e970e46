package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.compliance.Severity;
import org.junit.jupiter.api.Test;

class MappingProblemTest {
  @Test
  void error_blocksAndWarningDoesNot() {
    MappingProblem error =
        MappingProblem.error("images", ProblemCode.NO_IMAGE, "must have at least 1 for Shopee: 0");
    MappingProblem warning = MappingProblem.warning("brandId", ProblemCode.of("X"), "is empty");

    assertThat(error.isError()).isTrue();
    assertThat(error.severity()).isEqualTo(Severity.ERROR);
    assertThat(warning.isError()).isFalse();
    assertThat(error).hasToString("ERROR NO_IMAGE images: must have at least 1 for Shopee: 0");
  }

  @Test
  void constructor_rejectsBlankFieldAndMessage() {
    assertThatThrownBy(() -> MappingProblem.error(" ", ProblemCode.NO_IMAGE, "m"))
        .hasMessage("field must not be blank: \" \"");
    assertThatThrownBy(() -> MappingProblem.error("f", null, "m"))
        .hasMessage("code must not be null: null");
  }
}
