package io.github.craftmark.provenance.internal.cbor;

import static io.github.craftmark.provenance.testing.ProvenanceFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CborWriterTest {

  /** RFC 8949 Appendix A examples for the types the writer supports. */
  static Stream<Arguments> integers() {
    return Stream.of(
        Arguments.of(0L, "00"),
        Arguments.of(1L, "01"),
        Arguments.of(10L, "0a"),
        Arguments.of(23L, "17"),
        Arguments.of(24L, "1818"),
        Arguments.of(25L, "1819"),
        Arguments.of(100L, "1864"),
        Arguments.of(1000L, "1903e8"),
        Arguments.of(1000000L, "1a000f4240"),
        Arguments.of(1000000000000L, "1b000000e8d4a51000"),
        Arguments.of(Long.MAX_VALUE, "1b7fffffffffffffff"),
        Arguments.of(-1L, "20"),
        Arguments.of(-10L, "29"),
        Arguments.of(-100L, "3863"),
        Arguments.of(-1000L, "3903e7"),
        Arguments.of(Long.MIN_VALUE, "3b7fffffffffffffff"));
  }

  @ParameterizedTest
  @MethodSource("integers")
  void writeInt_usesTheShortestForm(long value, String expected) {
    assertThat(hex(new CborWriter().writeInt(value).toByteArray())).isEqualTo(expected);
  }

  @Test
  void writeUnsigned_atEachHeadBoundary_usesTheShortestForm() {
    assertThat(hex(new CborWriter().writeUnsigned(255).toByteArray())).isEqualTo("18ff");
    assertThat(hex(new CborWriter().writeUnsigned(256).toByteArray())).isEqualTo("190100");
    assertThat(hex(new CborWriter().writeUnsigned(65535).toByteArray())).isEqualTo("19ffff");
    assertThat(hex(new CborWriter().writeUnsigned(65536).toByteArray())).isEqualTo("1a00010000");
    assertThat(hex(new CborWriter().writeUnsigned(4294967295L).toByteArray()))
        .isEqualTo("1affffffff");
    assertThat(hex(new CborWriter().writeUnsigned(4294967296L).toByteArray()))
        .isEqualTo("1b0000000100000000");
  }

  @Test
  void writeUnsigned_whenNegative_isRejected() {
    assertThatThrownBy(() -> new CborWriter().writeUnsigned(-1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("value must not be negative: -1");
  }

  @Test
  void writeText_encodesUtf8() {
    assertThat(hex(new CborWriter().writeText("").toByteArray())).isEqualTo("60");
    assertThat(hex(new CborWriter().writeText("a").toByteArray())).isEqualTo("6161");
    assertThat(hex(new CborWriter().writeText("IETF").toByteArray())).isEqualTo("6449455446");
    assertThat(hex(new CborWriter().writeText("\"\\").toByteArray())).isEqualTo("62225c");
    assertThat(hex(new CborWriter().writeText("\u00fc").toByteArray())).isEqualTo("62c3bc");
    assertThat(hex(new CborWriter().writeText("\u6c34").toByteArray())).isEqualTo("63e6b0b4");
    assertThat(hex(new CborWriter().writeText("\ud800\udd51").toByteArray()))
        .isEqualTo("64f0908591");
    assertThat(hex(new CborWriter().writeText("Bát Tràng").toByteArray()))
        .isEqualTo("6b42c3a174205472c3a06e67");
  }

  @Test
  void writeText_whenUnpairedSurrogate_isRejected() {
    assertThatThrownBy(() -> new CborWriter().writeText("a\ud800b"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("text must not contain an unpaired surrogate (at index 1)");
    assertThatThrownBy(() -> new CborWriter().writeText("\udc00"))
        .hasMessage("text must not contain an unpaired surrogate (at index 0)");
  }

  @Test
  void writeBytes_andContainers_matchRfc8949Examples() {
    assertThat(hex(new CborWriter().writeBytes(new byte[0]).toByteArray())).isEqualTo("40");
    assertThat(hex(new CborWriter().writeBytes(new byte[] {1, 2, 3, 4}).toByteArray()))
        .isEqualTo("4401020304");
    assertThat(hex(new CborWriter().writeArrayHeader(0).toByteArray())).isEqualTo("80");
    assertThat(hex(new CborWriter()
            .writeArrayHeader(3)
            .writeInt(1)
            .writeArrayHeader(2)
            .writeInt(2)
            .writeInt(3)
            .writeArrayHeader(2)
            .writeInt(4)
            .writeInt(5)
            .toByteArray()))
        .isEqualTo("8301820203820405");
    assertThat(hex(new CborWriter()
            .writeMapHeader(2)
            .writeInt(1)
            .writeInt(2)
            .writeInt(3)
            .writeInt(4)
            .toByteArray()))
        .isEqualTo("a201020304");
    CborWriter array25 = new CborWriter().writeArrayHeader(25);
    for (int i = 1; i <= 25; i++) {
      array25.writeInt(i);
    }
    assertThat(hex(array25.toByteArray()))
        .isEqualTo("98190102030405060708090a0b0c0d0e0f101112131415161718181819");
  }

  @Test
  void writeTagBooleanNull_matchRfc8949Examples() {
    assertThat(hex(new CborWriter().writeBoolean(false).toByteArray())).isEqualTo("f4");
    assertThat(hex(new CborWriter().writeBoolean(true).toByteArray())).isEqualTo("f5");
    assertThat(hex(new CborWriter().writeNull().toByteArray())).isEqualTo("f6");
    assertThat(hex(new CborWriter().writeTag(1).writeInt(1363896240).toByteArray()))
        .isEqualTo("c11a514b67b0");
    assertThat(hex(
            new CborWriter().writeTag(23).writeBytes(new byte[] {1, 2, 3, 4}).toByteArray()))
        .isEqualTo("d74401020304");
    assertThat(hex(
            new CborWriter().writeTag(32).writeText("http://www.example.com").toByteArray()))
        .isEqualTo("d82076687474703a2f2f7777772e6578616d706c652e636f6d");
  }

  @Test
  void writeEncoded_appendsBytesAsTheyAre() {
    byte[] entries = ProvenanceFixtures.hex("0102 0304");
    assertThat(hex(new CborWriter().writeMapHeader(2).writeEncoded(entries).toByteArray()))
        .isEqualTo("a201020304");
    assertThat(hex(new CborWriter().writeEncoded(entries, 2, 2).toByteArray())).isEqualTo("0304");
    assertThatThrownBy(() -> new CborWriter().writeEncoded(entries, 3, 2))
        .hasMessage("range offset 3 and length 2 must lie within the array of 4 bytes");
  }

  @Test
  void writer_growsPastItsInitialCapacity_andResets() {
    CborWriter writer = new CborWriter(0);
    byte[] big = new byte[1000];
    new Random(7).nextBytes(big);
    writer.writeBytes(big);
    assertThat(writer.size()).isEqualTo(1003);
    byte[] out = writer.toByteArray();
    assertThat(hex(out).substring(0, 6)).isEqualTo("5903e8");
    assertThat(java.util.Arrays.copyOfRange(out, 3, 1003)).isEqualTo(big);
    writer.reset().writeInt(5);
    assertThat(hex(writer.toByteArray())).isEqualTo("05");
  }

  @Test
  void headLength_matchesWhatIsWritten() {
    LongStream.of(0, 23, 24, 255, 256, 65535, 65536, 4294967295L, 4294967296L, Long.MAX_VALUE)
        .forEach(v -> assertThat(CborWriter.headLength(v))
            .as("head length of %d", v)
            .isEqualTo(new CborWriter().writeUnsigned(v).size()));
  }
}
