package io.github.craftmark.provenance.qr;

import static io.github.craftmark.provenance.qr.QrTestTexts.TAG_PREFIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QrImagesTest {
  /** A tag-like text: the prefix, profile digit 1 and 249 digits (EXAMPLE, not a signed tag). */
  static final String GOLDEN_TEXT = TAG_PREFIX
      + "1"
      + "0371652289314470052918337460128955031742698810462753390187264519"
      + "9903316458207719634482015576290341886652047793118256049930712264"
      + "5810397742265501893340671182459026637184529900314467728155063289"
      + "204711365983022457188643009261375554182069375821409663760";

  @TempDir
  Path tempDir;

  static Stream<Arguments> symbolsForZbar() {
    Random random = new Random(2024);
    List<Arguments> cases = new ArrayList<>();
    for (int i = 0; i < 28; i++) {
      ErrorCorrection level = ErrorCorrection.values()[i % 4];
      String prefix = QrTestTexts.urlPrefix(random);
      // Versions 2 to about 25, most of them 7 and up (with version information).
      int n = i < 4 ? 20 + random.nextInt(150) : 240 + random.nextInt(i < 20 ? 400 : 1200);
      cases.add(Arguments.of(
          List.of(QrSegment.alphanumeric(prefix), QrSegment.numeric(QrTestTexts.digits(random, n))),
          level));
    }
    cases.add(Arguments.of(
        List.of(QrSegment.numeric(QrTestTexts.digits(random, 300))), ErrorCorrection.M));
    cases.add(Arguments.of(
        List.of(QrSegment.alphanumeric(QrTestTexts.alphanumeric(random, 150))), ErrorCorrection.Q));
    cases.add(Arguments.of(
        List.of(QrSegment.bytes("https://battrang.vn/t/" + QrTestTexts.ascii(random, 60))),
        ErrorCorrection.L));
    cases.add(Arguments.of(
        List.of(QrSegment.bytes("Bình gốm men lam Bát Tràng, Hà Nội")), ErrorCorrection.H));
    return cases.stream();
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("symbolsForZbar")
  void toPng_isReadByZbarimgAndZxing(List<QrSegment> segments, ErrorCorrection level)
      throws IOException {
    QrCode code = QrCode.encodeSegments(segments, level);
    byte[] png = QrImages.toPng(code, QrImageOptions.DEFAULT.withPixelsPerModule(4));
    Path file = tempDir.resolve("qr-v" + code.version() + ".png");
    Files.write(file, png);

    assertThat(Zbarimg.read(file)).as("zbarimg, %s", code).hasValue(code.text());
    assertThat(QrImageDecoder.decodeImage(Files.readAllBytes(file)))
        .as("ZXing, %s", code)
        .hasValue(code.text());
  }

  @Test
  void toPng_coversVersion7AndUpInTheZbarimgCases() {
    List<Integer> versions = symbolsForZbar()
        .map(a -> QrCode.encodeSegments(castSegments(a.get()[0]), (ErrorCorrection) a.get()[1])
            .version())
        .toList();

    assertThat(versions).anyMatch(v -> v >= 20).anyMatch(v -> v < 7);
    assertThat(versions.stream().filter(v -> v >= 7).count()).isGreaterThan(20);
  }

  @SuppressWarnings("unchecked")
  private static List<QrSegment> castSegments(Object segments) {
    return (List<QrSegment>) segments;
  }

  static Stream<Arguments> pixelSizes() {
    return Stream.of(
        Arguments.of(4, 4),
        Arguments.of(5, 4),
        Arguments.of(7, 6),
        Arguments.of(8, 4),
        Arguments.of(13, 5),
        Arguments.of(32, 32));
  }

  @ParameterizedTest(name = "{0} px per module, quiet zone {1}")
  @MethodSource("pixelSizes")
  void toPng_readByImageIo_hasEveryModuleWhereTheCodeSays(int pixels, int quiet)
      throws IOException {
    Random random = new Random(pixels * 31L + quiet);
    QrCode code = QrCode.encode(
        QrTestTexts.urlPrefix(random),
        QrTestTexts.digits(random, 1 + random.nextInt(600)),
        ErrorCorrection.values()[random.nextInt(4)]);
    QrImageOptions options = new QrImageOptions(pixels, quiet);

    BufferedImage png = ImageIO.read(new ByteArrayInputStream(QrImages.toPng(code, options)));
    BufferedImage direct = QrImages.toBufferedImage(code, options);

    int width = (code.size() + 2 * quiet) * pixels;
    assertThat(png.getWidth()).isEqualTo(width);
    assertThat(png.getHeight()).isEqualTo(width);
    assertThat(direct.getWidth()).isEqualTo(width);
    assertThat(direct.getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < width; y++) {
      for (int x = 0; x < width; x++) {
        int mx = x / pixels - quiet;
        int my = y / pixels - quiet;
        boolean dark =
            mx >= 0 && my >= 0 && mx < code.size() && my < code.size() && code.isDark(mx, my);
        int expected = dark ? 0xFF000000 : 0xFFFFFFFF;
        assertThat(png.getRGB(x, y)).as("PNG pixel (%d, %d)", x, y).isEqualTo(expected);
        assertThat(direct.getRGB(x, y)).as("image pixel (%d, %d)", x, y).isEqualTo(expected);
      }
    }
  }

  @Test
  void toPng_goldenTag_isByteForByteTheCommittedFile() throws IOException {
    QrCode code =
        QrCode.encode(TAG_PREFIX, GOLDEN_TEXT.substring(TAG_PREFIX.length()), ErrorCorrection.M);

    byte[] png = QrImages.toPng(code, QrImageOptions.DEFAULT.withPixelsPerModule(4));

    assertThat(code.version()).isEqualTo(7);
    assertThat(png).isEqualTo(resource("/qr/golden-tag-v7-m-4px.png"));
    assertThat(QrImages.toPng(code, QrImageOptions.DEFAULT.withPixelsPerModule(4)))
        .isEqualTo(png);
  }

  @Test
  void toPng_fromManyThreadsAtOnce_givesTheGoldenBytes() throws Exception {
    QrCode code =
        QrCode.encode(TAG_PREFIX, GOLDEN_TEXT.substring(TAG_PREFIX.length()), ErrorCorrection.M);
    byte[] golden = resource("/qr/golden-tag-v7-m-4px.png");
    int rounds = 50;
    List<Integer> same = ProvenanceFixtures.onThreadsAtOnce(6, thread -> {
      int count = 0;
      for (int r = 0; r < rounds; r++) {
        byte[] png = QrImages.toPng(code, QrImageOptions.DEFAULT.withPixelsPerModule(4));
        if (Arrays.equals(png, golden)) {
          count++;
        }
      }
      return count;
    });
    assertThat(same).hasSize(6).containsOnly(rounds);
  }

  @Test
  void toPng_goldenTag_isReadByZbarimg() throws IOException {
    Path file = tempDir.resolve("golden.png");
    Files.write(file, resource("/qr/golden-tag-v7-m-4px.png"));

    assertThat(Zbarimg.read(file)).hasValue(GOLDEN_TEXT);
  }

  @Test
  void toSvg_goldenTag_isTheCommittedDocument() throws IOException {
    QrCode code =
        QrCode.encode(TAG_PREFIX, GOLDEN_TEXT.substring(TAG_PREFIX.length()), ErrorCorrection.M);

    String svg = QrImages.toSvg(code);

    assertThat(svg)
        .isEqualTo(new String(resource("/qr/golden-tag-v7-m.svg"), StandardCharsets.UTF_8));
    assertThat(svg)
        .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"18.02mm\""
            + " height=\"18.02mm\" viewBox=\"0 0 53 53\" shape-rendering=\"crispEdges\">\n");
  }

  @Test
  void toSvg_pathDrawsExactlyTheDarkModulesInOnePath() {
    Random random = new Random(5);
    for (int i = 0; i < 20; i++) {
      QrCode code = QrCode.encode(
          QrTestTexts.urlPrefix(random),
          QrTestTexts.digits(random, 1 + random.nextInt(3000)),
          ErrorCorrection.values()[i % 4]);
      int quiet = 4 + random.nextInt(4);

      String svg = QrImages.toSvg(code, QrSvgOptions.DEFAULT.withQuietZoneModules(quiet));

      assertThat(svg.split("<path", -1)).hasSize(2);
      boolean[][] drawn = new boolean[code.size()][code.size()];
      Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z").matcher(svg);
      while (run.find()) {
        int x = Integer.parseInt(run.group(1)) - quiet;
        int y = Integer.parseInt(run.group(2)) - quiet;
        int n = Integer.parseInt(run.group(3));
        assertThat(run.group(4)).isEqualTo(run.group(3));
        for (int k = 0; k < n; k++) {
          assertThat(drawn[y][x + k]).as("drawn twice").isFalse();
          drawn[y][x + k] = true;
        }
      }
      for (int y = 0; y < code.size(); y++) {
        for (int x = 0; x < code.size(); x++) {
          assertThat(drawn[y][x]).as("module (%d, %d)", x, y).isEqualTo(code.isDark(x, y));
        }
      }
    }
  }

  @Test
  void toSvg_moduleSize_setsThePrintedWidthExactly() {
    QrCode code = QrCode.encodeText("HELLO", ErrorCorrection.M);

    String svg = QrImages.toSvg(code, new QrSvgOptions(new BigDecimal("0.5"), 4));

    assertThat(svg).contains(" width=\"14.5mm\" height=\"14.5mm\" viewBox=\"0 0 29 29\"");
    assertThat(QrImages.toSvg(code, new QrSvgOptions(new BigDecimal("2"), 5)))
        .contains(" width=\"62mm\" height=\"62mm\" viewBox=\"0 0 31 31\"");
  }

  @Test
  void render_nullArguments_areRejectedByName() {
    QrCode code = QrCode.encodeText("HELLO", ErrorCorrection.M);

    assertThatThrownBy(() -> QrImages.toPng(null)).hasMessage("code must not be null: null");
    assertThatThrownBy(() -> QrImages.toPng(code, null))
        .hasMessage("options must not be null: null");
    assertThatThrownBy(() -> QrImages.toSvg(code, null))
        .hasMessage("options must not be null: null");
    assertThatThrownBy(() -> QrImages.toBufferedImage(null))
        .hasMessage("code must not be null: null");
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = QrImagesTest.class.getResourceAsStream(name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return in.readAllBytes();
    }
  }
}
