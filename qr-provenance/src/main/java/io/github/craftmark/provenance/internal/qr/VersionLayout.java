package io.github.craftmark.provenance.internal.qr;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The fixed geometry of one QR version: function patterns, the encoding region, the order in which
 * codeword bits fill it, and where the format information goes. Built once per version and shared.
 *
 * <p>A matrix is kept as bit sets twice over: by rows (bit {@code x} of row {@code y}) and by
 * columns (bit {@code y} of column {@code x}), {@link #words} longs per line, so that the mask
 * penalty rules run on whole words in both directions. Positions are packed as {@code (lineIndex *
 * words + wordIndex) << 6 | bit}, which indexes a long array by {@code pos >>> 6} and shifts by
 * {@code pos} (Java uses its low 6 bits).
 */
final class VersionLayout {
  private static final AtomicReferenceArray<VersionLayout> CACHE =
      new AtomicReferenceArray<>(QrTables.MAX_VERSION + 1);

  final int version;
  final int size;
  final int words;

  /** Dark function modules (finders, timing, alignment, dark module, version information). */
  final long[] functionRows;

  final long[] functionCols;

  /** Modules of the encoding region: the ones that carry codewords and are masked. */
  final long[] dataRows;

  final long[] dataCols;

  /** Packed row and column positions of the encoding region, in codeword bit order. */
  final int[] rowPos;

  final int[] colPos;

  /** Packed row and column positions of both copies of the 15 format bits, and which bit. */
  final int[] formatRowPos;

  final int[] formatColPos;
  final int[] formatBit;

  static VersionLayout of(int version) {
    VersionLayout layout = CACHE.get(version);
    if (layout == null) {
      layout = new VersionLayout(version);
      if (!CACHE.compareAndSet(version, null, layout)) {
        layout = CACHE.get(version);
      }
    }
    return layout;
  }

  private VersionLayout(int version) {
    this.version = version;
    this.size = QrTables.size(version);
    this.words = (size + 63) >>> 6;
    boolean[] function = new boolean[size * size];
    boolean[] dark = new boolean[size * size];
    Grid grid = new Grid(size, function, dark);

    grid.finder(0, 0);
    grid.finder(size - 7, 0);
    grid.finder(0, size - 7);
    for (int i = 8; i < size - 8; i++) {
      grid.set(i, 6, i % 2 == 0);
      grid.set(6, i, i % 2 == 0);
    }
    int[] align = QrTables.alignmentPositions(version);
    int last = align.length - 1;
    for (int i = 0; i <= last; i++) {
      for (int j = 0; j <= last; j++) {
        boolean onFinder = (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0);
        if (!onFinder) {
          grid.alignment(align[i], align[j]);
        }
      }
    }
    // Format information: reserved here, written for each mask.
    formatRowPos = new int[30];
    formatColPos = new int[30];
    formatBit = new int[30];
    int n = 0;
    for (int bit = 0; bit < 15; bit++) {
      int x1;
      int y1;
      if (bit < 6) {
        x1 = 8;
        y1 = bit;
      } else if (bit < 8) {
        x1 = 8;
        y1 = bit + 1;
      } else if (bit == 8) {
        x1 = 7;
        y1 = 8;
      } else {
        x1 = 14 - bit;
        y1 = 8;
      }
      int x2 = bit < 8 ? size - 1 - bit : 8;
      int y2 = bit < 8 ? 8 : size - 15 + bit;
      for (int[] xy : new int[][] {{x1, y1}, {x2, y2}}) {
        grid.set(xy[0], xy[1], false);
        formatRowPos[n] = packRow(xy[0], xy[1]);
        formatColPos[n] = packCol(xy[0], xy[1]);
        formatBit[n] = bit;
        n++;
      }
    }
    grid.set(8, size - 8, true);
    if (version >= 7) {
      int bits = QrTables.versionBits(version);
      for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 3; j++) {
          boolean bit = (bits >>> (3 * i + j) & 1) != 0;
          grid.set(i, size - 11 + j, bit);
          grid.set(size - 11 + j, i, bit);
        }
      }
    }

    functionRows = new long[size * words];
    functionCols = new long[size * words];
    dataRows = new long[size * words];
    dataCols = new long[size * words];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int index = y * size + x;
        if (function[index]) {
          if (dark[index]) {
            setBit(functionRows, packRow(x, y));
            setBit(functionCols, packCol(x, y));
          }
        } else {
          setBit(dataRows, packRow(x, y));
          setBit(dataCols, packCol(x, y));
        }
      }
    }

    // Codeword bits fill two-module-wide columns from the right, upwards then downwards in turn,
    // right module before left, skipping the vertical timing pattern's column.
    int modules = QrTables.dataModules(version);
    rowPos = new int[modules];
    colPos = new int[modules];
    int k = 0;
    boolean upwards = true;
    for (int right = size - 1; right >= 1; right -= 2) {
      if (right == 6) {
        right = 5;
      }
      for (int step = 0; step < size; step++) {
        int y = upwards ? size - 1 - step : step;
        for (int dx = 0; dx < 2; dx++) {
          int x = right - dx;
          if (!function[y * size + x]) {
            rowPos[k] = packRow(x, y);
            colPos[k] = packCol(x, y);
            k++;
          }
        }
      }
      upwards = !upwards;
    }
    if (k != modules) {
      throw new IllegalStateException("version " + version + " has " + k + " data modules");
    }
  }

  int packRow(int x, int y) {
    return (y * words + (x >>> 6)) << 6 | (x & 63);
  }

  int packCol(int x, int y) {
    return (x * words + (y >>> 6)) << 6 | (y & 63);
  }

  static void setBit(long[] bits, int pos) {
    bits[pos >>> 6] |= 1L << pos;
  }

  /** A module grid used only while building a layout. */
  private static final class Grid {
    private final int size;
    private final boolean[] function;
    private final boolean[] dark;

    Grid(int size, boolean[] function, boolean[] dark) {
      this.size = size;
      this.function = function;
      this.dark = dark;
    }

    void set(int x, int y, boolean isDark) {
      function[y * size + x] = true;
      dark[y * size + x] = isDark;
    }

    /** A finder pattern with its light separator, its top-left module at (left, top). */
    void finder(int left, int top) {
      for (int dy = -1; dy <= 7; dy++) {
        for (int dx = -1; dx <= 7; dx++) {
          int x = left + dx;
          int y = top + dy;
          if (x < 0 || y < 0 || x >= size || y >= size) {
            continue;
          }
          int ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
          set(x, y, ring != 2 && ring != 4);
        }
      }
    }

    /** An alignment pattern centred on (cx, cy). */
    void alignment(int cx, int cy) {
      for (int dy = -2; dy <= 2; dy++) {
        for (int dx = -2; dx <= 2; dx++) {
          set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) != 1);
        }
      }
    }
  }
}
