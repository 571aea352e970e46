package io.github.craftmark.provenance.internal.qr;

/**
 * Reed–Solomon error correction codewords over GF(256) with the QR field polynomial
 * x^8+x^4+x^3+x^2+1 and generator roots α^0..α^(n-1).
 *
 * <p>Multiplication goes through log and antilog tables; each generator is kept in log form so
 * that a codeword costs one table look-up per generator coefficient.
 */
public final class ReedSolomon {
  private static final int FIELD_POLYNOMIAL = 0x11D;

  // EXP has 512 entries so that EXP[LOG[a] + LOG[b]] needs no reduction modulo 255.
  private static final int[] EXP = new int[512];
  private static final int[] LOG = new int[256];

  // Generator polynomials in log form, by degree; QR uses degrees 7..30.
  private static final int[][] GENERATOR_LOGS = new int[31][];

  static {
    int x = 1;
    for (int i = 0; i < 255; i++) {
      EXP[i] = x;
      LOG[x] = i;
      x <<= 1;
      if (x >= 256) {
        x ^= FIELD_POLYNOMIAL;
      }
    }
    for (int i = 255; i < EXP.length; i++) {
      EXP[i] = EXP[i - 255];
    }
    for (int degree = 1; degree < GENERATOR_LOGS.length; degree++) {
      GENERATOR_LOGS[degree] = generatorLogs(degree);
    }
  }

  private ReedSolomon() {}

  /** Multiplies two field elements. */
  static int multiply(int a, int b) {
    return a == 0 || b == 0 ? 0 : EXP[LOG[a] + LOG[b]];
  }

  /**
   * Returns the coefficients below the leading 1 of (x - α^0)(x - α^1)…(x - α^(degree-1)), highest
   * power first, as logarithms. None is zero for the degrees QR uses, which the tests check.
   */
  private static int[] generatorLogs(int degree) {
    int[] poly = {1};
    for (int i = 0; i < degree; i++) {
      int root = EXP[i];
      int[] next = new int[poly.length + 1];
      for (int j = 0; j < poly.length; j++) {
        next[j] ^= poly[j];
        next[j + 1] ^= multiply(poly[j], root);
      }
      poly = next;
    }
    int[] logs = new int[degree];
    for (int j = 0; j < degree; j++) {
      int c = poly[j + 1];
      logs[j] = c == 0 ? -1 : LOG[c];
    }
    return logs;
  }

  /**
   * Writes the {@code eccLength} error correction codewords of {@code data[offset..offset+length)}
   * to {@code out[outOffset..)}: the remainder of data·x^eccLength divided by the generator.
   */
  public static void encode(
      byte[] data, int offset, int length, byte[] out, int outOffset, int eccLength) {
    if (eccLength < 1 || eccLength >= GENERATOR_LOGS.length) {
      throw new IllegalArgumentException("unsupported error correction length: " + eccLength);
    }
    int[] gen = GENERATOR_LOGS[eccLength];
    int last = outOffset + eccLength - 1;
    for (int i = outOffset; i <= last; i++) {
      out[i] = 0;
    }
    for (int k = 0; k < length; k++) {
      int factor = (data[offset + k] ^ out[outOffset]) & 0xFF;
      System.arraycopy(out, outOffset + 1, out, outOffset, eccLength - 1);
      out[last] = 0;
      if (factor != 0) {
        int logFactor = LOG[factor];
        for (int j = 0; j < eccLength; j++) {
          int g = gen[j];
          if (g >= 0) {
            out[outOffset + j] ^= (byte) EXP[g + logFactor];
          }
        }
      }
    }
  }

  /** Tells whether a generator of this degree has a zero coefficient (never, for QR's degrees). */
  static boolean generatorHasZeroCoefficient(int degree) {
    for (int g : GENERATOR_LOGS[degree]) {
      if (g < 0) {
        return true;
      }
    }
    return false;
  }
}
