package io.github.craftmark.provenance.qr;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.qr.PngWriter;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.math.BigDecimal;

/**
 * Draws a {@link QrCode} as a PNG file, a {@link BufferedImage} or an SVG document for print.
 *
 * <p>Output is deterministic: the same code and options always give the same bytes, on any JDK
 * and platform, so images can be kept as golden files and compared byte for byte. Every method is
 * thread-safe.
 */
public final class QrImages {
  private QrImages() {}

  /**
   * Returns the code as a black-and-white image with {@link QrImageOptions#DEFAULT} sizes.
   *
   * @param code the QR code
   * @return a new {@link BufferedImage#TYPE_BYTE_BINARY} image
   */
  public static BufferedImage toBufferedImage(QrCode code) {
    return toBufferedImage(code, QrImageOptions.DEFAULT);
  }

  /**
   * Returns the code as a black-and-white image: {@code options.pixelsPerModule()} pixels per
   * module and a white quiet zone around it.
   *
   * @param code the QR code
   * @param options module width and quiet zone
   * @return a new {@link BufferedImage#TYPE_BYTE_BINARY} image, index 0 black and 1 white
   */
  public static BufferedImage toBufferedImage(QrCode code, QrImageOptions options) {
    check(code, options);
    int width = options.imageWidth(code.size());
    BufferedImage image = new BufferedImage(width, width, BufferedImage.TYPE_BYTE_BINARY);
    byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    byte[] packed = packedRows(code, options);
    System.arraycopy(packed, 0, target, 0, packed.length);
    return image;
  }

  /**
   * Returns the code as a PNG file with {@link QrImageOptions#DEFAULT} sizes.
   *
   * @param code the QR code
   * @return the PNG file's bytes
   */
  public static byte[] toPng(QrCode code) {
    return toPng(code, QrImageOptions.DEFAULT);
  }

  /**
   * Returns the code as a PNG file: 1-bit greyscale, {@code options.pixelsPerModule()} pixels per
   * module, a white quiet zone, no metadata. A version 7 tag at 8 pixels per module is about 2 KB.
   *
   * @param code the QR code
   * @param options module width and quiet zone
   * @return the PNG file's bytes
   */
  public static byte[] toPng(QrCode code, QrImageOptions options) {
    check(code, options);
    int width = options.imageWidth(code.size());
    return PngWriter.grey1(width, width, packedRows(code, options));
  }

  /**
   * Returns the code as an SVG document for print with {@link QrSvgOptions#DEFAULT} sizes.
   *
   * @param code the QR code
   * @return the SVG document
   */
  public static String toSvg(QrCode code) {
    return toSvg(code, QrSvgOptions.DEFAULT);
  }

  /**
   * Returns the code as an SVG document for print: its width and height in millimetres, a white
   * square for the symbol and its quiet zone, and all dark modules as one black path in a viewBox
   * of one unit per module, with {@code shape-rendering="crispEdges"} so that renderers do not
   * blur module edges.
   *
   * @param code the QR code
   * @param options module size in millimetres and quiet zone
   * @return the SVG document, ending in a line break
   */
  public static String toSvg(QrCode code, QrSvgOptions options) {
    if (code == null) {
      throw new InvalidValueException("code", "must not be null", null);
    }
    if (options == null) {
      throw new InvalidValueException("options", "must not be null", null);
    }
    int size = code.size();
    int quiet = options.quietZoneModules();
    int side = size + 2 * quiet;
    String mm = plain(options.printedWidthMm(size)) + "mm";
    StringBuilder svg = new StringBuilder(64 + size * size * 2);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
        .append(mm)
        .append("\" height=\"")
        .append(mm)
        .append("\" viewBox=\"0 0 ")
        .append(side)
        .append(' ')
        .append(side)
        .append("\" shape-rendering=\"crispEdges\">\n")
        .append("<rect width=\"")
        .append(side)
        .append("\" height=\"")
        .append(side)
        .append("\" fill=\"#ffffff\"/>\n")
        .append("<path fill=\"#000000\" d=\"");
    long[] rows = code.rowBits();
    int words = code.wordsPerRow();
    for (int y = 0; y < size; y++) {
      int x = 0;
      while (x < size) {
        int start = nextDark(rows, y * words, words, x, size);
        if (start >= size) {
          break;
        }
        int end = start;
        while (end < size && (rows[y * words + (end >>> 6)] >>> end & 1) != 0) {
          end++;
        }
        int run = end - start;
        svg.append('M')
            .append(start + quiet)
            .append(' ')
            .append(y + quiet)
            .append('h')
            .append(run)
            .append("v1h-")
            .append(run)
            .append('z');
        x = end;
      }
    }
    return svg.append("\"/>\n</svg>\n").toString();
  }

  private static int nextDark(long[] rows, int base, int words, int from, int size) {
    int w = from >>> 6;
    if (w >= words) {
      return size;
    }
    long bits = rows[base + w] & (-1L << from);
    while (bits == 0) {
      if (++w == words) {
        return size;
      }
      bits = rows[base + w];
    }
    return Math.min(size, w * 64 + Long.numberOfTrailingZeros(bits));
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private static void check(QrCode code, QrImageOptions options) {
    if (code == null) {
      throw new InvalidValueException("code", "must not be null", null);
    }
    if (options == null) {
      throw new InvalidValueException("options", "must not be null", null);
    }
  }

  /**
   * Returns the image's rows packed 8 pixels a byte, most significant bit first, 1 for white; the
   * unused bits at the end of each row are 0 so that the bytes are fully determined.
   */
  private static byte[] packedRows(QrCode code, QrImageOptions options) {
    int size = code.size();
    int scale = options.pixelsPerModule();
    int quiet = options.quietZoneModules();
    int width = options.imageWidth(size);
    int rowBytes = (width + 7) / 8;
    byte[] white = new byte[rowBytes];
    java.util.Arrays.fill(white, (byte) 0xFF);
    if (width % 8 != 0) {
      white[rowBytes - 1] = (byte) (0xFF << (8 - width % 8));
    }
    byte[] out = new byte[rowBytes * width];
    long[] rows = code.rowBits();
    int words = code.wordsPerRow();
    byte[] line = new byte[rowBytes];
    int y0 = quiet * scale;
    for (int i = 0; i < y0; i++) {
      System.arraycopy(white, 0, out, i * rowBytes, rowBytes);
    }
    for (int y = 0; y < size; y++) {
      System.arraycopy(white, 0, line, 0, rowBytes);
      for (int x = 0; x < size; x++) {
        if ((rows[y * words + (x >>> 6)] >>> x & 1) != 0) {
          int from = (quiet + x) * scale;
          for (int p = from; p < from + scale; p++) {
            line[p >>> 3] &= (byte) ~(0x80 >>> (p & 7));
          }
        }
      }
      for (int k = 0; k < scale; k++) {
        System.arraycopy(line, 0, out, (y0 + y * scale + k) * rowBytes, rowBytes);
      }
    }
    for (int i = y0 + size * scale; i < width; i++) {
      System.arraycopy(white, 0, out, i * rowBytes, rowBytes);
    }
    return out;
  }
}
