package io.github.craftmark.provenance.internal.cbor;

import static io.github.craftmark.provenance.testing.ProvenanceFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CborReaderTest {
  private static final CborLimits LOOSE = new CborLimits(1 << 20, 16, 1000, 1 << 16, true);

  private static CborReader reader(String hex) {
    return new CborReader(hex(hex), LOOSE);
  }

  @Test
  void readInt_readsEveryIntegerForm() {
    assertThat(readOneInt("00")).isZero();
    assertThat(readOneInt("17")).isEqualTo(23);
    assertThat(readOneInt("1818")).isEqualTo(24);
    assertThat(readOneInt("1903e8")).isEqualTo(1000);
    assertThat(readOneInt("1a000f4240")).isEqualTo(1000000);
    assertThat(readOneInt("1b000000e8d4a51000")).isEqualTo(1000000000000L);
    assertThat(readOneInt("1b7fffffffffffffff")).isEqualTo(Long.MAX_VALUE);
    assertThat(readOneInt("20")).isEqualTo(-1);
    assertThat(readOneInt("3863")).isEqualTo(-100);
    assertThat(readOneInt("3903e7")).isEqualTo(-1000);
    assertThat(readOneInt("3b7fffffffffffffff")).isEqualTo(Long.MIN_VALUE);
  }

  private static long readOneInt(String hex) {
    CborReader reader = reader(hex);
    long value = reader.readInt();
    reader.expectEnd();
    return value;
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of(
            "1b ffffffffffffffff", "integer must fit in a signed 64-bit value at offset 0"),
        Arguments.of(
            "3b ffffffffffffffff", "integer must fit in a signed 64-bit value at offset 0"),
        Arguments.of("1817", "value 23 is not in its shortest form at offset 0"),
        Arguments.of("1900ff", "value 255 is not in its shortest form at offset 0"),
        Arguments.of("1a0000ffff", "value 65535 is not in its shortest form at offset 0"),
        Arguments.of(
            "1b00000000ffffffff", "value 4294967295 is not in its shortest form at offset 0"),
        Arguments.of("1c", "reserved additional information 28 at offset 0"),
        Arguments.of("1d", "reserved additional information 29 at offset 0"),
        Arguments.of("1e", "reserved additional information 30 at offset 0"),
        Arguments.of("1f", "indefinite length is not allowed at offset 0"),
        Arguments.of("5f 41 00 ff", "indefinite length is not allowed at offset 0"),
        Arguments.of("9f ff", "indefinite length is not allowed at offset 0"),
        Arguments.of("bf ff", "indefinite length is not allowed at offset 0"),
        Arguments.of("f9 3c00", "floating-point numbers are not allowed at offset 0"),
        Arguments.of("fa 47c35000", "floating-point numbers are not allowed at offset 0"),
        Arguments.of("fb 3ff199999999999a", "floating-point numbers are not allowed at offset 0"),
        Arguments.of("f7", "simple value 23 is not allowed at offset 0"),
        Arguments.of("f8 ff", "simple value with a one-byte argument is not allowed at offset 0"),
        Arguments.of("ff", "a break outside an indefinite-length item is not allowed at offset 0"),
        Arguments.of("fc", "reserved additional information 28 at offset 0"),
        Arguments.of("19 01", "truncated: the head needs 2 more bytes at offset 0"),
        Arguments.of("", "unexpected end of input at offset 0"),
        Arguments.of("44 0102", "string announces 4 bytes but only 2 follow at offset 0"),
        Arguments.of(
            "5a ffffffff 00", "string must be at most 65536 bytes, found 4294967295 at offset 0"),
        Arguments.of("63 e6b0", "string announces 3 bytes but only 2 follow at offset 0"),
        Arguments.of("62 c0af", "text string is not valid UTF-8 at offset 1"),
        Arguments.of("63 eda080", "text string is not valid UTF-8 at offset 1"),
        Arguments.of("61 ff", "text string is not valid UTF-8 at offset 1"),
        Arguments.of(
            "83 01 02", "array of 3 items needs at least 3 more bytes, found 2 at offset 0"),
        Arguments.of("83 01 02 43", "string announces 3 bytes but only 0 follow at offset 3"),
        Arguments.of(
            "9a 00010000 00", "array must have at most 1000 items, found 65536 at offset 0"),
        Arguments.of(
            "98 20 00", "array of 32 items needs at least 32 more bytes, found 1 at offset 0"),
        Arguments.of("a2 01 02 01 03", "duplicate map key at offset 3"),
        Arguments.of("a2 03 02 01 03", "map keys must be in deterministic order at offset 3"),
        Arguments.of("a2 20 00 01 00", "map keys must be in deterministic order at offset 3"),
        Arguments.of("a2 61 62 00 61 61 00", "map keys must be in deterministic order at offset 4"),
        Arguments.of("a2 18 18 00 17 00", "map keys must be in deterministic order at offset 4"),
        Arguments.of("00 00", "unexpected bytes after the data item at offset 1"),
        Arguments.of("a1 01", "map of 1 entries needs at least 2 more bytes, found 1 at offset 0"),
        Arguments.of("82 41 00", "unexpected end of input at offset 3"));
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void skip_whenInputBreaksARule_isRejectedWithItsOffset(String hex, String message) {
    assertThatThrownBy(() -> {
          CborReader reader = reader(hex);
          reader.skip();
          reader.expectEnd();
        })
        .isInstanceOf(CborException.class)
        .hasMessage(message);
  }

  @Test
  void readMap_inDeterministicOrder_isAccepted() {
    // {0: 1, 1: h'0102', 5: "L01", 23: 0, 24: 0, -1: true} in RFC 8949 §4.2.1 order.
    CborReader reader = reader("a6 00 01 01 42 0102 05 63 4c3031 17 00 1818 00 20 f5");
    assertThat(reader.peekType()).isEqualTo(CborType.MAP);
    assertThat(reader.readMapHeader()).isEqualTo(6);
    assertThat(reader.readInt()).isZero();
    assertThat(reader.readUnsigned()).isEqualTo(1);
    assertThat(reader.readUnsigned()).isEqualTo(1);
    assertThat(reader.readBytes()).containsExactly(1, 2);
    assertThat(reader.readInt()).isEqualTo(5);
    assertThat(reader.readText()).isEqualTo("L01");
    assertThat(reader.readInt()).isEqualTo(23);
    assertThat(reader.readInt()).isZero();
    assertThat(reader.readInt()).isEqualTo(24);
    assertThat(reader.readInt()).isZero();
    assertThat(reader.depth()).isEqualTo(1);
    assertThat(reader.readInt()).isEqualTo(-1);
    assertThat(reader.peekType()).isEqualTo(CborType.BOOLEAN);
    assertThat(reader.readBoolean()).isTrue();
    assertThat(reader.depth()).isZero();
    reader.expectEnd();
  }

  @Test
  void readMap_withUnsortedKeys_isAcceptedWhenOrderIsNotRequired() {
    CborReader reader = new CborReader(hex("a2 03 02 01 03"), LOOSE.withSortedMapKeys(false));
    reader.skip();
    reader.expectEnd();
  }

  @Test
  void readMap_withContainerKeys_comparesTheirWholeEncodings() {
    // Keys [1, 2] then [1, 3]: sorted by encoded bytes; the reverse is rejected at the second key.
    CborReader sorted = reader("a2 820102 00 820103 00");
    sorted.skip();
    sorted.expectEnd();
    assertThatThrownBy(() -> reader("a2 820103 00 820102 00").skip())
        .hasMessage("map keys must be in deterministic order at offset 5");
  }

  @Test
  void keysOfNestedMaps_areCheckedPerMap() {
    // {1: {2: 0, 3: 0}, 2: {1: 0}}: the inner key 1 follows the outer key 2, which is fine.
    CborReader reader = reader("a2 01 a2 02 00 03 00 02 a1 01 00");
    reader.skip();
    reader.expectEnd();
  }

  @Test
  void readTag_wrapsTheNextItem() {
    CborReader reader = reader("d2 84 40 a0 f6 40");
    assertThat(reader.peekType()).isEqualTo(CborType.TAG);
    assertThat(reader.readTag()).isEqualTo(18);
    assertThat(reader.readArrayHeader()).isEqualTo(4);
    assertThat(reader.depth()).isEqualTo(2);
    assertThat(reader.readBytes()).isEmpty();
    assertThat(reader.readMapHeader()).isZero();
    assertThat(reader.peekType()).isEqualTo(CborType.NULL);
    reader.readNull();
    assertThat(reader.readBytes()).isEmpty();
    reader.expectEnd();
  }

  @Test
  void depth_beyondTheLimit_isRejected() {
    CborLimits two = LOOSE.withMaxDepth(2);
    CborReader ok = new CborReader(hex("81 81 00"), two);
    ok.skip();
    ok.expectEnd();
    CborReader emptyAtLimit = new CborReader(hex("81 80"), two);
    emptyAtLimit.skip();
    assertThatThrownBy(() -> new CborReader(hex("81 81 81 00"), two).skip())
        .isInstanceOf(CborException.class)
        .hasMessage("nesting must be at most 2 deep at offset 2");
    assertThatThrownBy(() -> new CborReader(hex("81 81 80"), two).skip())
        .hasMessage("nesting must be at most 2 deep at offset 2");
    assertThatThrownBy(() -> new CborReader(hex("c1 81 c1 00"), two).skip())
        .hasMessage("nesting must be at most 2 deep at offset 2");
  }

  @Test
  void deeplyNestedHostileInput_failsAtTheDepthLimit() {
    byte[] nested = new byte[100_000];
    java.util.Arrays.fill(nested, (byte) 0x81);
    assertThatThrownBy(() -> new CborReader(nested, LOOSE.withMaxInputBytes(100_000)).skip())
        .hasMessage("nesting must be at most 16 deep at offset 16");
  }

  @Test
  void input_longerThanTheLimit_isRejectedBeforeReading() {
    assertThatThrownBy(() -> new CborReader(new byte[417], CborLimits.TAG))
        .isInstanceOf(CborException.class)
        .hasMessage("input must be at most 416 bytes, found 417 at offset 0");
  }

  @Test
  void strings_longerThanTheLimit_areRejected() {
    CborLimits small = LOOSE.withMaxStringBytes(3);
    assertThat(new CborReader(hex("43 010203"), small).readBytes()).containsExactly(1, 2, 3);
    assertThatThrownBy(() -> new CborReader(hex("44 01020304"), small).readBytes())
        .hasMessage("string must be at most 3 bytes, found 4 at offset 0");
    assertThatThrownBy(() -> new CborReader(hex("64 61626364"), small).readText())
        .hasMessage("string must be at most 3 bytes, found 4 at offset 0");
  }

  @Test
  void maps_withMoreEntriesThanTheLimit_areRejected() {
    CborLimits one = LOOSE.withMaxItems(1);
    assertThat(new CborReader(hex("a1 01 02"), one).readMapHeader()).isEqualTo(1);
    assertThatThrownBy(() -> new CborReader(hex("a2 01 02 03 04"), one).readMapHeader())
        .hasMessage("map must have at most 1 entries, found 2 at offset 0");
  }

  @Test
  void readText_decodesUtf8() {
    assertThat(reader("6b 42c3a174205472c3a06e67").readText()).isEqualTo("Bát Tràng");
    assertThat(reader("64 f0908591").readText()).isEqualTo("\ud800\udd51");
  }

  @Test
  void typedReads_whenTheTypeDiffers_sayWhatWasExpected() {
    assertThatThrownBy(() -> reader("20").readUnsigned())
        .hasMessage(
            "expected an unsigned integer, found major type 1 (initial byte 0x20) at offset 0");
    assertThatThrownBy(() -> reader("40").readInt())
        .hasMessage("expected an integer, found major type 2 (initial byte 0x40) at offset 0");
    assertThatThrownBy(() -> reader("60").readBytes())
        .hasMessage("expected a byte string, found major type 3 (initial byte 0x60) at offset 0");
    assertThatThrownBy(() -> reader("40").readText())
        .hasMessage("expected a text string, found major type 2 (initial byte 0x40) at offset 0");
    assertThatThrownBy(() -> reader("a0").readArrayHeader())
        .hasMessage("expected an array, found major type 5 (initial byte 0xa0) at offset 0");
    assertThatThrownBy(() -> reader("80").readMapHeader())
        .hasMessage("expected a map, found major type 4 (initial byte 0x80) at offset 0");
    assertThatThrownBy(() -> reader("00").readTag())
        .hasMessage("expected a tag, found major type 0 (initial byte 0x00) at offset 0");
    assertThatThrownBy(() -> reader("f6").readBoolean())
        .hasMessage("expected a boolean, found major type 7 (initial byte 0xf6) at offset 0");
    assertThatThrownBy(() -> reader("f4").readNull())
        .hasMessage("expected null, found major type 7 (initial byte 0xf4) at offset 0");
    assertThatThrownBy(() -> reader("05").readInt(0, 4))
        .hasMessage("integer must be 0..4, found 5 at offset 0");
  }

  @Test
  void expectEnd_whenAContainerIsNotFinished_isRejected() {
    CborReader reader = reader("82 01 02");
    reader.readArrayHeader();
    reader.readInt();
    assertThatThrownBy(reader::expectEnd)
        .hasMessage("container not read to its end (1 items left) at offset 2");
    CborReader empty = reader("");
    assertThatThrownBy(empty::expectEnd)
        .hasMessage("expected a data item, found the end of the input at offset 0");
  }

  @Test
  void readAfterTheItem_isRejected() {
    CborReader reader = reader("01");
    reader.readInt();
    assertThatThrownBy(reader::readInt).hasMessage("the data item was read already at offset 1");
  }

  @Test
  void readerOverPartOfAnArray_readsOnlyThatPart() {
    byte[] framed = hex("ff 8201 02 ff");
    CborReader reader = new CborReader(framed, 1, 3, LOOSE);
    reader.skip();
    assertThat(reader.offset()).isEqualTo(4);
    reader.expectEnd();
  }

  static Stream<Arguments> roundTrips() {
    Random random = new Random(20240611);
    return IntStream.range(0, 200).mapToObj(i -> Arguments.of(random.nextLong()));
  }

  @ParameterizedTest
  @MethodSource("roundTrips")
  void writtenThenRead_givesTheSameValues(long seed) {
    Random random = new Random(seed);
    long number = random.nextLong() >> random.nextInt(64);
    byte[] data = new byte[random.nextInt(300)];
    random.nextBytes(data);
    String text = randomText(random);
    byte[] encoded = new CborWriter()
        .writeTag(18)
        .writeArrayHeader(4)
        .writeInt(number)
        .writeBytes(data)
        .writeText(text)
        .writeMapHeader(2)
        .writeUnsigned(1)
        .writeBoolean(true)
        .writeInt(-1)
        .writeNull()
        .toByteArray();
    CborReader reader = new CborReader(encoded, LOOSE);
    assertThat(reader.readTag()).isEqualTo(18);
    assertThat(reader.readArrayHeader()).isEqualTo(4);
    assertThat(reader.readInt()).isEqualTo(number);
    assertThat(reader.readBytes()).isEqualTo(data);
    assertThat(reader.readText()).isEqualTo(text);
    assertThat(reader.readMapHeader()).isEqualTo(2);
    assertThat(reader.readUnsigned()).isEqualTo(1);
    assertThat(reader.readBoolean()).isTrue();
    assertThat(reader.readInt()).isEqualTo(-1);
    reader.readNull();
    reader.expectEnd();
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      int codePoint;
      do {
        codePoint = random.nextBoolean() ? 0x20 + random.nextInt(0x2000) : random.nextInt(0x110000);
      } while (Character.getType(codePoint) == Character.SURROGATE);
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }
}
