package io.github.craftmark.provenance.internal.qr;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * An 8-bit luminance image (0 black, 255 white) and the clean-ups tried on hard photos: contrast
 * stretch, downscaling, blur. Also ZXing's view of it, as a {@link LuminanceSource}.
 */
final class GreyImage {
  final int width;
  final int height;
  final byte[] pixels;

  GreyImage(int width, int height, byte[] pixels) {
    this.width = width;
    this.height = height;
    this.pixels = pixels;
  }

  /**
   * Converts an image to luminance, transparent pixels composited over white (a transparent PNG's
   * background is usually meant to be light).
   */
  static GreyImage of(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    byte[] out = new byte[width * height];
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
        && image.getRaster().getDataBuffer() instanceof DataBufferByte) {
      // getRGB would convert linear grey to sRGB and brighten the mid-tones; read the raster.
      image.getRaster().getDataElements(0, 0, width, height, out);
      return new GreyImage(width, height, out);
    }
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      image.getRGB(0, y, width, 1, row, 0, width);
      for (int x = 0; x < width; x++) {
        int argb = row[x];
        int r = argb >>> 16 & 0xFF;
        int g = argb >>> 8 & 0xFF;
        int b = argb & 0xFF;
        // ITU-R BT.601 luma weights, in thousandths.
        int luma = (299 * r + 587 * g + 114 * b + 500) / 1000;
        int alpha = argb >>> 24;
        if (alpha != 0xFF) {
          luma = (luma * alpha + 255 * (255 - alpha) + 127) / 255;
        }
        out[y * width + x] = (byte) luma;
      }
    }
    return new GreyImage(width, height, out);
  }

  /**
   * Returns the image with its 1st..99th percentile of luminance stretched to 0..255, for faded or
   * low-contrast photos; null when it is already full range or flat.
   */
  GreyImage stretched() {
    int[] histogram = new int[256];
    for (byte p : pixels) {
      histogram[p & 0xFF]++;
    }
    int cut = pixels.length / 100;
    int low = 0;
    for (int seen = 0; low < 255 && seen + histogram[low] <= cut; low++) {
      seen += histogram[low];
    }
    int high = 255;
    for (int seen = 0; high > 0 && seen + histogram[high] <= cut; high--) {
      seen += histogram[high];
    }
    if (high - low < 8 || (low < 16 && high > 239)) {
      return null;
    }
    byte[] map = new byte[256];
    for (int v = 0; v < 256; v++) {
      int s = (v - low) * 255 / (high - low);
      map[v] = (byte) Math.max(0, Math.min(255, s));
    }
    byte[] out = new byte[pixels.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = map[pixels[i] & 0xFF];
    }
    return new GreyImage(width, height, out);
  }

  /** Returns the image at 1/factor of its size, each pixel the mean of a factor×factor block. */
  GreyImage downscaled(int factor) {
    int w = width / factor;
    int h = height / factor;
    if (w < 21 || h < 21) {
      return null;
    }
    byte[] out = new byte[w * h];
    int area = factor * factor;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int sum = 0;
        for (int dy = 0; dy < factor; dy++) {
          int base = (y * factor + dy) * width + x * factor;
          for (int dx = 0; dx < factor; dx++) {
            sum += pixels[base + dx] & 0xFF;
          }
        }
        out[y * w + x] = (byte) (sum / area);
      }
    }
    return new GreyImage(w, h, out);
  }

  /** Returns the image smoothed by a 3×3 box filter, for speckle noise. */
  GreyImage blurred() {
    byte[] out = new byte[pixels.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int sum = 0;
        int n = 0;
        for (int dy = -1; dy <= 1; dy++) {
          int yy = y + dy;
          if (yy < 0 || yy >= height) {
            continue;
          }
          for (int dx = -1; dx <= 1; dx++) {
            int xx = x + dx;
            if (xx >= 0 && xx < width) {
              sum += pixels[yy * width + xx] & 0xFF;
              n++;
            }
          }
        }
        out[y * width + x] = (byte) (sum / n);
      }
    }
    return new GreyImage(width, height, out);
  }

  LuminanceSource luminanceSource() {
    return new Source(pixels, width, 0, 0, width, height);
  }

  /** ZXing's view of a (possibly cropped) region of the luminance array. */
  private static final class Source extends LuminanceSource {
    private final byte[] pixels;
    private final int stride;
    private final int left;
    private final int top;

    Source(byte[] pixels, int stride, int left, int top, int width, int height) {
      super(width, height);
      this.pixels = pixels;
      this.stride = stride;
      this.left = left;
      this.top = top;
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
      if (y < 0 || y >= getHeight()) {
        throw new IllegalArgumentException("row outside the image: " + y);
      }
      int width = getWidth();
      if (row == null || row.length < width) {
        row = new byte[width];
      }
      System.arraycopy(pixels, (top + y) * stride + left, row, 0, width);
      return row;
    }

    @Override
    public byte[] getMatrix() {
      int width = getWidth();
      int height = getHeight();
      if (left == 0 && top == 0 && width == stride && height * width == pixels.length) {
        return pixels;
      }
      byte[] matrix = new byte[width * height];
      for (int y = 0; y < height; y++) {
        System.arraycopy(pixels, (top + y) * stride + left, matrix, y * width, width);
      }
      return matrix;
    }

    @Override
    public boolean isCropSupported() {
      return true;
    }

    @Override
    public LuminanceSource crop(int cropLeft, int cropTop, int cropWidth, int cropHeight) {
      if (cropLeft < 0
          || cropTop < 0
          || cropLeft + cropWidth > getWidth()
          || cropTop + cropHeight > getHeight()) {
        throw new IllegalArgumentException("crop outside the image");
      }
      return new Source(pixels, stride, left + cropLeft, top + cropTop, cropWidth, cropHeight);
    }
  }
}
