package io.github.craftmark.provenance.internal.qr;

/**
 * The numbers of ISO/IEC 18004 for model-2 QR symbols of versions 1 to 40.
 *
 * <p>Error correction levels are indexed 0..3 for L, M, Q, H (the order of the public enum).
 * Codeword counts follow from the symbol's geometry; the error correction block structure is the
 * standard's table, checked against an independent implementation by the tests.
 */
public final class QrTables {
  /** The smallest version. */
  public static final int MIN_VERSION = 1;

  /** The largest version. */
  public static final int MAX_VERSION = 40;

  private QrTables() {}

  // Error correction codewords in each block, by level (L, M, Q, H) and version (index 0 unused).
  private static final byte[][] ECC_PER_BLOCK = {
    {
      -1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30,
      30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30
    },
    {
      -1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28,
      28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28
    },
    {
      -1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30,
      30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30
    },
    {
      -1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24,
      30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30
    }
  };

  // Number of error correction blocks, by level (L, M, Q, H) and version (index 0 unused).
  private static final byte[][] BLOCKS = {
    {
      -1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13,
      14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25
    },
    {
      -1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23,
      25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49
    },
    {
      -1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29,
      34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68
    },
    {
      -1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35,
      37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81
    }
  };

  // Values of the 45 alphanumeric characters, -1 for the rest of ASCII.
  private static final byte[] ALPHANUMERIC = new byte[128];

  static {
    java.util.Arrays.fill(ALPHANUMERIC, (byte) -1);
    for (int i = 0; i < 10; i++) {
      ALPHANUMERIC['0' + i] = (byte) i;
    }
    for (int i = 0; i < 26; i++) {
      ALPHANUMERIC['A' + i] = (byte) (10 + i);
    }
    String symbols = " $%*+-./:";
    for (int i = 0; i < symbols.length(); i++) {
      ALPHANUMERIC[symbols.charAt(i)] = (byte) (36 + i);
    }
  }

  /**
   * Returns the value 0..44 of a character in alphanumeric mode, or -1 when the mode cannot hold it.
   */
  public static int alphanumericValue(char c) {
    return c < 128 ? ALPHANUMERIC[c] : -1;
  }

  /** Returns the width of a symbol in modules: 21 for version 1, 4 more for each version. */
  public static int size(int version) {
    return 17 + 4 * version;
  }

  /** Returns how many alignment patterns lie along one side (0 for version 1). */
  static int alignmentCount(int version) {
    return version == 1 ? 0 : version / 7 + 2;
  }

  /**
   * Returns the row and column coordinates of the alignment pattern centres: the first is 6, the
   * last {@code size - 7}, the rest evenly spaced backwards from the last by an even step.
   * Version 32 is the standard's one exception to rounding the step up.
   */
  static int[] alignmentPositions(int version) {
    int count = alignmentCount(version);
    if (count == 0) {
      return new int[0];
    }
    int last = size(version) - 7;
    int step;
    if (version == 32) {
      step = 26;
    } else {
      int span = last - 6;
      int gaps = count - 1;
      step = (span + gaps - 1) / gaps;
      step += step & 1;
    }
    int[] positions = new int[count];
    positions[0] = 6;
    for (int i = count - 1, p = last; i >= 1; i--, p -= step) {
      positions[i] = p;
    }
    return positions;
  }

  /**
   * Returns the number of modules that carry codewords: the symbol minus finders with their
   * separators and format information, timing patterns, alignment patterns (less the timing
   * modules they cover), the dark module and, from version 7, the version information.
   */
  static int dataModules(int version) {
    int size = size(version);
    int modules = size * size - 3 * 64 - 31 - 2 * (size - 16);
    int k = alignmentCount(version);
    if (k > 0) {
      modules -= 25 * (k * k - 3) - 10 * (k - 2);
    }
    if (version >= 7) {
      modules -= 36;
    }
    return modules;
  }

  /** Returns all codewords of a symbol, data and error correction together. */
  public static int totalCodewords(int version) {
    return dataModules(version) / 8;
  }

  /** Returns the error correction codewords in each block. */
  public static int eccPerBlock(int version, int level) {
    return ECC_PER_BLOCK[level][version];
  }

  /** Returns the number of error correction blocks. */
  public static int blocks(int version, int level) {
    return BLOCKS[level][version];
  }

  /** Returns the data codewords a symbol of this version and level holds. */
  public static int dataCodewords(int version, int level) {
    return totalCodewords(version) - eccPerBlock(version, level) * blocks(version, level);
  }

  /**
   * Returns the 15-bit format information for a level and mask: 2 level bits and 3 mask bits, a
   * BCH(15,5) remainder over x^10+x^8+x^5+x^4+x^2+x+1, then XOR 101010000010010.
   */
  static int formatBits(int level, int mask) {
    int levelBits =
        switch (level) {
          case 0 -> 1;
          case 1 -> 0;
          case 2 -> 3;
          default -> 2;
        };
    int data = levelBits << 3 | mask;
    return (data << 10 | bchRemainder(data << 10, 0x537, 10)) ^ 0x5412;
  }

  /**
   * Returns the 18-bit version information: 6 version bits and a BCH(18,6) remainder over
   * x^12+x^11+x^10+x^9+x^8+x^5+x^2+1.
   */
  static int versionBits(int version) {
    return version << 12 | bchRemainder(version << 12, 0x1F25, 12);
  }

  private static int bchRemainder(int value, int generator, int degree) {
    int topBit = 31 - Integer.numberOfLeadingZeros(generator);
    for (int bit = 31 - Integer.numberOfLeadingZeros(value); bit >= degree; bit--) {
      if ((value >>> bit & 1) != 0) {
        value ^= generator << (bit - topBit);
      }
    }
    return value;
  }
}
