package io.github.craftmark.provenance.internal.qr;

/**
 * The eight data masks and the four penalty rules of ISO/IEC 18004 that choose among them,
 * evaluated on whole 64-bit words.
 *
 * <p>The standard leaves open how rule 3 (a 1:1:3:1:1 finder-like run with four light modules
 * before or after it) treats the quiet zone. Here the four light modules must lie inside the
 * symbol, and a run with light on both sides counts once: the reading of ZXing 3.5, so that both
 * choose the same mask, which the tests check symbol by symbol.
 */
final class MaskPenalty {
  private MaskPenalty() {}

  private static final int PERIOD = 12;
  private static final int PATTERN_WORDS = 3;

  // ROW_PATTERN[mask][y % 12] has bit x set where the mask inverts (x, y); COL_PATTERN[mask][x %
  // 12] has bit y set. Every mask repeats every 12 modules in both directions.
  private static final long[][][] ROW_PATTERN = new long[8][PERIOD][PATTERN_WORDS];
  private static final long[][][] COL_PATTERN = new long[8][PERIOD][PATTERN_WORDS];

  static {
    for (int mask = 0; mask < 8; mask++) {
      for (int r = 0; r < PERIOD; r++) {
        for (int p = 0; p < 64 * PATTERN_WORDS; p++) {
          if (inverts(mask, p, r)) {
            ROW_PATTERN[mask][r][p >>> 6] |= 1L << p;
          }
          if (inverts(mask, r, p)) {
            COL_PATTERN[mask][r][p >>> 6] |= 1L << p;
          }
        }
      }
    }
  }

  /** Tells whether data mask {@code mask} inverts the module in column x, row y. */
  static boolean inverts(int mask, int x, int y) {
    switch (mask) {
      case 0:
        return (y + x) % 2 == 0;
      case 1:
        return y % 2 == 0;
      case 2:
        return x % 3 == 0;
      case 3:
        return (y + x) % 3 == 0;
      case 4:
        return (y / 2 + x / 3) % 2 == 0;
      case 5:
        return (y * x) % 2 + (y * x) % 3 == 0;
      case 6:
        return ((y * x) % 2 + (y * x) % 3) % 2 == 0;
      default:
        return ((y + x) % 2 + (y * x) % 3) % 2 == 0;
    }
  }

  /**
   * Writes into {@code rows}/{@code cols} the unmasked matrix with mask {@code mask} applied to its
   * encoding region and the format information for {@code formatBits} written in both copies.
   */
  static void applyMask(
      VersionLayout layout,
      long[] baseRows,
      long[] baseCols,
      int mask,
      int formatBits,
      long[] rows,
      long[] cols) {
    int size = layout.size;
    int words = layout.words;
    long[][] rowPattern = ROW_PATTERN[mask];
    long[][] colPattern = COL_PATTERN[mask];
    long[] dataRows = layout.dataRows;
    long[] dataCols = layout.dataCols;
    for (int line = 0, i = 0; line < size; line++) {
      long[] rp = rowPattern[line % PERIOD];
      long[] cp = colPattern[line % PERIOD];
      for (int w = 0; w < words; w++, i++) {
        rows[i] = baseRows[i] ^ (rp[w] & dataRows[i]);
        cols[i] = baseCols[i] ^ (cp[w] & dataCols[i]);
      }
    }
    int[] rowPos = layout.formatRowPos;
    int[] colPos = layout.formatColPos;
    int[] bit = layout.formatBit;
    for (int k = 0; k < rowPos.length; k++) {
      if ((formatBits >>> bit[k] & 1) != 0) {
        rows[rowPos[k] >>> 6] |= 1L << rowPos[k];
        cols[colPos[k] >>> 6] |= 1L << colPos[k];
      }
    }
  }

  /** Returns the penalty score of a complete matrix given by rows and by columns. */
  static int score(long[] rows, long[] cols, int size, int words) {
    int[] rules = rules(rows, cols, size, words);
    return rules[0] + rules[1] + rules[2] + rules[3];
  }

  /** Returns the penalty of each rule, N1 to N4, with its weight applied. */
  static int[] rules(long[] rows, long[] cols, int size, int words) {
    int runs = 0;
    int finders = 0;
    int blocks = 0;
    int dark = 0;
    for (int line = 0; line < size; line++) {
      int base = line * words;
      runs += runPenalty(rows, base, words, size) + runPenalty(cols, base, words, size);
      finders +=
          finderLikeCount(rows, base, words, size) + finderLikeCount(cols, base, words, size);
      for (int w = 0; w < words; w++) {
        dark += Long.bitCount(rows[base + w]);
      }
      if (line + 1 < size) {
        blocks += blockCount(rows, base, base + words, words, size);
      }
    }
    int total = size * size;
    int fivePercentSteps = Math.abs(2 * dark - total) * 10 / total;
    return new int[] {runs, 3 * blocks, 40 * finders, 10 * fivePercentSteps};
  }

  /**
   * Returns 64 bits of a line starting at position {@code p}, which may be negative; positions
   * before 0 or past the line's words read as 0.
   */
  private static long window(long[] bits, int base, int words, int p) {
    if (p < 0) {
      return window(bits, base, words, 0) << -p;
    }
    int w = p >>> 6;
    int offset = p & 63;
    if (w >= words) {
      return 0;
    }
    long value = bits[base + w] >>> offset;
    if (offset != 0 && w + 1 < words) {
      value |= bits[base + w + 1] << (64 - offset);
    }
    return value;
  }

  private static long lowBits(int n) {
    return n >= 64 ? -1L : (1L << n) - 1;
  }

  /**
   * Rule 1: a run of n ≥ 5 same-coloured modules costs n - 2, which is its number of 5-module
   * windows (n - 4) plus 2 for the window that ends it.
   */
  private static int runPenalty(long[] bits, int base, int words, int size) {
    int penalty = 0;
    // Each chunk judges windows starting at bits 0..58, whose sixth module is still in the chunk.
    long starts = lowBits(59);
    for (int p = 0; p < size; p += 59) {
      long dark = window(bits, base, words, p);
      long light = ~dark & lowBits(size - p);
      penalty += runPenalty(dark, starts) + runPenalty(light, starts);
    }
    return penalty;
  }

  private static int runPenalty(long color, long starts) {
    long five = color & color >>> 1 & color >>> 2 & color >>> 3 & color >>> 4 & starts;
    long ends = five & ~(color >>> 5);
    return Long.bitCount(five) + 2 * Long.bitCount(ends);
  }

  /**
   * Rule 3: dark-light-dark-dark-dark-light-dark with four light modules before or after it, those
   * four lying inside the symbol.
   */
  private static int finderLikeCount(long[] bits, int base, int words, int size) {
    int count = 0;
    // Bit j of a chunk is position p - 4 + j; patterns start at positions p..p+49 (bits 4..53)
    // and, with the four modules after them, end by bit 63.
    long starts = lowBits(50);
    for (int p = 0; p < size; p += 50) {
      long a = window(bits, base, words, p - 4);
      long inside = lowBits(size - p + 4) & (p == 0 ? ~lowBits(4) : -1L);
      long l = ~a & inside;
      long pattern = a >>> 4 & ~a >>> 5 & a >>> 6 & a >>> 7 & a >>> 8 & ~a >>> 9 & a >>> 10;
      long before = l & l >>> 1 & l >>> 2 & l >>> 3;
      long after = l >>> 11 & l >>> 12 & l >>> 13 & l >>> 14;
      count += Long.bitCount(pattern & (before | after) & starts);
    }
    return count;
  }

  /** Rule 2: 2×2 blocks of one colour whose top row is the line at {@code top}. */
  private static int blockCount(long[] rows, int top, int bottom, int words, int size) {
    int count = 0;
    long starts = lowBits(63);
    for (int p = 0; p < size; p += 63) {
      long a = window(rows, top, words, p);
      long b = window(rows, bottom, words, p);
      long bothDark = a & b;
      long bothLight = ~a & ~b & lowBits(size - p);
      count +=
          Long.bitCount(((bothDark & bothDark >>> 1) | (bothLight & bothLight >>> 1)) & starts);
    }
    return count;
  }
}
