package io.github.craftmark.provenance.qr;

import static io.github.craftmark.provenance.qr.QrTestTexts.TAG_PREFIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.QRCode;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class QrCodeTest {

  /** Every version, level and single mode, with a text long enough to need that version. */
  static Stream<Arguments> everyVersionLevelAndMode() {
    Random random = new Random(18004);
    List<Arguments> cases = new ArrayList<>();
    for (int version = 1; version <= 40; version++) {
      for (ErrorCorrection level : ErrorCorrection.values()) {
        for (QrMode mode : QrMode.values()) {
          int max = QrTestTexts.maxCharacters(mode, version, level);
          int min = version == 1 ? 1 : QrTestTexts.maxCharacters(mode, version - 1, level) + 1;
          int n = min + random.nextInt(Math.max(1, max - min + 1));
          String text =
              switch (mode) {
                case NUMERIC -> QrTestTexts.digits(random, n);
                case ALPHANUMERIC -> QrTestTexts.alphanumeric(random, n);
                case BYTE -> QrTestTexts.ascii(random, n);
              };
          cases.add(Arguments.of(version, level, mode, text, (version * 3 + level.ordinal()) % 8));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "version {0} level {2} {1}")
  @MethodSource("everyVersionLevelAndMode")
  void encodeSegments_withFixedVersionAndMask_equalsZxingModuleForModule(
      int version, ErrorCorrection level, QrMode mode, String text, int mask) {
    QrCode ours = QrCode.encodeSegments(
        List.of(new QrSegment(mode, text)),
        QrEncodeOptions.of(level).withVersionRange(version, version).withMask(mask));
    QRCode theirs = ZxingReference.encode(text, level, version, mask);

    assertThat(ours.version()).isEqualTo(version);
    assertThat(ours.mask()).isEqualTo(mask);
    assertThat(theirs.getMode().name()).isEqualTo(mode == QrMode.BYTE ? "BYTE" : mode.name());
    assertThat(ZxingReference.picture(ours)).isEqualTo(ZxingReference.picture(theirs.getMatrix()));
  }

  /** Every version and level, the mode taking turns: ZXing's mask search is slow for large ones. */
  static Stream<Arguments> everyVersionAndLevel() {
    return everyVersionLevelAndMode()
        .filter(a -> ((int) a.get()[0] + ((ErrorCorrection) a.get()[1]).ordinal()) % 3
            == ((QrMode) a.get()[2]).ordinal());
  }

  @ParameterizedTest(name = "version {0} level {2} {1}")
  @MethodSource("everyVersionAndLevel")
  void encodeText_choosesTheSmallestVersionAndTheSameMaskAsZxing(
      int version, ErrorCorrection level, QrMode mode, String text, int unusedMask) {
    QrCode ours = QrCode.encodeText(text, level);
    QRCode theirs = ZxingReference.encode(text, level, -1, -1);

    assertThat(ours.segments()).containsExactly(new QrSegment(mode, text));
    assertThat(ours.version()).isEqualTo(version).isEqualTo(theirs.getVersion().getVersionNumber());
    assertThat(ours.mask()).isEqualTo(theirs.getMaskPattern());
    assertThat(ZxingReference.picture(ours)).isEqualTo(ZxingReference.picture(theirs.getMatrix()));
  }

  @ParameterizedTest
  @EnumSource(ErrorCorrection.class)
  void dataCapacityBits_matchesZxingBlockTables(ErrorCorrection level) {
    for (int version = 1; version <= 40; version++) {
      Version zxing = Version.getVersionForNumber(version);
      Version.ECBlocks blocks = zxing.getECBlocksForLevel(ZxingReference.level(level));
      int dataCodewords = zxing.getTotalCodewords() - blocks.getTotalECCodewords();
      assertThat(QrCode.dataCapacityBits(version, level))
          .as("version %d", version)
          .isEqualTo(8 * dataCodewords);
    }
  }

  static Stream<Arguments> mixedSegments() {
    Random random = new Random(7);
    List<Arguments> cases = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      String prefix = QrTestTexts.urlPrefix(random);
      String digits = QrTestTexts.digits(random, 1 + random.nextInt(i < 100 ? 400 : 3000));
      cases.add(Arguments.of(prefix, digits, ErrorCorrection.values()[i % 4]));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "[{index}] {2} {0}")
  @MethodSource("mixedSegments")
  void encode_prefixAndDigits_isReadByZxingAsTheJoinedText(
      String prefix, String digits, ErrorCorrection level) {
    QrCode code = QrCode.encode(prefix, digits, level);

    assertThat(code.segments())
        .containsExactly(QrSegment.alphanumeric(prefix), QrSegment.numeric(digits));
    assertThat(code.text()).isEqualTo(prefix + digits);
    assertThat(code.version())
        .isEqualTo(QrCode.requiredVersion(prefix, digits, level).getAsInt());
    assertThat(code.dataBits())
        .isEqualTo(QrCode.bitLength(code.segments(), code.version()))
        .isLessThanOrEqualTo(QrCode.dataCapacityBits(code.version(), level));
    if (code.version() > 1) {
      assertThat(QrCode.bitLength(code.segments(), code.version() - 1))
          .isGreaterThan(QrCode.dataCapacityBits(code.version() - 1, level));
    }
    assertThat(ZxingReference.decodeMatrix(code)).isEqualTo(prefix + digits);
  }

  @Test
  void encode_tagWith250Digits_needsVersion7AtLevelM() {
    String digits = QrTestTexts.digits(new Random(250), 250);

    QrCode code = QrCode.encode(TAG_PREFIX, digits, ErrorCorrection.M);

    assertThat(code.version()).isEqualTo(7);
    assertThat(code.size()).isEqualTo(45);
    assertThat(code.dataBits()).isEqualTo(982);
    assertThat(QrCode.dataCapacityBits(7, ErrorCorrection.M)).isEqualTo(992);
    assertThat(ZxingReference.decodeMatrix(code)).isEqualTo(TAG_PREFIX + digits);
  }

  @Test
  void requiredVersion_tagWith250Digits_isSixSevenNineElevenAtLMQH() {
    String digits = QrTestTexts.digits(new Random(250), 250);
    Map<ErrorCorrection, Integer> versions = new java.util.EnumMap<>(ErrorCorrection.class);
    for (ErrorCorrection level : ErrorCorrection.values()) {
      versions.put(level, QrCode.requiredVersion(TAG_PREFIX, digits, level).getAsInt());
    }

    assertThat(versions)
        .isEqualTo(Map.of(
            ErrorCorrection.L,
            6,
            ErrorCorrection.M,
            7,
            ErrorCorrection.Q,
            9,
            ErrorCorrection.H,
            11));
  }

  @Test
  void requiredVersion_sameTextInOneAlphanumericSegment_needsVersion10AtLevelM() {
    String digits = QrTestTexts.digits(new Random(250), 250);

    assertThat(QrCode.requiredVersion(
            List.of(QrSegment.alphanumeric(TAG_PREFIX + digits)), ErrorCorrection.M))
        .hasValue(10);
  }

  @Test
  void requiredVersion_whenVersion40IsTooSmall_isEmpty() {
    String digits = QrTestTexts.digits(new Random(1), 7089);

    assertThat(QrCode.requiredVersion("", digits, ErrorCorrection.L)).hasValue(40);
    assertThat(QrCode.requiredVersion("", digits, ErrorCorrection.M)).isEmpty();
  }

  @Test
  void encode_whenTooLongForVersion40_failsNamingCapacityAndBits() {
    String digits = QrTestTexts.digits(new Random(1), 7000);

    assertThatThrownBy(() -> QrCode.encode(TAG_PREFIX, digits, ErrorCorrection.H))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "segments must fit in 10208 data bits (QR version 40 at level H); bits needed: 23490");
  }

  @Test
  void encodeSegments_whenMaxVersionTooSmall_failsNamingThatVersion() {
    String digits = QrTestTexts.digits(new Random(250), 250);
    QrEncodeOptions options = QrEncodeOptions.of(ErrorCorrection.M).withVersionRange(1, 6);
    List<QrSegment> segments =
        List.of(QrSegment.alphanumeric(TAG_PREFIX), QrSegment.numeric(digits));

    assertThatThrownBy(() -> QrCode.encodeSegments(segments, options))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "segments must fit in 864 data bits (QR version 6 at level M); bits needed: 982");
  }

  @Test
  void encodeSegments_withMinimumVersion_usesThatVersionForShortText() {
    QrCode code = QrCode.encodeSegments(
        List.of(QrSegment.alphanumeric("HTTPS://A.VN/T/"), QrSegment.numeric("12")),
        QrEncodeOptions.of(ErrorCorrection.M).withVersionRange(7, 40));

    assertThat(code.version()).isEqualTo(7);
    assertThat(ZxingReference.decodeMatrix(code)).isEqualTo("HTTPS://A.VN/T/12");
  }

  @Test
  void encode_lowerCasePrefix_isRejectedNamingThePrefix() {
    assertThatThrownBy(() -> QrCode.encode("https://battrang.vn/t/", "123", ErrorCorrection.M))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("alphanumericPrefix must be only 0-9, A-Z, space and $%*+-./: (QR"
            + " alphanumeric): \"https://battrang.vn/t/\"");
  }

  @Test
  void encode_nonDigit_isRejectedNamingTheDigits() {
    assertThatThrownBy(() -> QrCode.encode(TAG_PREFIX, "12a4", ErrorCorrection.M))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("digits must be only digits 0-9: \"12a4\"");
  }

  @Test
  void encode_bothEmpty_isRejected() {
    assertThatThrownBy(() -> QrCode.encode("", "", ErrorCorrection.M))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("digits must not be empty when alphanumericPrefix is empty: \"\"");
  }

  @Test
  void encode_emptyPrefixOrDigits_leavesThatSegmentOut() {
    assertThat(QrCode.encode("", "0123", ErrorCorrection.M).segments())
        .containsExactly(QrSegment.numeric("0123"));
    assertThat(QrCode.encode(TAG_PREFIX, "", ErrorCorrection.M).segments())
        .containsExactly(QrSegment.alphanumeric(TAG_PREFIX));
  }

  @Test
  void encode_nullArguments_areRejectedByName() {
    assertThatThrownBy(() -> QrCode.encode(null, "1", ErrorCorrection.M))
        .hasMessage("alphanumericPrefix must not be null: null");
    assertThatThrownBy(() -> QrCode.encode("A", null, ErrorCorrection.M))
        .hasMessage("digits must not be null: null");
    assertThatThrownBy(() -> QrCode.encode("A", "1", null))
        .hasMessage("errorCorrection must not be null: null");
    assertThatThrownBy(() -> QrCode.encodeSegments(List.of(), ErrorCorrection.M))
        .hasMessage("segments must not be empty: []");
    assertThatThrownBy(() -> QrCode.encodeSegments(null, ErrorCorrection.M))
        .hasMessage("segments must not be null: null");
    assertThatThrownBy(() -> QrCode.encodeText("", ErrorCorrection.M))
        .hasMessage("text must be 1..7089 characters: \"\"");
  }

  @Test
  void isDark_outsideTheSymbol_isRejected() {
    QrCode code = QrCode.encodeText("HELLO", ErrorCorrection.M);

    assertThatThrownBy(() -> code.isDark(21, 0)).hasMessage("x must be 0..20: 21");
    assertThatThrownBy(() -> code.isDark(0, -1)).hasMessage("y must be 0..20: -1");
  }

  @Test
  void isDark_finderCorners_areDarkAndSeparatorLight() {
    QrCode code = QrCode.encodeText("HELLO", ErrorCorrection.M);

    assertThat(code.isDark(0, 0)).isTrue();
    assertThat(code.isDark(20, 0)).isTrue();
    assertThat(code.isDark(0, 20)).isTrue();
    assertThat(code.isDark(7, 7)).isFalse();
    assertThat(code.isDark(8, 13)).as("dark module").isTrue();
  }

  @Test
  void version7AndUp_carryVersionInformationZxingReads() {
    for (int version = 7; version <= 40; version += 11) {
      QrCode code = QrCode.encodeSegments(
          List.of(QrSegment.numeric("1234567890")),
          QrEncodeOptions.of(ErrorCorrection.Q).withVersionRange(version, version));
      assertThat(ZxingReference.decodeMatrix(code)).isEqualTo("1234567890");
    }
  }

  @Test
  void encodeText_nonAsciiText_usesByteModeWithUtf8Eci() {
    String text = "Bát Tràng – gốm sứ";

    QrCode code = QrCode.encodeText(text, ErrorCorrection.M);

    assertThat(code.segments()).containsExactly(QrSegment.bytes(text));
    assertThat(ZxingReference.decodeMatrix(code)).isEqualTo(text);
  }

  @Test
  void equals_sameInput_isEqualAndDifferentMaskIsNot() {
    QrCode a = QrCode.encode(TAG_PREFIX, "0123456789", ErrorCorrection.M);
    QrCode b = QrCode.encode(TAG_PREFIX, "0123456789", ErrorCorrection.M);
    QrCode otherMask = QrCode.encodeSegments(
        a.segments(), QrEncodeOptions.of(ErrorCorrection.M).withMask((a.mask() + 1) % 8));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(otherMask);
    assertThat(a.toString())
        .isEqualTo("QrCode[version=2, errorCorrection=M, mask=" + a.mask() + ", size=25]");
  }

  @Test
  void encode_fromManyThreadsAtOnce_givesTheSameSymbolsAsOneThread() throws Exception {
    Random random = new Random(99);
    List<String> digits = new ArrayList<>();
    List<QrCode> expected = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      digits.add(QrTestTexts.digits(random, 1 + random.nextInt(2000)));
      expected.add(QrCode.encode(TAG_PREFIX, digits.get(i), ErrorCorrection.M));
    }
    List<Integer> same = ProvenanceFixtures.onThreadsAtOnce(8, thread -> {
      int count = 0;
      for (int i = 0; i < digits.size(); i++) {
        int k = (i + thread * 8) % digits.size();
        if (QrCode.encode(TAG_PREFIX, digits.get(k), ErrorCorrection.M).equals(expected.get(k))) {
          count++;
        }
      }
      return count;
    });
    assertThat(same).hasSize(8).containsOnly(digits.size());
  }

  @Test
  void bitLength_countWidthsGrowAtVersions10And27() {
    List<QrSegment> segments = List.of(QrSegment.alphanumeric("AB"), QrSegment.numeric("123"));

    assertThat(QrCode.bitLength(segments, 9)).isEqualTo((4 + 9 + 11) + (4 + 10 + 10));
    assertThat(QrCode.bitLength(segments, 10)).isEqualTo((4 + 11 + 11) + (4 + 12 + 10));
    assertThat(QrCode.bitLength(segments, 27)).isEqualTo((4 + 13 + 11) + (4 + 14 + 10));
    assertThatThrownBy(() -> QrCode.bitLength(segments, 41))
        .hasMessage("version must be 1..40: 41");
  }

  @Test
  void dataCapacityBits_badVersion_isRejected() {
    assertThatThrownBy(() -> QrCode.dataCapacityBits(0, ErrorCorrection.M))
        .hasMessage("version must be 1..40: 0");
    assertThat(QrCode.requiredVersion(List.of(QrSegment.numeric("1")), ErrorCorrection.H))
        .isEqualTo(OptionalInt.of(1));
  }
}
