package io.github.craftmark.provenance.internal.tag;

/**
 * Douglas Crockford's base 32: the digits and the letters without I, L, O and U, five bits a
 * symbol, most significant bits first, the last symbol padded with zero bits.
 *
 * <p>Encoding writes upper case. Decoding accepts lower case, reads {@code I} and {@code L} as
 * {@code 1} and {@code O} as {@code 0}, and skips hyphens, as Crockford specifies for text people
 * type; it refuses non-zero padding bits so that every byte string has one canonical text.
 */
public final class Crockford32 {
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final byte[] VALUES = new byte[128];

  static {
    java.util.Arrays.fill(VALUES, (byte) -1);
    for (int i = 0; i < ALPHABET.length; i++) {
      VALUES[ALPHABET[i]] = (byte) i;
      VALUES[Character.toLowerCase(ALPHABET[i])] = (byte) i;
    }
    VALUES['O'] = 0;
    VALUES['o'] = 0;
    VALUES['I'] = 1;
    VALUES['i'] = 1;
    VALUES['L'] = 1;
    VALUES['l'] = 1;
  }

  private Crockford32() {}

  /**
   * Returns the number of symbols that encode {@code byteCount} bytes.
   *
   * @param byteCount the number of bytes
   * @return {@code ceil(8 * byteCount / 5)}
   */
  public static int encodedLength(int byteCount) {
    return (8 * byteCount + 4) / 5;
  }

  /**
   * Encodes bytes as upper-case symbols.
   *
   * @param bytes the bytes
   * @return the text, {@link #encodedLength(int)} symbols
   */
  public static String encode(byte[] bytes) {
    char[] out = new char[encodedLength(bytes.length)];
    int buffer = 0;
    int bits = 0;
    int o = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xFF);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        out[o++] = ALPHABET[(buffer >>> bits) & 31];
      }
    }
    if (bits > 0) {
      out[o] = ALPHABET[(buffer << (5 - bits)) & 31];
    }
    return new String(out);
  }

  /**
   * Decodes text into bytes.
   *
   * @param text the symbols, hyphens allowed anywhere
   * @return the bytes
   * @throws TagDecodingException naming the index of a symbol outside the alphabet, or when the
   *     symbol count fits no byte count or the padding bits are not zero
   */
  public static byte[] decode(CharSequence text) {
    int symbols = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-') {
        continue;
      }
      if (c >= 128 || VALUES[c] < 0) {
        throw new TagDecodingException("expected a Crockford base 32 symbol, found '" + c + "'", i);
      }
      symbols++;
    }
    int byteCount = symbols * 5 / 8;
    if (encodedLength(byteCount) != symbols) {
      throw new TagDecodingException(
          "expected a symbol count that encodes whole bytes, found " + symbols, text.length());
    }
    byte[] out = new byte[byteCount];
    int buffer = 0;
    int bits = 0;
    int o = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-') {
        continue;
      }
      buffer = (buffer << 5) | VALUES[c];
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        out[o++] = (byte) (buffer >>> bits);
      }
    }
    if ((buffer & ((1 << bits) - 1)) != 0) {
      throw new TagDecodingException(
          "expected zero padding bits in the last symbol", text.length());
    }
    return out;
  }
}
