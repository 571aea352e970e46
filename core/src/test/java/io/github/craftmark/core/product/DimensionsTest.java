package io.github.craftmark.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DimensionsTest {

  @Test
  void ofCm_normalisesToOneDecimalSoEqualValuesAreEqual() {
    assertThat(Dimensions.ofCm("25", "18", "18.0"))
        .isEqualTo(Dimensions.ofCm("25.0", "18.00", "18"));
    assertThat(Dimensions.ofCm("25", "18", "18").lengthCm()).isEqualTo(new BigDecimal("25.0"));
  }

  @Test
  void volumeCm3_roundsUp() {
    assertThat(Dimensions.ofCm("10", "10", "10").volumeCm3()).isEqualTo(1000);
    assertThat(Dimensions.ofCm("0.1", "0.1", "0.1").volumeCm3()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource({
    "0, lengthCm must be 0.1..1000.0 cm: 0",
    "-5, lengthCm must be 0.1..1000.0 cm: -5",
    "1000.1, lengthCm must be 0.1..1000.0 cm: 1000.1",
    "12.55, lengthCm must have at most one decimal (mm): 12.55",
    "abc, lengthCm must be a decimal number of centimetres: \"abc\""
  })
  void ofCm_whenBad_isRejectedNamingFieldAndValue(String length, String message) {
    assertThatThrownBy(() -> Dimensions.ofCm(length, "10", "10"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void ofCm_boundsAreInclusive() {
    assertThat(Dimensions.ofCm("0.1", "1000", "1000.0").heightCm())
        .isEqualTo(new BigDecimal("1000.0"));
  }
}
