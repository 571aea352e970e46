package io.github.craftmark.provenance.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyIdTest {

  @Test
  void of_keepsTheBytes_andShowsLowerCaseHex() {
    byte[] bytes = HexFormat.of().parseHex("00ff10a0b1c2d3e4");
    KeyId id = KeyId.of(bytes);
    bytes[0] = 7;
    assertThat(id.toBytes()).isEqualTo(HexFormat.of().parseHex("00ff10a0b1c2d3e4"));
    assertThat(id.toHex()).isEqualTo("00ff10a0b1c2d3e4");
    assertThat(id).hasToString("00ff10a0b1c2d3e4");
    assertThat(id.toLong()).isEqualTo(0x00ff10a0b1c2d3e4L);
  }

  @Test
  void equalsAndHashCode_followTheBytes() {
    Random random = new Random(11);
    for (int i = 0; i < 100; i++) {
      byte[] bytes = new byte[8];
      random.nextBytes(bytes);
      KeyId a = KeyId.of(bytes);
      KeyId b = KeyId.parseHex(HexFormat.of().formatHex(bytes).toUpperCase(java.util.Locale.ROOT));
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(KeyId.parseHex(a.toHex())).isEqualTo(a);
      bytes[random.nextInt(8)] ^= 1;
      assertThat(KeyId.of(bytes)).isNotEqualTo(a);
    }
    assertThat(KeyId.parseHex("0000000000000000"))
        .isNotEqualTo(null)
        .isNotEqualTo("0000000000000000");
  }

  @Test
  void ofOffset_andCopyTo_readAndWriteInPlace() {
    byte[] frame = HexFormat.of().parseHex("aa0102030405060708bb");
    KeyId id = KeyId.of(frame, 1);
    assertThat(id.toHex()).isEqualTo("0102030405060708");
    byte[] out = new byte[10];
    id.copyTo(out, 2);
    assertThat(HexFormat.of().formatHex(out)).isEqualTo("00000102030405060708");
    assertThatThrownBy(() -> KeyId.of(frame, 3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("keyId must be 8 bytes within the array (offset 3)");
    assertThatThrownBy(() -> id.copyTo(out, 3))
        .hasMessage("destination must have room for 8 bytes at offset 3");
  }

  @Test
  void of_whenNotEightBytes_isRejected() {
    assertThatThrownBy(() -> KeyId.of(new byte[7]))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("keyId length must be 8 bytes: 7");
    assertThatThrownBy(() -> KeyId.of(null)).hasMessage("keyId length must be 8 bytes: null");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "0102030405060",
        "010203040506070809",
        "01020304050607gg",
        "+102030405060708",
        "０1020304050607"
      })
  void parseHex_whenNotSixteenHexDigits_isRejected(String bad) {
    assertThatThrownBy(() -> KeyId.parseHex(bad))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("keyId must be 16 hex digits: \"" + bad + "\"");
  }
}
