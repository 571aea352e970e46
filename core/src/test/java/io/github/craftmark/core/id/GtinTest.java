package io.github.craftmark.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "6291041500213", // GS1 General Specifications, check digit example
        "9780306406157", // ISBN-13 of ISBN 0-306-40615-2
        "036000291452", // UPC-A
        "96385074", // EAN-8
        "10614141000415" // GTIN-14 with indicator 1
      })
  void of_acceptsPublishedExamples(String digits) {
    assertThat(Gtin.of(digits).value()).isEqualTo(digits);
  }

  @Test
  void withCheckDigit_computesTheGs1Example() {
    assertThat(Gtin.withCheckDigit("629104150021")).isEqualTo(Gtin.of("6291041500213"));
    assertThat(Gtin.checkDigitOf("03600029145")).isEqualTo(2);
  }

  @Test
  void of_whenCheckDigitWrong_statesTheExpectedDigit() {
    assertThatThrownBy(() -> Gtin.of("6291041500212"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("gtin check digit must be 3: \"6291041500212\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1234567", "123456789", "12345678901234567"})
  void of_whenLengthWrong_isRejected(String digits) {
    assertThatThrownBy(() -> Gtin.of(digits))
        .hasMessage("gtin must have 8, 12, 13 or 14 digits: \"" + digits + "\"");
  }

  @Test
  void of_whenNotDigits_isRejected() {
    assertThatThrownBy(() -> Gtin.of("629104150021X"))
        .hasMessage("gtin must contain only digits: \"629104150021X\"");
  }

  @Test
  void parse_removesSpacesAndHyphens() {
    assertThat(Gtin.parse(" 629 1041 50021-3 ")).isEqualTo(Gtin.of("6291041500213"));
  }

  @Test
  void toGtin14_leftPadsWithZeros() {
    assertThat(Gtin.of("96385074").toGtin14()).isEqualTo("00000096385074");
    assertThat(Gtin.of("036000291452").toGtin14()).isEqualTo("00036000291452");
    assertThat(Gtin.of("10614141000415").toGtin14()).isEqualTo("10614141000415");
  }

  @Test
  void gs1PrefixHint_893_isGs1VietnamNotACountryOfOrigin() {
    Gtin gtin = Gtin.withCheckDigit("893604900001");
    Gs1Prefix hint = gtin.gs1PrefixHint();
    assertThat(hint.prefix()).isEqualTo("893");
    assertThat(hint.isGs1Vietnam()).isTrue();
    assertThat(hint.memberOrganisation()).contains("GS1 Vietnam");
  }

  @Test
  void gs1PrefixHint_readsThroughIndicatorAndUpcForms() {
    assertThat(Gtin.of("036000291452").gs1PrefixHint().memberOrganisation()).contains("GS1 US");
    assertThat(Gtin.of("9780306406157").gs1PrefixHint().prefix()).isEqualTo("978");
    assertThat(Gtin.of("10614141000415").gs1PrefixHint().prefix()).isEqualTo("061");
    assertThat(Gtin.of("96385074").gs1PrefixHint().prefix()).isEqualTo("963");
  }

  @Test
  void gs1PrefixHint_gtin8StartingWith0Or2_isAStoreNumberNotGs1Us() {
    Gs1Prefix rcn = Gtin.withCheckDigit("0123456").gs1PrefixHint();
    assertThat(rcn.prefix()).isEqualTo("012");
    assertThat(rcn.isRestrictedCirculation()).isTrue();
    assertThat(rcn.memberOrganisation()).contains("Restricted circulation (RCN-8)");
    assertThat(Gtin.withCheckDigit("2123456").gs1PrefixHint().isRestrictedCirculation())
        .isTrue();
    // The same digits at the head of a GTIN-13 are a GS1 US company prefix.
    assertThat(Gtin.withCheckDigit("012345678901").gs1PrefixHint().memberOrganisation())
        .contains("GS1 US");
    Gs1Prefix vietnam8 = Gtin.withCheckDigit("8931234").gs1PrefixHint();
    assertThat(vietnam8.isGs1Vietnam()).isTrue();
    assertThat(vietnam8.isRestrictedCirculation()).isFalse();
    // 978 is Bookland only in GTIN-13; GTIN-8 does not use it.
    assertThat(Gtin.withCheckDigit("9781234").gs1PrefixHint().memberOrganisation())
        .isEmpty();
  }

  @Test
  void gtin12_keepsItsLeadingZeroAndMatchesItsGtin13FormThroughGtin14() {
    Gtin upc = Gtin.of("036000291452");
    Gtin ean = Gtin.of("0036000291452");
    assertThat(upc.length()).isEqualTo(12);
    assertThat(upc).isNotEqualTo(ean);
    assertThat(upc.toGtin14()).isEqualTo(ean.toGtin14()).isEqualTo("00036000291452");
    assertThat(upc.gs1PrefixHint()).isEqualTo(ean.gs1PrefixHint());
    assertThat(Gtin.parse("0 36000 29145 2")).isEqualTo(upc);
    assertThat(Gtin.parse("036000\u00a0291452\t")).isEqualTo(upc);
  }

  @ParameterizedTest
  @ValueSource(strings = {"96385074", "036000291452", "6291041500213", "10614141000415"})
  void of_everyLengthCheckDigitMatchesTheGs1Formula(String digits) {
    // Recompute independently: weight 3 on odd positions counted from the right of the body.
    int sum = 0;
    for (int i = 0; i < digits.length() - 1; i++) {
      int fromRight = digits.length() - 1 - i;
      sum += (digits.charAt(i) - '0') * (fromRight % 2 == 1 ? 3 : 1);
    }
    assertThat((10 - sum % 10) % 10).isEqualTo(digits.charAt(digits.length() - 1) - '0');
    assertThat(Gtin.checkDigitOf(digits.substring(0, digits.length() - 1)))
        .isEqualTo(digits.charAt(digits.length() - 1) - '0');
  }

  static Stream<String> randomBodies() {
    Random random = new Random(20250701L);
    int[] lengths = {7, 11, 12, 13};
    return IntStream.range(0, 300).mapToObj(i -> {
      int length = lengths[random.nextInt(lengths.length)];
      StringBuilder sb = new StringBuilder(length);
      for (int j = 0; j < length; j++) {
        sb.append((char) ('0' + random.nextInt(10)));
      }
      return sb.toString();
    });
  }

  @ParameterizedTest
  @MethodSource("randomBodies")
  void withCheckDigit_roundTripsAndEverySingleDigitChangeIsDetected(String body) {
    Gtin gtin = Gtin.withCheckDigit(body);
    assertThat(Gtin.of(gtin.value())).isEqualTo(gtin);
    char[] digits = gtin.value().toCharArray();
    for (int position = 0; position < digits.length; position++) {
      char original = digits[position];
      for (char other = '0'; other <= '9'; other++) {
        if (other == original) {
          continue;
        }
        digits[position] = other;
        String changed = new String(digits);
        assertThatThrownBy(() -> Gtin.of(changed))
            .as("changed %s at %d", changed, position)
            .hasMessageStartingWith("gtin check digit must be");
      }
      digits[position] = original;
    }
  }
}
