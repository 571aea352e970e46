package io.github.craftmark.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariantTierTest {

  @Test
  void of_keepsOptionsInOrder() {
    assertThat(VariantTier.of("Men", "Men lam", "Men rạn", "Men ngọc").options())
        .containsExactly("Men lam", "Men rạn", "Men ngọc");
  }

  @Test
  void of_whenOptionRepeatsIgnoringDiacritics_isRejected() {
    assertThatThrownBy(() -> VariantTier.of("Men", "Men rạn", "men ran"))
        .hasMessage("options[1] must not repeat another option: \"men ran\"");
  }

  @Test
  void of_whenNoOptions_isRejected() {
    assertThatThrownBy(() -> VariantTier.of("Men"))
        .hasMessage("options must have 1..50 entries: 0");
  }

  @Test
  void new_whenTooManyOptions_isRejected() {
    List<String> options = new java.util.ArrayList<>();
    for (int i = 0; i < 51; i++) {
      options.add("Cỡ " + i);
    }
    assertThatThrownBy(() -> new VariantTier("Cỡ", options))
        .hasMessage("options must have 1..50 entries: 51");
  }

  @Test
  void new_whenOptionNull_isRejectedNamingIndex() {
    assertThatThrownBy(() -> new VariantTier("Cỡ", Collections.singletonList(null)))
        .hasMessage("options[0] must not be null: null");
  }
}
