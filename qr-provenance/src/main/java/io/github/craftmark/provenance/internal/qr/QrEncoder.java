package io.github.craftmark.provenance.internal.qr;

import io.github.craftmark.provenance.qr.QrMode;
import io.github.craftmark.provenance.qr.QrSegment;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Encodes segments into a QR model-2 matrix (ISO/IEC 18004): data bits, terminator and padding,
 * Reed–Solomon blocks, interleaving, placement, masking.
 *
 * <p>Speed matters here (one symbol per tag issued): the work is linear in the symbol, nothing is
 * allocated per module, and the eight masks are applied and scored on 64-bit words.
 */
public final class QrEncoder {
  private static final int ECI_UTF8 = 26;

  private QrEncoder() {}

  /**
   * A finished symbol: its rows as bit sets (bit {@code x} of word {@code y * words + x / 64} is
   * the module in column x, row y; 1 is dark).
   *
   * @param version the version, 1..40
   * @param level the error correction level index, 0..3 for L, M, Q, H
   * @param mask the data mask, 0..7
   * @param size modules on a side
   * @param words longs per row
   * @param rows the modules, row by row
   * @param dataBits the bits the segments took, without terminator and padding
   */
  public record Symbol(
      int version, int level, int mask, int size, int words, long[] rows, int dataBits) {}

  /**
   * Returns the bits the segments need in a symbol of this version, or -1 when a segment's
   * character count does not fit the version's count field.
   */
  public static int bitLength(List<QrSegment> segments, int version) {
    int bits = 0;
    for (QrSegment segment : segments) {
      if (segment.characterCount() >= 1 << segment.mode().characterCountBits(version)) {
        return -1;
      }
      bits += segment.bitLength(version);
    }
    return bits;
  }

  /** Returns the data capacity in bits of a version at a level. */
  public static int capacityBits(int version, int level) {
    return 8 * QrTables.dataCodewords(version, level);
  }

  /** Returns the smallest version in {@code min..max} that holds the segments, or -1. */
  public static int chooseVersion(List<QrSegment> segments, int level, int min, int max) {
    for (int version = min; version <= max; version++) {
      int bits = bitLength(segments, version);
      if (bits >= 0 && bits <= capacityBits(version, level)) {
        return version;
      }
    }
    return -1;
  }

  /**
   * Encodes the segments in a symbol of exactly this version, which must hold them.
   *
   * @param segments the segments, in order
   * @param level the error correction level index, 0..3 for L, M, Q, H
   * @param version the version, 1..40
   * @param fixedMask the mask 0..7 to use, or -1 to choose the one with the lowest penalty
   * @return the symbol
   */
  public static Symbol encode(List<QrSegment> segments, int level, int version, int fixedMask) {
    int dataBits = bitLength(segments, version);
    int capacity = capacityBits(version, level);
    if (dataBits < 0 || dataBits > capacity) {
      throw new IllegalArgumentException("segments do not fit version " + version);
    }
    byte[] data = new byte[capacity / 8];
    BitSink sink = new BitSink(data);
    for (QrSegment segment : segments) {
      writeSegment(sink, segment, version);
    }
    sink.finish(capacity);

    byte[] codewords = addErrorCorrection(data, version, level);
    VersionLayout layout = VersionLayout.of(version);
    long[] baseRows = layout.functionRows.clone();
    long[] baseCols = layout.functionCols.clone();
    int[] rowPos = layout.rowPos;
    int[] colPos = layout.colPos;
    for (int i = 0, k = 0; i < codewords.length; i++) {
      int c = codewords[i];
      for (int b = 7; b >= 0; b--, k++) {
        if ((c >>> b & 1) != 0) {
          baseRows[rowPos[k] >>> 6] |= 1L << rowPos[k];
          baseCols[colPos[k] >>> 6] |= 1L << colPos[k];
        }
      }
    }
    // Remainder modules past the last codeword stay light before masking, as the standard asks.

    int cells = layout.size * layout.words;
    long[] rows = new long[cells];
    long[] cols = new long[cells];
    int mask = fixedMask;
    if (fixedMask >= 0) {
      MaskPenalty.applyMask(
          layout, baseRows, baseCols, fixedMask, QrTables.formatBits(level, fixedMask), rows, cols);
    } else {
      long[] bestRows = new long[cells];
      long[] bestCols = new long[cells];
      int bestPenalty = Integer.MAX_VALUE;
      for (int m = 0; m < 8; m++) {
        MaskPenalty.applyMask(
            layout, baseRows, baseCols, m, QrTables.formatBits(level, m), rows, cols);
        int penalty = MaskPenalty.score(rows, cols, layout.size, layout.words);
        if (penalty < bestPenalty) {
          bestPenalty = penalty;
          mask = m;
          long[] swap = bestRows;
          bestRows = rows;
          rows = swap;
          swap = bestCols;
          bestCols = cols;
          cols = swap;
        }
      }
      rows = bestRows;
    }
    return new Symbol(version, level, mask, layout.size, layout.words, rows, dataBits);
  }

  private static void writeSegment(BitSink sink, QrSegment segment, int version) {
    QrMode mode = segment.mode();
    String text = segment.text();
    int countBits = mode.characterCountBits(version);
    switch (mode) {
      case NUMERIC: {
        sink.put(mode.indicator(), 4);
        int n = text.length();
        sink.put(n, countBits);
        int i = 0;
        for (; i + 3 <= n; i += 3) {
          int v = (text.charAt(i) - '0') * 100
              + (text.charAt(i + 1) - '0') * 10
              + (text.charAt(i + 2) - '0');
          sink.put(v, 10);
        }
        if (n - i == 2) {
          sink.put((text.charAt(i) - '0') * 10 + (text.charAt(i + 1) - '0'), 7);
        } else if (n - i == 1) {
          sink.put(text.charAt(i) - '0', 4);
        }
        break;
      }
      case ALPHANUMERIC: {
        sink.put(mode.indicator(), 4);
        int n = text.length();
        sink.put(n, countBits);
        int i = 0;
        for (; i + 2 <= n; i += 2) {
          sink.put(
              45 * QrTables.alphanumericValue(text.charAt(i))
                  + QrTables.alphanumericValue(text.charAt(i + 1)),
              11);
        }
        if (i < n) {
          sink.put(QrTables.alphanumericValue(text.charAt(i)), 6);
        }
        break;
      }
      default: {
        if (segment.hasUtf8Eci()) {
          sink.put(7, 4);
          sink.put(ECI_UTF8, 8);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sink.put(mode.indicator(), 4);
        sink.put(bytes.length, countBits);
        for (byte b : bytes) {
          sink.put(b & 0xFF, 8);
        }
      }
    }
  }

  /**
   * Splits the data into the version's blocks (the shorter blocks first), appends each block's
   * error correction codewords and interleaves: data codewords column by column across blocks,
   * then error correction codewords likewise.
   */
  static byte[] addErrorCorrection(byte[] data, int version, int level) {
    int blocks = QrTables.blocks(version, level);
    int eccLength = QrTables.eccPerBlock(version, level);
    int total = QrTables.totalCodewords(version);
    int longBlocks = total % blocks;
    int shortBlocks = blocks - longBlocks;
    int shortData = total / blocks - eccLength;

    byte[] ecc = new byte[blocks * eccLength];
    int[] starts = new int[blocks + 1];
    for (int b = 0; b < blocks; b++) {
      starts[b + 1] = starts[b] + shortData + (b < shortBlocks ? 0 : 1);
      ReedSolomon.encode(data, starts[b], starts[b + 1] - starts[b], ecc, b * eccLength, eccLength);
    }

    byte[] out = new byte[total];
    int k = 0;
    for (int i = 0; i <= shortData; i++) {
      for (int b = 0; b < blocks; b++) {
        if (i < shortData || b >= shortBlocks) {
          out[k++] = data[starts[b] + i];
        }
      }
    }
    for (int i = 0; i < eccLength; i++) {
      for (int b = 0; b < blocks; b++) {
        out[k++] = ecc[b * eccLength + i];
      }
    }
    return out;
  }

  /** Writes bits most significant first into a fixed array of data codewords. */
  private static final class BitSink {
    private final byte[] out;
    private long pending;
    private int pendingBits;
    private int position;

    BitSink(byte[] out) {
      this.out = out;
    }

    void put(int value, int bits) {
      pending = pending << bits | (value & ((1L << bits) - 1));
      pendingBits += bits;
      while (pendingBits >= 8) {
        pendingBits -= 8;
        out[position++] = (byte) (pending >>> pendingBits);
      }
    }

    /**
     * Adds the terminator (up to four 0 bits), zero bits to a byte boundary, then the pad
     * codewords 11101100 and 00010001 in turn until the capacity is full.
     */
    void finish(int capacityBits) {
      int used = position * 8 + pendingBits;
      put(0, Math.min(4, capacityBits - used));
      if (pendingBits > 0) {
        put(0, 8 - pendingBits);
      }
      for (int pad = 0xEC; position < out.length; pad ^= 0xEC ^ 0x11) {
        out[position++] = (byte) pad;
      }
    }
  }
}
