package io.github.craftmark.provenance.internal.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.qrcode.decoder.Version;
import org.junit.jupiter.api.Test;

class QrTablesTest {

  @Test
  void alignmentPositions_matchZxingForEveryVersion() {
    for (int version = 1; version <= 40; version++) {
      assertThat(QrTables.alignmentPositions(version))
          .as("version %d", version)
          .containsExactly(Version.getVersionForNumber(version).getAlignmentPatternCenters());
    }
  }

  @Test
  void totalCodewords_matchZxingAndTheLayoutForEveryVersion() {
    for (int version = 1; version <= 40; version++) {
      assertThat(QrTables.totalCodewords(version))
          .as("version %d", version)
          .isEqualTo(Version.getVersionForNumber(version).getTotalCodewords());
      assertThat(VersionLayout.of(version).rowPos).hasSize(QrTables.dataModules(version));
    }
    assertThat(QrTables.totalCodewords(7)).isEqualTo(196);
    assertThat(QrTables.dataCodewords(7, 1)).isEqualTo(124);
    assertThat(QrTables.dataCodewords(40, 0)).isEqualTo(2956);
  }

  @Test
  void formatBits_knownValuesOfTheStandard() {
    // Level M (00) with mask 0 is all zero before the XOR mask 101010000010010.
    assertThat(QrTables.formatBits(1, 0)).isEqualTo(0b101010000010010);
    assertThat(QrTables.formatBits(0, 0)).isEqualTo(0b111011111000100);
  }

  @Test
  void formatBits_everyLevelAndMask_isACodewordOfTheBchCode() {
    int[] levelBits = {1, 0, 3, 2};
    for (int level = 0; level < 4; level++) {
      for (int mask = 0; mask < 8; mask++) {
        int unmasked = QrTables.formatBits(level, mask) ^ 0x5412;
        assertThat(unmasked >>> 10).isEqualTo(levelBits[level] << 3 | mask);
        assertThat(remainder(unmasked, 0x537, 10)).isZero();
      }
    }
  }

  private static int remainder(int value, int generator, int degree) {
    for (int bit = 30; bit >= degree; bit--) {
      if ((value >>> bit & 1) != 0) {
        value ^= generator << (bit - degree);
      }
    }
    return value;
  }

  @Test
  void versionBits_knownValuesOfTheStandard() {
    assertThat(QrTables.versionBits(7)).isEqualTo(0x07C94);
    assertThat(QrTables.versionBits(40)).isEqualTo(0x28C69);
  }

  @Test
  void alphanumericValue_coversTheFortyFiveCharacters() {
    String set = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    for (int i = 0; i < set.length(); i++) {
      assertThat(QrTables.alphanumericValue(set.charAt(i))).isEqualTo(i);
    }
    assertThat(QrTables.alphanumericValue('a')).isEqualTo(-1);
    assertThat(QrTables.alphanumericValue('?')).isEqualTo(-1);
    assertThat(QrTables.alphanumericValue('é')).isEqualTo(-1);
  }
}
