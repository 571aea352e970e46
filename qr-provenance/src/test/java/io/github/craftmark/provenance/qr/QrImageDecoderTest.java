package io.github.craftmark.provenance.qr;

import static io.github.craftmark.provenance.qr.QrTestTexts.TAG_PREFIX;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QrImageDecoderTest {
  private static final String DIGITS = "1" + QrTestTexts.digits(new Random(31), 249);
  private static final String TEXT = TAG_PREFIX + DIGITS;

  private static BufferedImage tagImage(ErrorCorrection level) {
    return QrImages.toBufferedImage(QrCode.encode(TAG_PREFIX, DIGITS, level));
  }

  static Stream<Arguments> photos() {
    return Stream.of(
        photo("scaled 0.5x", img -> PhotoEffects.scale(img, 0.5)),
        photo("scaled 0.75x", img -> PhotoEffects.scale(img, 0.75)),
        photo("scaled 1.7x", img -> PhotoEffects.scale(img, 1.7)),
        photo("scaled 3x", img -> PhotoEffects.scale(img, 3)),
        photo("rotated 7 degrees", img -> PhotoEffects.rotate(img, 7)),
        photo("rotated 30 degrees", img -> PhotoEffects.rotate(img, 30)),
        photo("rotated 90 degrees", img -> PhotoEffects.rotate(img, 90)),
        photo("rotated 180 degrees", img -> PhotoEffects.rotate(img, 180)),
        photo("rotated 243 degrees", img -> PhotoEffects.rotate(img, 243)),
        photo("Gaussian noise sigma 40", img -> PhotoEffects.noise(img, 40, 1)),
        photo("Gaussian noise sigma 80", img -> PhotoEffects.noise(img, 80, 2)),
        photo("blurred radius 3", img -> PhotoEffects.blur(img, 3)),
        photo("blurred radius 6", img -> PhotoEffects.blur(img, 6)),
        photo("JPEG quality 0.3", img -> PhotoEffects.jpegRoundTrip(img, 0.3f)),
        photo("JPEG quality 0.05", img -> PhotoEffects.jpegRoundTrip(img, 0.05f)),
        photo("skewed", img -> PhotoEffects.skew(img, 0.25, 0.8)),
        photo("skewed the other way", img -> PhotoEffects.skew(img, -0.3, 0.7)),
        photo("low contrast 110..150", img -> PhotoEffects.contrast(img, 110, 150)),
        photo(
            "low contrast and noise",
            img -> PhotoEffects.noise(PhotoEffects.contrast(img, 90, 160), 12, 3)),
        photo("light code on dark label", PhotoEffects::invert),
        photo(
            "phone photo: rotated, shrunk, skewed, blurred, noisy, JPEG",
            img -> PhotoEffects.jpegRoundTrip(
                PhotoEffects.noise(
                    PhotoEffects.blur(
                        PhotoEffects.skew(
                            PhotoEffects.scale(PhotoEffects.rotate(img, 11), 0.8), 0.15, 0.9),
                        2),
                    18,
                    4),
                0.5f)));
  }

  private static Arguments photo(String name, UnaryOperator<BufferedImage> effect) {
    return Arguments.of(name, effect);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("photos")
  void decode_photoOfATag_readsTheText(String name, UnaryOperator<BufferedImage> effect) {
    BufferedImage photo = effect.apply(tagImage(ErrorCorrection.M));

    assertThat(QrImageDecoder.decode(photo)).hasValue(TEXT);
  }

  @Test
  void decode_noisierThanPlainZxingReads_stillReads() {
    // Heavy noise: ZXing alone on the raw picture gives up, the clean-ups read it.
    BufferedImage photo =
        PhotoEffects.noise(PhotoEffects.contrast(tagImage(ErrorCorrection.M), 30, 225), 90, 9);

    assertThat(ZxingReference.decodeImage(photo)).isNull();
    assertThat(QrImageDecoder.decode(photo)).hasValue(TEXT);
  }

  @Test
  void decodeImage_pngAndJpegFiles_readTheText() throws IOException {
    QrCode code = QrCode.encode(TAG_PREFIX, DIGITS, ErrorCorrection.Q);

    assertThat(QrImageDecoder.decodeImage(QrImages.toPng(code))).hasValue(TEXT);
    assertThat(QrImageDecoder.decodeImage(
            PhotoEffects.jpeg(PhotoEffects.rotate(QrImages.toBufferedImage(code), 20), 0.4f)))
        .hasValue(TEXT);
    assertThat(QrImageDecoder.decodeImage(write(QrImages.toBufferedImage(code), "gif")))
        .hasValue(TEXT);
    assertThat(QrImageDecoder.decodeImage(
            write(PhotoEffects.rgb(QrImages.toBufferedImage(code)), "bmp")))
        .hasValue(TEXT);
  }

  @Test
  void decode_greyAndTransparentImages_readTheText() {
    BufferedImage binary = tagImage(ErrorCorrection.L);
    BufferedImage grey =
        new BufferedImage(binary.getWidth(), binary.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    grey.getGraphics().drawImage(binary, 0, 0, null);
    // Dark modules opaque, light ones fully transparent black: meant to be shown on white.
    BufferedImage transparent =
        new BufferedImage(binary.getWidth(), binary.getHeight(), BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < binary.getHeight(); y++) {
      for (int x = 0; x < binary.getWidth(); x++) {
        transparent.setRGB(x, y, (binary.getRGB(x, y) & 0xFF) == 0 ? 0xFF000000 : 0x00000000);
      }
    }

    assertThat(QrImageDecoder.decode(grey)).hasValue(TEXT);
    assertThat(QrImageDecoder.decode(transparent)).hasValue(TEXT);
  }

  @Test
  void decode_pictureWithoutCode_isEmpty() {
    Random random = new Random(8);
    BufferedImage noise = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 300; x++) {
        noise.setRGB(x, y, random.nextInt(0x1000000));
      }
    }

    assertThat(QrImageDecoder.decode(noise)).isEmpty();
    assertThat(QrImageDecoder.decode(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)))
        .isEmpty();
    assertThat(QrImageDecoder.decode(null)).isEmpty();
  }

  @Test
  void decode_pictureOfMoreThanTheMostPixels_isRefusedUnread() {
    BufferedImage tag = tagImage(ErrorCorrection.M);
    int side = 4 * tag.getWidth();
    BufferedImage small = new BufferedImage(2500, 2500, BufferedImage.TYPE_BYTE_BINARY);
    BufferedImage giant = new BufferedImage(10_001, 10_000, BufferedImage.TYPE_BYTE_BINARY);
    for (BufferedImage picture : List.of(small, giant)) {
      Graphics2D g = picture.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
      g.drawImage(tag, 100, 100, side, side, null);
      g.dispose();
    }
    assertThat((long) giant.getWidth() * giant.getHeight())
        .isGreaterThan(QrImageDecoder.MAX_IMAGE_PIXELS);

    assertThat(QrImageDecoder.decode(small)).hasValue(TEXT);
    assertThat(QrImageDecoder.decode(giant)).isEmpty();
  }

  @Test
  void decodeImage_garbage_isEmpty() {
    assertThat(QrImageDecoder.decodeImage(null)).isEmpty();
    assertThat(QrImageDecoder.decodeImage(new byte[0])).isEmpty();
    assertThat(QrImageDecoder.decodeImage("not an image".getBytes())).isEmpty();
    byte[] png = QrImages.toPng(QrCode.encode(TAG_PREFIX, DIGITS, ErrorCorrection.M));
    assertThat(QrImageDecoder.decodeImage(Arrays.copyOf(png, png.length / 2))).isEmpty();
  }

  @Test
  void decodeImage_pngDeclaringAGiantImage_isRefusedUnread() {
    // A valid header for 200,000 × 200,000 pixels followed by no image data.
    ByteBuffer header = ByteBuffer.allocate(13);
    header.putInt(200_000).putInt(200_000).put((byte) 8).put((byte) 0).put((byte) 0);
    header.put((byte) 0).put((byte) 0);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    writeChunk(png, "IHDR", header.array());
    writeChunk(png, "IDAT", new byte[] {0x78, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    writeChunk(png, "IEND", new byte[0]);

    assertThat(QrImageDecoder.decodeImage(png.toByteArray())).isEmpty();
  }

  @Test
  void decodeImage_oversizedFile_isRefused() {
    assertThat(QrImageDecoder.decodeImage(new byte[QrImageDecoder.MAX_FILE_BYTES + 1]))
        .isEmpty();
  }

  static Stream<Arguments> mutatedFiles() {
    Random random = new Random(404);
    QrCode code = QrCode.encode(TAG_PREFIX, DIGITS, ErrorCorrection.H);
    byte[] png = QrImages.toPng(code, QrImageOptions.DEFAULT.withPixelsPerModule(4));
    byte[] jpeg = PhotoEffects.jpeg(QrImages.toBufferedImage(code), 0.7f);
    Stream.Builder<Arguments> cases = Stream.builder();
    for (int i = 0; i < 60; i++) {
      byte[] source = i % 2 == 0 ? png : jpeg;
      byte[] mutated = source.clone();
      int kind = i % 6;
      if (kind == 0) {
        mutated = new byte[random.nextInt(2000)];
        random.nextBytes(mutated);
      } else if (kind == 1) {
        mutated = Arrays.copyOf(mutated, random.nextInt(mutated.length));
      } else {
        int flips = 1 + random.nextInt(kind * 4);
        for (int f = 0; f < flips; f++) {
          mutated[random.nextInt(mutated.length)] ^= (byte) (1 + random.nextInt(255));
        }
      }
      cases.add(Arguments.of(i, mutated));
    }
    return cases.build();
  }

  @ParameterizedTest(name = "mutation {0}")
  @MethodSource("mutatedFiles")
  void decodeImage_mutatedFile_neverThrowsAndNeverReadsOtherText(int index, byte[] file) {
    Optional<String> text = QrImageDecoder.decodeImage(file);

    text.ifPresent(t -> assertThat(t).isEqualTo(TEXT));
  }

  @Test
  void decode_fromManyThreadsAtOnce_readsEveryPicture() throws Exception {
    List<BufferedImage> photos = List.of(
        PhotoEffects.rotate(tagImage(ErrorCorrection.M), 30),
        PhotoEffects.noise(tagImage(ErrorCorrection.Q), 60, 5),
        PhotoEffects.scale(tagImage(ErrorCorrection.L), 0.5),
        tagImage(ErrorCorrection.H));
    int rounds = 3;
    List<Integer> read = ProvenanceFixtures.onThreadsAtOnce(4, thread -> {
      int count = 0;
      for (int r = 0; r < rounds; r++) {
        for (BufferedImage photo : photos) {
          if (QrImageDecoder.decode(photo).filter(TEXT::equals).isPresent()) {
            count++;
          }
        }
      }
      return count;
    });
    assertThat(read).hasSize(4).containsOnly(rounds * photos.size());
  }

  private static byte[] write(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, out)).as("writer for %s", format).isTrue();
    return out.toByteArray();
  }

  private static void writeChunk(ByteArrayOutputStream png, String type, byte[] data) {
    png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    png.writeBytes(typeBytes);
    png.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
