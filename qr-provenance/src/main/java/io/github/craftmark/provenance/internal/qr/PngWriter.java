package io.github.craftmark.provenance.internal.qr;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * Writes 1-bit greyscale PNG files (RFC 2083 / ISO/IEC 15948) whose bytes depend only on the
 * pixels.
 *
 * <p>The zlib stream is made here, not by {@link java.util.zip.Deflater}: its output may change
 * with the platform's zlib (zlib-ng, vendor builds), and a golden file must not. One fixed-Huffman
 * deflate block (RFC 1951 §3.2.6) with matches at two distances suits a QR image well: a run of
 * equal bytes (distance 1) and a repeated scanline (distance = scanline length, as each module is
 * several pixels tall).
 */
public final class PngWriter {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final int MIN_MATCH = 3;
  private static final int MAX_MATCH = 258;

  // Fixed Huffman codes, bit-reversed for LSB-first output, and their lengths.
  private static final int[] LITERAL_CODE = new int[288];
  private static final int[] LITERAL_BITS = new int[288];
  private static final int[] LENGTH_BASE = new int[29];
  private static final int[] LENGTH_EXTRA = new int[29];
  private static final int[] DISTANCE_BASE = new int[30];
  private static final int[] DISTANCE_EXTRA = new int[30];

  static {
    for (int symbol = 0; symbol < 288; symbol++) {
      int code;
      int bits;
      if (symbol < 144) {
        code = 0x30 + symbol;
        bits = 8;
      } else if (symbol < 256) {
        code = 0x190 + symbol - 144;
        bits = 9;
      } else if (symbol < 280) {
        code = symbol - 256;
        bits = 7;
      } else {
        code = 0xC0 + symbol - 280;
        bits = 8;
      }
      LITERAL_CODE[symbol] = reverse(code, bits);
      LITERAL_BITS[symbol] = bits;
    }
    int base = 3;
    for (int i = 0; i < 28; i++) {
      LENGTH_EXTRA[i] = i < 8 ? 0 : (i - 4) / 4;
      LENGTH_BASE[i] = base;
      base += 1 << LENGTH_EXTRA[i];
    }
    LENGTH_BASE[28] = 258;
    base = 1;
    for (int i = 0; i < 30; i++) {
      DISTANCE_EXTRA[i] = i < 4 ? 0 : (i - 2) / 2;
      DISTANCE_BASE[i] = base;
      base += 1 << DISTANCE_EXTRA[i];
    }
  }

  private PngWriter() {}

  /**
   * Returns a PNG of a 1-bit greyscale image.
   *
   * @param width pixels per row
   * @param height rows
   * @param packedRows {@code height} rows of {@code (width + 7) / 8} bytes, most significant bit
   *     first, 1 for white, 0 for black; the unused low bits of each row's last byte must be 0
   * @return the PNG file's bytes
   */
  public static byte[] grey1(int width, int height, byte[] packedRows) {
    int rowBytes = (width + 7) / 8;
    int stride = rowBytes + 1;
    byte[] raw = new byte[stride * height];
    for (int y = 0; y < height; y++) {
      // Filter type 0 (none) on every scanline: the matcher finds repeated rows by itself.
      System.arraycopy(packedRows, y * rowBytes, raw, y * stride + 1, rowBytes);
    }
    byte[] zlib = zlib(raw, stride);

    ByteSink png = new ByteSink(zlib.length + 64);
    png.write(SIGNATURE, 0, SIGNATURE.length);
    byte[] header = new byte[13];
    putInt(header, 0, width);
    putInt(header, 4, height);
    header[8] = 1; // bit depth
    header[9] = 0; // greyscale
    header[10] = 0; // deflate
    header[11] = 0; // adaptive filtering
    header[12] = 0; // no interlace
    chunk(png, "IHDR", header);
    chunk(png, "IDAT", zlib);
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  /** Returns a zlib stream (RFC 1950) of one fixed-Huffman deflate block. */
  static byte[] zlib(byte[] data, int stride) {
    BitSink out = new BitSink(data.length / 4 + 64);
    out.writeByte(0x78); // deflate, 32 KiB window
    out.writeByte(0x01); // no dictionary, fastest; header is a multiple of 31
    out.bits(1, 1); // last block
    out.bits(1, 2); // fixed Huffman codes
    int n = data.length;
    int i = 0;
    while (i < n) {
      int best = 0;
      int distance = 0;
      if (i >= 1) {
        best = matchLength(data, i, 1);
        distance = 1;
      }
      if (i >= stride && stride > 1) {
        int length = matchLength(data, i, stride);
        if (length > best) {
          best = length;
          distance = stride;
        }
      }
      if (best >= MIN_MATCH) {
        writeMatch(out, best, distance);
        i += best;
      } else {
        int b = data[i] & 0xFF;
        out.bits(LITERAL_CODE[b], LITERAL_BITS[b]);
        i++;
      }
    }
    out.bits(LITERAL_CODE[256], LITERAL_BITS[256]);
    out.alignToByte();
    Adler32 adler = new Adler32();
    adler.update(data, 0, n);
    long checksum = adler.getValue();
    out.writeByte((int) (checksum >>> 24));
    out.writeByte((int) (checksum >>> 16));
    out.writeByte((int) (checksum >>> 8));
    out.writeByte((int) checksum);
    return out.toByteArray();
  }

  private static int matchLength(byte[] data, int i, int distance) {
    int max = Math.min(MAX_MATCH, data.length - i);
    int length = 0;
    while (length < max && data[i + length] == data[i + length - distance]) {
      length++;
    }
    return length;
  }

  private static void writeMatch(BitSink out, int length, int distance) {
    int code = 28;
    while (LENGTH_BASE[code] > length) {
      code--;
    }
    int symbol = 257 + code;
    out.bits(LITERAL_CODE[symbol], LITERAL_BITS[symbol]);
    out.bits(length - LENGTH_BASE[code], LENGTH_EXTRA[code]);
    int d = 29;
    while (DISTANCE_BASE[d] > distance) {
      d--;
    }
    out.bits(reverse(d, 5), 5);
    out.bits(distance - DISTANCE_BASE[d], DISTANCE_EXTRA[d]);
  }

  private static int reverse(int code, int bits) {
    return Integer.reverse(code) >>> (32 - bits);
  }

  private static void chunk(ByteSink png, String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    byte[] length = new byte[4];
    putInt(length, 0, data.length);
    png.write(length, 0, 4);
    png.write(typeBytes, 0, 4);
    png.write(data, 0, data.length);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    byte[] crcBytes = new byte[4];
    putInt(crcBytes, 0, (int) crc.getValue());
    png.write(crcBytes, 0, 4);
  }

  private static void putInt(byte[] out, int offset, int value) {
    out[offset] = (byte) (value >>> 24);
    out[offset + 1] = (byte) (value >>> 16);
    out[offset + 2] = (byte) (value >>> 8);
    out[offset + 3] = (byte) value;
  }

  /** A growable byte array. */
  private static class ByteSink {
    byte[] buffer;
    int size;

    ByteSink(int capacity) {
      buffer = new byte[Math.max(16, capacity)];
    }

    void writeByte(int b) {
      if (size == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
      buffer[size++] = (byte) b;
    }

    void write(byte[] bytes, int offset, int length) {
      if (size + length > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + length));
      }
      System.arraycopy(bytes, offset, buffer, size, length);
      size += length;
    }

    byte[] toByteArray() {
      return Arrays.copyOf(buffer, size);
    }
  }

  /** Packs bits least significant first, as deflate does. */
  private static final class BitSink extends ByteSink {
    private long pending;
    private int pendingBits;

    BitSink(int capacity) {
      super(capacity);
    }

    void bits(int value, int count) {
      pending |= (long) value << pendingBits;
      pendingBits += count;
      while (pendingBits >= 8) {
        writeByte((int) pending);
        pending >>>= 8;
        pendingBits -= 8;
      }
    }

    void alignToByte() {
      if (pendingBits > 0) {
        writeByte((int) pending);
        pending = 0;
        pendingBits = 0;
      }
    }
  }
}
