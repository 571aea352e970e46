package io.github.craftmark.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxCodeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0100233488", // python-stdnum vn.mst example
        "0100112437", // a state-owned commercial bank
        "0300588569", // a listed dairy company
        "0100109106", // a state telecom group
        "0101248141" // a listed technology group
      })
  void of_acceptsPublishedEnterpriseCodes(String code) {
    TaxCode taxCode = TaxCode.of(code);
    assertThat(taxCode.kind()).isEqualTo(TaxCode.Kind.TEN_DIGIT);
    assertThat(taxCode.baseCode()).contains(taxCode);
  }

  @Test
  void parse_acceptsDependentUnitWithOrWithoutDashAndSpaces() {
    TaxCode branch = TaxCode.parse("0314 409 058 - 002");
    assertThat(branch.value()).isEqualTo("0314409058-002");
    assertThat(branch.kind()).isEqualTo(TaxCode.Kind.DEPENDENT_UNIT);
    assertThat(branch.baseCode()).contains(TaxCode.of("0314409058"));
    assertThat(TaxCode.parse("0314409058002")).isEqualTo(branch);
    assertThat(TaxCode.parse("01.00.112.437")).isEqualTo(TaxCode.of("0100112437"));
  }

  @Test
  void of_whenCheckDigitWrong_statesTheExpectedDigit() {
    assertThatThrownBy(() -> TaxCode.of("0100233480"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("taxCode check digit must be 8: \"0100233480\"");
    assertThatThrownBy(() -> TaxCode.parse("0100233480-001"))
        .hasMessage("taxCode check digit must be 8: \"0100233480-001\"");
  }

  @Test
  void parseWithoutCheckDigit_acceptsARealCodeTheUnofficialFormulaRejects() {
    assertThatThrownBy(() -> TaxCode.parse("0100233480")).isInstanceOf(InvalidValueException.class);
    TaxCode lenient = TaxCode.parseWithoutCheckDigit("0100 233 480 - 001");
    assertThat(lenient.value()).isEqualTo("0100233480-001");
    assertThat(lenient.hasValidCheckDigit()).isFalse();
    assertThat(lenient.baseCode()).map(TaxCode::value).contains("0100233480");
    assertThat(TaxCode.parseWithoutCheckDigit("0100233488")).isEqualTo(TaxCode.of("0100233488"));
    assertThat(TaxCode.of("0100233488").hasValidCheckDigit()).isTrue();
    assertThat(TaxCode.of("001085012345").hasValidCheckDigit()).isTrue();
  }

  @Test
  void parseWithoutCheckDigit_stillChecksTheForm() {
    assertThatThrownBy(() -> TaxCode.parseWithoutCheckDigit("010023348"))
        .hasMessage(
            "taxCode must be 10 digits, 10 digits + '-' + 3 digits, or 12 digits: \"010023348\"");
    assertThatThrownBy(() -> TaxCode.parseWithoutCheckDigit("0100233480-000"))
        .hasMessage("taxCode dependent-unit number must be 001..999: \"0100233480-000\"");
    assertThatThrownBy(() -> TaxCode.parseWithoutCheckDigit(null))
        .hasMessage("taxCode must not be null: null");
  }

  @Test
  void json_whenCheckDigitFails_readsBackSoThatAnAcceptedCodeRoundTrips() throws Exception {
    TaxCode lenient = TaxCode.parseWithoutCheckDigit("0100233480");
    String json = GoldenJson.write(lenient);
    assertThat(GoldenJson.MAPPER.readValue(json, TaxCode.class)).isEqualTo(lenient);
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue("\"01002334\"", TaxCode.class))
        .hasMessageContaining("taxCode must be 10 digits");
  }

  @Test
  void equality_isByCanonicalText() {
    assertThat(TaxCode.parse("0314409058002"))
        .isEqualTo(TaxCode.of("0314409058-002"))
        .hasSameHashCodeAs(TaxCode.of("0314409058-002"))
        .hasToString("0314409058-002")
        .isNotEqualTo(TaxCode.of("0314409058"));
  }

  @Test
  void of_whenDependentUnitNumberIsZero_isRejected() {
    assertThatThrownBy(() -> TaxCode.of("0314409058-000"))
        .hasMessage("taxCode dependent-unit number must be 001..999: \"0314409058-000\"");
  }

  @Test
  void of_personalIdentificationNumber_isAcceptedWithoutCheckDigit() {
    TaxCode personal = TaxCode.parse("001 085 012 345");
    assertThat(personal.value()).isEqualTo("001085012345");
    assertThat(personal.kind()).isEqualTo(TaxCode.Kind.PERSONAL_ID);
    assertThat(personal.baseCode()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "123456789", "01002334881", "0100233488-01", "010023348A", "0100233488/001"})
  void of_whenShapeWrong_isRejected(String bad) {
    assertThatThrownBy(() -> TaxCode.of(bad))
        .hasMessage(
            "taxCode must be 10 digits, 10 digits + '-' + 3 digits, or 12 digits: \"" + bad + "\"");
  }

  @Test
  void checkDigitOf_whenSumIsAMultipleOf11_hasNoValidDigit() {
    // Search for a base whose weighted sum is a multiple of 11, so that the rule is exercised.
    String base = IntStream.range(100_000_000, 100_100_000)
        .mapToObj(Integer::toString)
        .filter(s -> TaxCode.checkDigitOf(s) < 0)
        .findFirst()
        .orElseThrow();
    assertThatThrownBy(() -> TaxCode.of(base + "0"))
        .hasMessageStartingWith("taxCode has no valid check digit for its first nine digits");
  }

  static Stream<String> randomBases() {
    Random random = new Random(86_2024L);
    return IntStream.range(0, 200)
        .mapToObj(i -> String.format("%09d", random.nextInt(1_000_000_000)));
  }

  @ParameterizedTest
  @MethodSource("randomBases")
  void checkDigit_roundTripsAndDetectsEverySingleDigitChange(String base) {
    int check = TaxCode.checkDigitOf(base);
    if (check < 0) {
      return;
    }
    String code = base + check;
    assertThat(TaxCode.of(code).value()).isEqualTo(code);
    char[] digits = code.toCharArray();
    for (int position = 0; position < 10; position++) {
      char original = digits[position];
      for (char other = '0'; other <= '9'; other++) {
        if (other != original) {
          digits[position] = other;
          String changed = new String(digits);
          assertThatThrownBy(() -> TaxCode.of(changed)).isInstanceOf(InvalidValueException.class);
        }
      }
      digits[position] = original;
    }
  }
}
