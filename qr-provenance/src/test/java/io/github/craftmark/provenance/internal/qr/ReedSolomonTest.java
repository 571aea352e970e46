package io.github.craftmark.provenance.internal.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.common.reedsolomon.GenericGF;
import com.google.zxing.common.reedsolomon.ReedSolomonEncoder;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReedSolomonTest {

  /** Every error correction length the QR block table uses. */
  private static TreeSet<Integer> eccLengths() {
    TreeSet<Integer> lengths = new TreeSet<>();
    for (int version = 1; version <= 40; version++) {
      for (int level = 0; level < 4; level++) {
        lengths.add(QrTables.eccPerBlock(version, level));
      }
    }
    return lengths;
  }

  @Test
  void encode_everyQrLength_matchesZxingsEncoder() {
    Random random = new Random(255);
    for (int eccLength : eccLengths()) {
      for (int trial = 0; trial < 20; trial++) {
        int dataLength = 1 + random.nextInt(123);
        byte[] data = new byte[dataLength];
        random.nextBytes(data);
        byte[] ours = new byte[eccLength + 3];

        ReedSolomon.encode(data, 0, dataLength, ours, 3, eccLength);

        int[] theirs = new int[dataLength + eccLength];
        for (int i = 0; i < dataLength; i++) {
          theirs[i] = data[i] & 0xFF;
        }
        new ReedSolomonEncoder(GenericGF.QR_CODE_FIELD_256).encode(theirs, eccLength);
        for (int i = 0; i < eccLength; i++) {
          assertThat(ours[3 + i] & 0xFF)
              .as("length %d codeword %d", eccLength, i)
              .isEqualTo(theirs[dataLength + i]);
        }
      }
    }
  }

  @Test
  void generators_forQrLengths_haveNoZeroCoefficient() {
    assertThat(eccLengths()).containsExactly(7, 10, 13, 15, 16, 17, 18, 20, 22, 24, 26, 28, 30);
    for (int eccLength : eccLengths()) {
      assertThat(ReedSolomon.generatorHasZeroCoefficient(eccLength)).isFalse();
    }
  }

  @Test
  void multiply_isTheFieldProduct() {
    assertThat(ReedSolomon.multiply(2, 128)).isEqualTo(0x1D);
    assertThat(ReedSolomon.multiply(0, 77)).isZero();
    assertThat(ReedSolomon.multiply(1, 77)).isEqualTo(77);
  }
}
