package io.github.craftmark.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.testing.RandomInputs;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SerialNumberTest {

  @Test
  void of_acceptsUpperCaseLettersAndDigits() {
    assertThat(SerialNumber.of("BT2025A0001").value()).isEqualTo("BT2025A0001");
    assertThat(SerialNumber.of("9".repeat(32)).value()).hasSize(32);
  }

  @Test
  void of_whenLowerCase_isRejectedButParseNormalises() {
    assertThatThrownBy(() -> SerialNumber.of("bt01"))
        .hasMessage("serialNumber must use only upper-case ASCII letters and digits: \"bt01\"");
    assertThat(SerialNumber.parse("  bt01 ")).isEqualTo(SerialNumber.of("BT01"));
  }

  @Test
  void of_whenEmptyOrTooLong_isRejected() {
    assertThatThrownBy(() -> SerialNumber.of(""))
        .hasMessage("serialNumber must be 1..32 characters: \"\"");
    assertThatThrownBy(() -> SerialNumber.of("A".repeat(33)))
        .hasMessageStartingWith("serialNumber must be 1..32 characters");
  }

  static Stream<String> randomTexts() {
    return RandomInputs.stringStream(32L, 300, 40);
  }

  @ParameterizedTest
  @MethodSource("randomTexts")
  void parse_neverAcceptsAnythingOutsideTheAlphabet(String text) {
    try {
      SerialNumber serial = SerialNumber.parse(text);
      assertThat(serial.value()).matches("[A-Z0-9]{1,32}");
    } catch (InvalidValueException e) {
      assertThat(e.field()).isEqualTo("serialNumber");
    }
  }
}
