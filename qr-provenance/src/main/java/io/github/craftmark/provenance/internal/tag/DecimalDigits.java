package io.github.craftmark.provenance.internal.tag;

/**
 * Writes N bytes as one big-endian unsigned number in exactly d(N) decimal digits, and reads them
 * back strictly (format v1, the tag text).
 *
 * <p>d(N) is the number of digits of 2<sup>8N</sup> − 1: {@code floor(8N * log10(2)) + 1}. Both
 * directions work on 32-bit limbs in base 10<sup>9</sup> chunks, without {@code BigInteger}:
 * converting a 103-byte tag is a few hundred multiplications.
 */
public final class DecimalDigits {
  /** The largest byte count whose digit count {@link #digitCount(int)} computes exactly. */
  public static final int MAX_BYTES = 1000;

  // floor(log10(2) * 10^15); with 8N <= 8000 the product stays below 2^63 and, as a test checks
  // for every N, the floor never lands on the wrong side of an integer.
  private static final long LOG10_2_E15 = 301_029_995_663_981L;
  private static final long E15 = 1_000_000_000_000_000L;
  private static final long E9 = 1_000_000_000L;
  private static final long MASK = 0xFFFF_FFFFL;

  private DecimalDigits() {}

  /**
   * Returns d(N), the number of decimal digits that carry {@code byteCount} bytes.
   *
   * @param byteCount N, 0..{@link #MAX_BYTES}
   * @return the digit count; 0 for 0 bytes
   * @throws IllegalArgumentException when {@code byteCount} is out of range
   */
  public static int digitCount(int byteCount) {
    if (byteCount < 0 || byteCount > MAX_BYTES) {
      throw new IllegalArgumentException("byteCount must be 0.." + MAX_BYTES + ": " + byteCount);
    }
    return byteCount == 0 ? 0 : (int) (8L * byteCount * LOG10_2_E15 / E15) + 1;
  }

  /**
   * Returns the byte count N whose digit count is {@code digits}, or -1 when no N has it.
   *
   * @param digits a digit count
   * @return N, or -1
   */
  public static int byteCountOf(int digits) {
    if (digits <= 0 || digits > digitCount(MAX_BYTES)) {
      return -1;
    }
    // d(N) grows by 2 or 3 per byte, so N is within one of digits / (8 log10 2).
    int guess = (int) ((long) digits * E15 / (8L * LOG10_2_E15));
    for (int n = Math.max(1, guess - 1); n <= Math.min(MAX_BYTES, guess + 1); n++) {
      if (digitCount(n) == digits) {
        return n;
      }
    }
    return -1;
  }

  /**
   * Writes {@code bytes} as exactly d(N) decimal digits.
   *
   * @param bytes the bytes, at most {@link #MAX_BYTES}
   * @return the digits
   */
  public static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder(digitCount(bytes.length));
    appendTo(out, bytes);
    return out.toString();
  }

  /**
   * Appends {@code bytes} as exactly d(N) decimal digits.
   *
   * @param out where to append
   * @param bytes the bytes, at most {@link #MAX_BYTES}
   */
  public static void appendTo(StringBuilder out, byte[] bytes) {
    char[] text = new char[digitCount(bytes.length)];
    writeTo(text, 0, bytes);
    out.append(text);
  }

  /**
   * Writes {@code bytes} as exactly d(N) decimal digits into {@code out} at {@code offset}.
   *
   * @param out where to write; must have room for d(N) characters at {@code offset}
   * @param offset where the first digit goes
   * @param bytes the bytes, at most {@link #MAX_BYTES}
   */
  public static void writeTo(char[] out, int offset, byte[] bytes) {
    int digits = digitCount(bytes.length);
    int[] limbs = toBigEndianLimbs(bytes);
    int chunkCount = (digits + 8) / 9;
    int top = 0; // first limb that is not zero
    int pos = offset + digits;
    // Each pass divides the number by 10^9 and writes the remainder's 9 digits, from the right.
    for (int c = 0; c < chunkCount; c++) {
      while (top < limbs.length && limbs[top] == 0) {
        top++;
      }
      long rem = 0;
      for (int i = top; i < limbs.length; i++) {
        long cur = (rem << 32) | (limbs[i] & MASK);
        limbs[i] = (int) (cur / E9);
        rem = cur % E9;
      }
      int chunk = (int) rem;
      for (int k = 0; k < 9 && pos > offset; k++) {
        out[--pos] = (char) ('0' + chunk % 10);
        chunk /= 10;
      }
    }
  }

  /**
   * Reads digits written by {@link #encode(byte[])}: the digit count must be d(N) for some N, and
   * the value below 2<sup>8N</sup>.
   *
   * @param text the text holding the digits
   * @param start the index of the first digit
   * @param end the index after the last digit
   * @return the N bytes
   * @throws TagDecodingException naming the index of a character that is not a digit, or of the
   *     first digit when the count or the value is wrong
   */
  public static byte[] decode(CharSequence text, int start, int end) {
    int digits = end - start;
    int byteCount = byteCountOf(digits);
    if (byteCount < 0) {
      throw new TagDecodingException(
          "expected a digit count that carries whole bytes, found " + digits, start);
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new TagDecodingException("expected a decimal digit, found '" + c + "'", i);
      }
    }
    int limbCount = (byteCount + 3) / 4;
    int[] limbs = new int[limbCount]; // least significant first
    int used = 0; // limbs that may be non-zero
    int first = digits % 9 == 0 ? 9 : digits % 9;
    for (int i = start, chunkLength = first; i < end; i += chunkLength, chunkLength = 9) {
      int chunk = 0;
      for (int k = i; k < i + chunkLength; k++) {
        chunk = chunk * 10 + (text.charAt(k) - '0');
      }
      // Only the first chunk may be shorter than 9 digits, and then nothing is there to shift.
      long carry = chunk;
      for (int j = 0; j < used; j++) {
        long t = (limbs[j] & MASK) * E9 + carry;
        limbs[j] = (int) t;
        carry = t >>> 32;
      }
      if (carry != 0) {
        if (used == limbCount) {
          throw tooLarge(byteCount, start);
        }
        limbs[used++] = (int) carry;
      }
    }
    int topBits = 8 * byteCount - 32 * (limbCount - 1);
    if (topBits < 32 && (limbs[limbCount - 1] >>> topBits) != 0) {
      throw tooLarge(byteCount, start);
    }
    byte[] out = new byte[byteCount];
    for (int b = 0; b < byteCount; b++) {
      int shift = 8 * b;
      out[byteCount - 1 - b] = (byte) (limbs[shift >>> 5] >>> (shift & 31));
    }
    return out;
  }

  private static TagDecodingException tooLarge(int byteCount, int start) {
    return new TagDecodingException(
        "expected a number below 2^" + (8 * byteCount) + ", found a larger one", start);
  }

  private static int[] toBigEndianLimbs(byte[] bytes) {
    int limbCount = (bytes.length + 3) / 4;
    int[] limbs = new int[limbCount];
    for (int b = 0; b < bytes.length; b++) {
      int fromEnd = bytes.length - 1 - b;
      limbs[limbCount - 1 - (fromEnd >>> 2)] |= (bytes[b] & 0xFF) << (8 * (fromEnd & 3));
    }
    return limbs;
  }
}
