package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagSerialTest {
  private static final byte[] TEN = HexFormat.of().parseHex("27d0d98ba0d9af0e9b2b");

  @Test
  void toString_isUpperCaseCrockfordBase32() {
    TagSerial serial = TagSerial.of(TEN);
    assertThat(serial.toString()).isEqualTo("4Z8DK2X0V6QGX6SB");
    assertThat(serial.length()).isEqualTo(10);
    assertThat(serial.toBytes()).isEqualTo(TEN);
  }

  @Test
  void parse_acceptsTheTextAsPeopleTypeIt() {
    TagSerial serial = TagSerial.of(TEN);
    assertThat(TagSerial.parse("4Z8DK2X0V6QGX6SB")).isEqualTo(serial);
    assertThat(TagSerial.parse(" 4z8d-k2xo-v6qg-x6sb ")).isEqualTo(serial);
    assertThat(TagSerial.parse("4Z8DK2X0V6QGX6SB").hashCode()).isEqualTo(serial.hashCode());
  }

  @Test
  void parse_whenNotBase32OfEightToSixteenBytes_isRejected() {
    assertThatThrownBy(() -> TagSerial.parse("4Z8DK2X0V6QGX6SU"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "serial must be Crockford base 32 (expected a Crockford base 32 symbol, found 'U'):"
                + " \"4Z8DK2X0V6QGX6SU\"");
    assertThatThrownBy(() -> TagSerial.parse("ZW"))
        .hasMessage("serial must encode 8..16 bytes: \"ZW\"");
    assertThatThrownBy(() -> TagSerial.parse("0000000000001"))
        .hasMessageStartingWith(
            "serial must be Crockford base 32 (expected zero padding bits in the last symbol)");
    assertThatThrownBy(() -> TagSerial.parse(null)).hasMessage("serial must not be null: null");
    assertThatThrownBy(() -> TagSerial.parse("0".repeat(65)))
        .hasMessageStartingWith("serial must be at most 64 characters: ");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 7, 17})
  void of_whenLengthNotEightToSixteen_isRejected(int length) {
    assertThatThrownBy(() -> TagSerial.of(new byte[length]))
        .hasMessage("serial must be 8..16 bytes: " + length);
    assertThatThrownBy(() -> TagSerial.random(new SecureRandom(), length))
        .hasMessage("serial must be 8..16 bytes: " + length);
  }

  @Test
  void of_copiesTheBytes() {
    byte[] bytes = TEN.clone();
    TagSerial serial = TagSerial.of(bytes);
    bytes[0] = 0;
    serial.toBytes()[1] = 0;
    assertThat(serial.toBytes()).isEqualTo(TEN);
    assertThat(serial.hasBytes(TEN)).isTrue();
    assertThat(serial.hasBytes(bytes)).isFalse();
  }

  @Test
  void random_drawsTenBytesFromTheGivenSource() {
    SecureRandom fixed = new SecureRandom() {
      private static final long serialVersionUID = 1L;

      @Override
      public void nextBytes(byte[] bytes) {
        System.arraycopy(TEN, 0, bytes, 0, bytes.length);
      }
    };
    assertThat(TagSerial.random(fixed)).isEqualTo(TagSerial.of(TEN));
    assertThat(TagSerial.random(fixed, 8).toBytes()).hasSize(8);
    assertThatThrownBy(() -> TagSerial.random(null)).hasMessage("random must not be null: null");
  }

  @Test
  void random_givesDistinctSerials() {
    SecureRandom random = new SecureRandom();
    Set<TagSerial> serials = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      serials.add(TagSerial.random(random));
    }
    assertThat(serials).hasSize(1000);
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 9, 10, 11, 12, 13, 14, 15, 16})
  void parse_readsBackEveryLength(int length) {
    TagSerial serial = TagSerial.random(new SecureRandom(), length);
    assertThat(TagSerial.parse(serial.toString())).isEqualTo(serial);
  }
}
