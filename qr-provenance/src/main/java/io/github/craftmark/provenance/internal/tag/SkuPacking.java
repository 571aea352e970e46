package io.github.craftmark.provenance.internal.tag;

/**
 * Packs a SKU of the 39 symbols {@code 0-9 A-Z - . /} three to two bytes (format v1, claim 2).
 *
 * <p>Three symbols c1 c2 c3 make the 16-bit big-endian value {@code c1*1521 + c2*39 + c3} (below
 * 59319); a last single symbol makes one byte (below 39); a last pair makes {@code 59319 + c1*39 +
 * c2} (59319..60839). Unpacking is strict: every value outside those ranges is refused.
 */
public final class SkuPacking {
  private static final String SYMBOLS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-./";
  private static final int TRIPLES = 39 * 39 * 39; // 59319
  private static final int PAIRS_END = TRIPLES + 39 * 39; // 60840

  private SkuPacking() {}

  /**
   * Tells whether every character of {@code sku} is one of the 39 symbols.
   *
   * @param sku the SKU text
   * @return whether it can be packed
   */
  public static boolean isPackable(CharSequence sku) {
    if (sku.length() == 0) {
      return false;
    }
    for (int i = 0; i < sku.length(); i++) {
      if (value(sku.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the number of bytes a packable SKU of {@code length} symbols takes.
   *
   * @param length the number of symbols
   * @return the packed length
   */
  public static int packedLength(int length) {
    return 2 * (length / 3) + (length % 3);
  }

  /**
   * Packs a SKU.
   *
   * @param sku the SKU, only the 39 symbols
   * @return the packed bytes
   * @throws IllegalArgumentException when a character is not one of the 39 symbols
   */
  public static byte[] pack(CharSequence sku) {
    if (!isPackable(sku)) {
      throw new IllegalArgumentException("not a packable SKU");
    }
    int length = sku.length();
    byte[] out = new byte[packedLength(length)];
    int o = 0;
    int i = 0;
    for (; i + 3 <= length; i += 3) {
      int v =
          value(sku.charAt(i)) * 1521 + value(sku.charAt(i + 1)) * 39 + value(sku.charAt(i + 2));
      out[o++] = (byte) (v >>> 8);
      out[o++] = (byte) v;
    }
    if (length - i == 1) {
      out[o] = (byte) value(sku.charAt(i));
    } else if (length - i == 2) {
      int v = TRIPLES + value(sku.charAt(i)) * 39 + value(sku.charAt(i + 1));
      out[o++] = (byte) (v >>> 8);
      out[o] = (byte) v;
    }
    return out;
  }

  /**
   * Unpacks a SKU.
   *
   * @param packed the packed bytes
   * @return the SKU text
   * @throws TagDecodingException naming the byte offset of a value out of range, or when {@code
   *     packed} is empty
   */
  public static String unpack(byte[] packed) {
    if (packed.length == 0) {
      throw new TagDecodingException("expected a packed SKU of at least 1 byte, found 0", 0);
    }
    StringBuilder out = new StringBuilder(packed.length * 3 / 2 + 1);
    int pairsEnd = packed.length - (packed.length % 2);
    for (int i = 0; i < pairsEnd; i += 2) {
      int v = ((packed[i] & 0xFF) << 8) | (packed[i + 1] & 0xFF);
      boolean last = i + 2 == packed.length;
      if (v < TRIPLES) {
        out.append(SYMBOLS.charAt(v / 1521))
            .append(SYMBOLS.charAt(v / 39 % 39))
            .append(SYMBOLS.charAt(v % 39));
      } else if (last && v < PAIRS_END) {
        int w = v - TRIPLES;
        out.append(SYMBOLS.charAt(w / 39)).append(SYMBOLS.charAt(w % 39));
      } else {
        throw new TagDecodingException(
            "expected a packed SKU group below " + (last ? PAIRS_END : TRIPLES) + ", found " + v,
            i);
      }
    }
    if (pairsEnd < packed.length) {
      int v = packed[pairsEnd] & 0xFF;
      if (v >= 39) {
        throw new TagDecodingException(
            "expected a packed SKU symbol below 39, found " + v, pairsEnd);
      }
      out.append(SYMBOLS.charAt(v));
    }
    return out.toString();
  }

  private static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    return switch (c) {
      case '-' -> 36;
      case '.' -> 37;
      case '/' -> 38;
      default -> -1;
    };
  }
}
