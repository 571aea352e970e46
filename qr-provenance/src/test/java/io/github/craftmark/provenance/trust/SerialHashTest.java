package io.github.craftmark.provenance.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SerialHashTest {
  @Test
  void compute_isTheFirst16BytesOfSha256() {
    // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad (FIPS
    // 180-2).
    SerialHash hash = SerialHash.compute("abc".getBytes(StandardCharsets.US_ASCII));

    assertThat(hash.toHex()).isEqualTo("ba7816bf8f01cfea414140de5dae2223");
    assertThat(hash).hasToString("ba7816bf8f01cfea414140de5dae2223");
  }

  static Stream<byte[]> randomBytes() {
    Random random = new Random(16);
    return IntStream.range(0, 50).mapToObj(i -> {
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      return bytes;
    });
  }

  @ParameterizedTest
  @MethodSource("randomBytes")
  void of_roundTripsAndOrdersAsUnsignedBytes(byte[] bytes) {
    SerialHash hash = SerialHash.of(bytes);
    byte[] other = bytes.clone();
    other[15] ^= (byte) 0x80;
    SerialHash second = SerialHash.of(other);

    assertThat(hash.toBytes()).isEqualTo(bytes);
    assertThat(hash)
        .isEqualTo(SerialHash.of(bytes.clone()))
        .hasSameHashCodeAs(SerialHash.of(bytes));
    assertThat(Integer.signum(hash.compareTo(second)))
        .isEqualTo(Integer.signum(Arrays.compareUnsigned(bytes, other)));
    assertThat(hash.toHex()).isEqualTo(HexFormat.of().formatHex(bytes));
  }

  @Test
  void of_whenNot16Bytes_fails() {
    assertThatThrownBy(() -> SerialHash.of(new byte[15]))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("serialHash length must be 16 bytes: 15");
    assertThatThrownBy(() -> SerialHash.compute(null)).hasMessage("serial must not be null: null");
  }
}
