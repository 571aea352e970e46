package io.github.craftmark.provenance.internal.qr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskPenaltyTest {

  /** Builds row and column bit sets from lines of '#' (dark) and '.' (light). */
  private static int[] rules(String... lines) {
    int size = lines.length;
    int words = (size + 63) >>> 6;
    long[] rows = new long[size * words];
    long[] cols = new long[size * words];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (lines[y].charAt(x) == '#') {
          rows[y * words + (x >>> 6)] |= 1L << x;
          cols[x * words + (y >>> 6)] |= 1L << y;
        }
      }
    }
    return MaskPenalty.rules(rows, cols, size, words);
  }

  private static String[] uniform(int size, char c) {
    String line = String.valueOf(c).repeat(size);
    String[] lines = new String[size];
    java.util.Arrays.fill(lines, line);
    return lines;
  }

  @Test
  void allLight_runsBlocksAndBalance() {
    // Each of 42 lines is one run of 21: 3 + 16. Every one of 20×20 blocks. 50% off balance.
    assertThat(rules(uniform(21, '.'))).containsExactly(42 * 19, 3 * 400, 0, 100);
  }

  @Test
  void wideSymbol_spanningThreeWordsPerLine_countsTheSame() {
    int size = 177;
    assertThat(rules(uniform(size, '#')))
        .containsExactly(2 * size * (size - 2), 3 * (size - 1) * (size - 1), 0, 100);
  }

  @Test
  void finderLikeRun_countsWithFourLightModulesInsideTheSymbolOnly() {
    String[] lines = uniform(21, '.');
    // At the left edge: nothing before it, light after it: counts once (light after).
    lines[0] = "#.###.#..............";
    // In the middle with light on both sides: counts once.
    lines[5] = "....#.###.#..........";
    // At the right edge, light before: counts.
    lines[10] = "..............#.###.#";
    // Dark right after it and nothing light before (edge): does not count.
    lines[15] = "#.###.##.............";
    int[] rules = rules(lines);

    assertThat(rules[2]).isEqualTo(40 * 3);
  }

  @Test
  void darkShare_tenPointsPerFullFivePercentStep() {
    String[] lines = uniform(20, '.');
    for (int y = 0; y < 9; y++) {
      lines[y] = "#".repeat(20);
    }
    // 180 of 400 dark: 45%, one full step.
    assertThat(rules(lines)[3]).isEqualTo(10);
  }
}
