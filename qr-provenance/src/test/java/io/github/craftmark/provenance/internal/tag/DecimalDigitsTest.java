package io.github.craftmark.provenance.internal.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DecimalDigitsTest {

  @Test
  void digitCount_isTheDigitCountOfTheLargestValue_forEveryByteCount() {
    assertThat(DecimalDigits.digitCount(0)).isZero();
    for (int n = 1; n <= DecimalDigits.MAX_BYTES; n++) {
      int expected =
          BigInteger.ONE.shiftLeft(8 * n).subtract(BigInteger.ONE).toString().length();
      assertThat(DecimalDigits.digitCount(n)).as("d(%d)", n).isEqualTo(expected);
    }
  }

  @Test
  void digitCount_ofTheDefaultTag() {
    assertThat(DecimalDigits.digitCount(103)).isEqualTo(249);
    assertThat(DecimalDigits.digitCount(72)).isEqualTo(174);
    assertThat(DecimalDigits.digitCount(400)).isEqualTo(964);
  }

  @Test
  void byteCountOf_invertsDigitCount_andRefusesCountsNoByteCountHas() {
    int hits = 0;
    for (int d = -1; d <= DecimalDigits.digitCount(DecimalDigits.MAX_BYTES) + 3; d++) {
      int n = DecimalDigits.byteCountOf(d);
      if (n >= 0) {
        assertThat(DecimalDigits.digitCount(n)).isEqualTo(d);
        hits++;
      }
    }
    assertThat(hits).isEqualTo(DecimalDigits.MAX_BYTES);
    assertThat(DecimalDigits.byteCountOf(175)).isEqualTo(-1);
    assertThat(DecimalDigits.byteCountOf(0)).isEqualTo(-1);
  }

  @Test
  void encode_padsToExactlyDigitCount() {
    assertThat(DecimalDigits.encode(new byte[] {0})).isEqualTo("000");
    assertThat(DecimalDigits.encode(new byte[] {(byte) 255})).isEqualTo("255");
    assertThat(DecimalDigits.encode(new byte[] {1, 0})).isEqualTo("00256");
    assertThat(DecimalDigits.encode(new byte[0])).isEmpty();
    assertThat(DecimalDigits.encode(new byte[103])).isEqualTo("0".repeat(249));
  }

  @Test
  void decode_refusesAValueThatNeedsMoreBytes() {
    assertThat(DecimalDigits.decode("255", 0, 3)).isEqualTo(new byte[] {(byte) 255});
    assertThatThrownBy(() -> DecimalDigits.decode("256", 0, 3))
        .isInstanceOf(TagDecodingException.class)
        .hasMessage("expected a number below 2^8, found a larger one");
    assertThatThrownBy(() -> DecimalDigits.decode("x65536", 1, 6))
        .hasMessage("expected a number below 2^16, found a larger one")
        .extracting(e -> ((TagDecodingException) e).index())
        .isEqualTo(1);
    String max103 = BigInteger.ONE.shiftLeft(824).subtract(BigInteger.ONE).toString();
    assertThat(DecimalDigits.decode(max103, 0, 249)).containsOnly((byte) 0xFF);
    assertThatThrownBy(() -> DecimalDigits.decode("9".repeat(249), 0, 249))
        .hasMessage("expected a number below 2^824, found a larger one");
  }

  @Test
  void decode_refusesADigitCountNoByteCountHas_andNonDigits() {
    assertThatThrownBy(() -> DecimalDigits.decode("1234", 0, 4))
        .hasMessage("expected a digit count that carries whole bytes, found 4");
    assertThatThrownBy(() -> DecimalDigits.decode("", 0, 0))
        .hasMessage("expected a digit count that carries whole bytes, found 0");
    assertThatThrownBy(() -> DecimalDigits.decode("P/12a", 2, 5))
        .hasMessage("expected a decimal digit, found 'a'")
        .extracting(e -> ((TagDecodingException) e).index())
        .isEqualTo(4);
    assertThatThrownBy(() -> DecimalDigits.decode("１２３", 0, 3))
        .hasMessage("expected a decimal digit, found '１'");
  }

  static Stream<byte[]> randomBytes() {
    Random random = new Random(10);
    return IntStream.range(0, 400).mapToObj(i -> {
      byte[] bytes = new byte[1 + random.nextInt(i < 200 ? 20 : 400)];
      random.nextBytes(bytes);
      if (i % 7 == 0) {
        bytes[0] = 0; // leading zeros must survive
      }
      return bytes;
    });
  }

  @ParameterizedTest
  @MethodSource("randomBytes")
  void encode_isTheBigEndianNumberInDecimal_andDecodeReadsItBack(byte[] bytes) {
    String digits = DecimalDigits.encode(bytes);
    String expected = new BigInteger(1, bytes).toString();
    assertThat(digits)
        .hasSize(DecimalDigits.digitCount(bytes.length))
        .isEqualTo("0".repeat(digits.length() - expected.length()) + expected);
    assertThat(DecimalDigits.decode(digits, 0, digits.length())).isEqualTo(bytes);
  }

  static Stream<String> randomDigits() {
    Random random = new Random(1010);
    return IntStream.range(0, 500).mapToObj(i -> {
      int length = random.nextInt(300);
      StringBuilder sb = new StringBuilder(length);
      for (int k = 0; k < length; k++) {
        sb.append(random.nextInt(50) == 0 ? 'x' : (char) ('0' + random.nextInt(10)));
      }
      return sb.toString();
    });
  }

  @ParameterizedTest
  @MethodSource("randomDigits")
  void decode_ofRandomDigits_agreesWithBigInteger(String text) {
    int n = DecimalDigits.byteCountOf(text.length());
    boolean valid = n >= 0
        && text.chars().allMatch(c -> c >= '0' && c <= '9')
        && new BigInteger(text).bitLength() <= 8 * n;
    if (valid) {
      byte[] bytes = DecimalDigits.decode(text, 0, text.length());
      assertThat(new BigInteger(1, bytes)).isEqualTo(new BigInteger(text));
      assertThat(DecimalDigits.encode(bytes)).isEqualTo(text);
    } else {
      assertThatThrownBy(() -> DecimalDigits.decode(text, 0, text.length()))
          .isInstanceOf(TagDecodingException.class);
    }
  }
}
