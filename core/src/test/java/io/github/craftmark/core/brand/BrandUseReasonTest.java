package io.github.craftmark.core.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BrandUseReasonTest {

  @Test
  void allows_onlyTheTwoAllowedReasons() {
    assertThat(Arrays.stream(BrandUseReason.values()).filter(BrandUseReason::allows))
        .containsExactly(BrandUseReason.ALLOWED, BrandUseReason.ALLOWED_AS_OWNER);
  }
}
