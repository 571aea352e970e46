package io.github.craftmark.provenance.internal.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PngWriterTest {

  static IntStream seeds() {
    return IntStream.range(0, 40);
  }

  /** Rows that repeat, runs longer than one match, and plain noise, as the seed decides. */
  private static byte[] sample(Random random, int stride, int rows) {
    byte[] data = new byte[stride * rows];
    for (int y = 0; y < rows; y++) {
      int kind = random.nextInt(4);
      for (int x = 0; x < stride; x++) {
        int i = y * stride + x;
        data[i] = switch (kind) {
          case 0 -> y > 0 ? data[i - stride] : 0;
          case 1 -> (byte) (x < stride / 2 ? 0xFF : 0);
          case 2 -> (byte) random.nextInt(256);
          default -> (byte) (random.nextInt(8) == 0 ? random.nextInt(256) : 0x0F);
        };
      }
    }
    return data;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void zlib_inflatesBackToTheInput(int seed) throws DataFormatException {
    Random random = new Random(seed);
    int stride = 1 + random.nextInt(seed % 3 == 0 ? 800 : 60);
    int rows = 1 + random.nextInt(300);
    byte[] data = sample(random, stride, rows);

    byte[] zlib = PngWriter.zlib(data, stride);

    Inflater inflater = new Inflater();
    inflater.setInput(zlib);
    byte[] back = new byte[data.length + 1];
    int n = inflater.inflate(back);
    assertThat(inflater.finished()).isTrue();
    assertThat(inflater.getRemaining()).isZero();
    inflater.end();
    assertThat(Arrays.copyOf(back, n)).isEqualTo(data);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void grey1_isReadByImageIoPixelForPixel(int seed) throws IOException {
    Random random = new Random(seed);
    int width = 1 + random.nextInt(300);
    int height = 1 + random.nextInt(200);
    int rowBytes = (width + 7) / 8;
    byte[] rows = new byte[rowBytes * height];
    random.nextBytes(rows);
    for (int y = 0; y < height; y++) {
      if (width % 8 != 0) {
        rows[y * rowBytes + rowBytes - 1] &= (byte) (0xFF << (8 - width % 8));
      }
    }

    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(PngWriter.grey1(width, height, rows)));

    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isEqualTo(height);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        boolean white = (rows[y * rowBytes + x / 8] >> (7 - x % 8) & 1) != 0;
        assertThat(image.getRGB(x, y)).isEqualTo(white ? 0xFFFFFFFF : 0xFF000000);
      }
    }
  }
}
