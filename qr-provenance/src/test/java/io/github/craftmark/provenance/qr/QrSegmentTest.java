package io.github.craftmark.provenance.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QrSegmentTest {

  @Test
  void of_picksTheDensestMode() {
    assertThat(QrSegment.of("0123").mode()).isEqualTo(QrMode.NUMERIC);
    assertThat(QrSegment.of("HTTPS://BATTRANG.VN/T/1").mode()).isEqualTo(QrMode.ALPHANUMERIC);
    assertThat(QrSegment.of("https://battrang.vn").mode()).isEqualTo(QrMode.BYTE);
    assertThat(QrSegment.of("Gốm").mode()).isEqualTo(QrMode.BYTE);
  }

  @Test
  void bitLength_followsTheStandardsPacking() {
    // 4-bit mode, count, then 10 bits per 3 digits and 4 or 7 for the rest.
    assertThat(QrSegment.numeric("1").bitLength(1)).isEqualTo(4 + 10 + 4);
    assertThat(QrSegment.numeric("12").bitLength(1)).isEqualTo(4 + 10 + 7);
    assertThat(QrSegment.numeric("123").bitLength(1)).isEqualTo(4 + 10 + 10);
    // 11 bits per pair, 6 for a last character.
    assertThat(QrSegment.alphanumeric("AB1").bitLength(1)).isEqualTo(4 + 9 + 11 + 6);
    assertThat(QrSegment.bytes("ab").bitLength(10)).isEqualTo(4 + 16 + 16);
    // ECI 26 (4 + 8 bits) before non-ASCII text; "ố" is 3 UTF-8 bytes.
    assertThat(QrSegment.bytes("Gốm").bitLength(1)).isEqualTo(12 + 4 + 8 + 8 * 5);
  }

  @Test
  void tagPayload_bitLengthIsTheDesignsFigure() {
    String digits = QrTestTexts.digits(new Random(1), 250);

    assertThat(QrSegment.alphanumeric(QrTestTexts.TAG_PREFIX).bitLength(7)).isEqualTo(134);
    assertThat(QrSegment.numeric(digits).bitLength(7)).isEqualTo(848);
  }

  @Test
  void characterCount_isUtf8BytesInByteMode() {
    assertThat(QrSegment.bytes("Bát Tràng").characterCount()).isEqualTo(11);
    assertThat(QrSegment.bytes("😀").characterCount()).isEqualTo(4);
    assertThat(QrSegment.numeric("00012").characterCount()).isEqualTo(5);
    assertThat(QrSegment.bytes("abc").hasUtf8Eci()).isFalse();
    assertThat(QrSegment.bytes("Bát").hasUtf8Eci()).isTrue();
    assertThat(QrSegment.alphanumeric("ABC").hasUtf8Eci()).isFalse();
  }

  @Test
  void constructor_textTheModeCannotHold_isRejected() {
    assertThatThrownBy(() -> QrSegment.numeric("12 3"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("text must be only digits 0-9 in numeric mode: \"12 3\"");
    assertThatThrownBy(() -> QrSegment.alphanumeric("https://x"))
        .hasMessage("text must be only 0-9, A-Z, space and $%*+-./: in alphanumeric mode:"
            + " \"https://x\"");
    assertThatThrownBy(() -> QrSegment.bytes("a\uD800b"))
        .hasMessage("text must not have an unpaired surrogate: \"a\uD800b\"");
    assertThatThrownBy(() -> QrSegment.bytes("\uDC00"))
        .hasMessage("text must not have an unpaired surrogate: \"\uDC00\"");
    assertThatThrownBy(() -> new QrSegment(null, "1")).hasMessage("mode must not be null: null");
    assertThatThrownBy(() -> QrSegment.numeric(null)).hasMessage("text must not be null: null");
    assertThatThrownBy(() -> QrSegment.of("")).hasMessage("text must be 1..7089 characters: \"\"");
  }

  @Test
  void constructor_tooLong_isRejected() {
    assertThat(QrSegment.numeric("1".repeat(7089)).characterCount()).isEqualTo(7089);
    assertThatThrownBy(() -> QrSegment.numeric("1".repeat(7090)))
        .hasMessageStartingWith("text must be 1..7089 characters: \"1111");
    assertThatThrownBy(() -> QrSegment.bytes("ồ".repeat(1000)))
        .hasMessageStartingWith("text must be at most 2953 UTF-8 bytes in byte mode: ");
  }

  @Test
  void isAlphanumeric_excludesLowerCaseAndQueryCharacters() {
    assertThat(QrSegment.isAlphanumeric("HTTPS://BATTRANG.VN/T/")).isTrue();
    assertThat(QrSegment.isAlphanumeric("HTTPS://X.VN/?A=1")).isFalse();
    assertThat(QrSegment.isAlphanumeric("x")).isFalse();
    assertThat(QrSegment.isAlphanumeric("")).isTrue();
    assertThat(QrSegment.isNumeric("0123456789")).isTrue();
    assertThat(QrSegment.isNumeric("٣")).isFalse();
  }
}
