package io.github.craftmark.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MaterialTest {

  @Test
  void of_withAndWithoutShare() {
    assertThat(Material.of("Tơ tằm", 100).percent()).contains(100);
    assertThat(Material.of("Đất sét").percent()).isEmpty();
  }

  @Test
  void of_whenShareOutOfRange_isRejected() {
    assertThatThrownBy(() -> Material.of("Tơ tằm", 0)).hasMessage("percent must be 1..100: 0");
    assertThatThrownBy(() -> Material.of("Tơ tằm", 101)).hasMessage("percent must be 1..100: 101");
  }

  @Test
  void of_whenNameBlank_isRejected() {
    assertThatThrownBy(() -> Material.of(" ")).hasMessage("name must not be blank: \" \"");
  }
}
