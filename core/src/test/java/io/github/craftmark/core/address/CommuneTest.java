package io.github.craftmark.core.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.testing.RandomInputs;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CommuneTest {

  @Test
  void parse_readsThePrefix() {
    assertThat(Commune.parse("Xã Bát Tràng")).isEqualTo(Commune.of(CommuneKind.XA, "Bát Tràng"));
    assertThat(Commune.parse("phường Hà Đông"))
        .isEqualTo(Commune.of(CommuneKind.PHUONG, "Hà Đông"));
    assertThat(Commune.parse("Dac khu Phu Quoc").kind()).isEqualTo(CommuneKind.DAC_KHU);
  }

  @Test
  void parse_prefersAnExactPrefix() {
    assertThat(Commune.parse("Xa La")).isEqualTo(Commune.of(CommuneKind.XA, "La"));
    assertThat(Commune.of(CommuneKind.PHUONG, "Xa La").fullName()).isEqualTo("Phường Xa La");
  }

  @Test
  void parse_whenNoPrefix_isRejected() {
    assertThatThrownBy(() -> Commune.parse("Bát Tràng"))
        .hasMessage("commune must start with 'Xã', 'Phường' or 'Đặc khu': \"Bát Tràng\"");
  }

  @Test
  void of_whenNameRepeatsThePrefix_isRejected() {
    assertThatThrownBy(() -> Commune.of(CommuneKind.XA, "Xã Bát Tràng"))
        .hasMessage("commune must be given without its prefix 'Xã': \"Xã Bát Tràng\"");
  }

  @Test
  void fullName_isPrefixAndName() {
    assertThat(Commune.of(CommuneKind.XA, "  Bát Tràng ")).hasToString("Xã Bát Tràng");
  }

  static Stream<String> randomTexts() {
    return RandomInputs.stringStream(3321L, 300, 30).map(s -> "Xã " + s);
  }

  @ParameterizedTest
  @MethodSource("randomTexts")
  void parse_roundTripsThroughFullNameOrRejectsCleanly(String text) {
    try {
      Commune commune = Commune.parse(text);
      assertThat(Commune.parse(commune.fullName())).isEqualTo(commune);
    } catch (InvalidValueException e) {
      assertThat(e.field()).isEqualTo("commune");
    }
  }
}
