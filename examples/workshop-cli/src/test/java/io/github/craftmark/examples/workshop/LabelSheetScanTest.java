package io.github.craftmark.examples.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.craftmark.core.id.Sku;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.key.TagKeyPair;
import io.github.craftmark.provenance.qr.QrImageDecoder;
import io.github.craftmark.provenance.tag.TagClaims;
import io.github.craftmark.provenance.tag.TagIssuer;
import io.github.craftmark.provenance.tag.TagPrefix;
import io.github.craftmark.provenance.tag.TagSerial;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed sheet must scan: each page rendered at 300 dpi gives back every tag on it, read by
 * ZXing and by zbarimg, from PDFBox's rendering and from poppler's (pdftoppm).
 */
class LabelSheetScanTest {
  private static final int COUNT = 30; // one full page and part of a second
  private static final boolean CI = "true".equals(System.getenv("CI"));

  @TempDir
  static Path dir;

  private static List<LabelSheet.Label> labels;
  private static Path pdf;

  @BeforeAll
  static void printSheets() {
    SecureRandom random = new SecureRandom();
    TagIssuer issuer = TagIssuer.builder()
        .signer(TagKeyPair.generate(SignatureAlgorithm.ED25519, random))
        .prefix(TagPrefix.of("HTTPS://BATTRANG.VN/T/"))
        .build();
    labels = new ArrayList<>();
    List<TagBatch.Item> items = TagBatch.issue(
        issuer,
        TagClaims.builder()
            .serial(TagSerial.random(random))
            .sku(Sku.of("BT-BHL-25"))
            .batch("2412")
            .dateMade(LocalDate.of(2026, 12, 7))
            .brandCode(7)
            .build(),
        COUNT,
        true,
        random,
        done -> {});
    for (TagBatch.Item item : items) {
      labels.add(LabelSheet.Label.of(
          item.tag(),
          "Bình hút lộc men rạn đắp nổi Bát Tràng cao 25 cm",
          "Gốm sứ Bát Tràng",
          OptionalInt.of(4),
          item.claimCode()));
    }
    pdf = dir.resolve("labels.pdf");
    assertThat(LabelSheet.standard().writeLabels(labels, pdf)).isEqualTo(2);
  }

  static BufferedImage render(Path file, int page, int dpi) throws IOException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      return new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.RGB);
    }
  }

  private static Set<String> expectedOnPage(int page) {
    Set<String> texts = new HashSet<>();
    int perPage = LabelSheet.COLUMNS * LabelSheet.ROWS;
    for (int i = page * perPage; i < Math.min(labels.size(), (page + 1) * perPage); i++) {
      texts.add(labels.get(i).tagText());
    }
    return texts;
  }

  /**
   * Reads each label cell of a page on its own, as a phone frames one label, with the SDK's
   * ZXing-based decoder (the one {@code verify --image} uses): the cell must hold exactly its own
   * tag. ZXing's bare {@code QRCodeReader} is not enough here: about one symbol in three hundred
   * has a finder-like pattern in its data that its detector takes for a corner (seen as a
   * FormatException on a crisp render), and the SDK's decoder first reads a framed symbol as a
   * pure barcode, which that pattern cannot mislead.
   */
  private static Set<String> zxing(BufferedImage page, int pageIndex, int dpi) {
    List<String> texts = new ArrayList<>();
    List<BufferedImage> cells = cells(page, pageIndex, dpi);
    for (int i = 0; i < cells.size(); i++) {
      int cell = i;
      texts.add(QrImageDecoder.decode(cells.get(i))
          .orElseThrow(() ->
              new AssertionError("cell " + cell + " of page " + pageIndex + " does not decode")));
    }
    assertThat(texts).containsExactlyElementsOf(expectedInOrder(pageIndex));
    return new HashSet<>(texts);
  }

  /**
   * Cuts a rendered page into its label cells, as a phone frames one label, and reads every cell
   * with zbarimg in one run. (Asked to find 21 codes in a whole page at once, zbarimg misses about
   * one in a hundred; each cell on its own it reads.)
   */
  private static Set<String> zbarimg(BufferedImage page, int pageIndex, int dpi, String name)
      throws Exception {
    List<String> command =
        new ArrayList<>(List.of("zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable"));
    for (BufferedImage cell : cells(page, pageIndex, dpi)) {
      Path png = dir.resolve(name + "-" + pageIndex + "-" + command.size() + ".png");
      ImageIO.write(cell, "png", png.toFile());
      command.add(png.toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> texts = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        texts.add(line.strip());
      }
    }
    // One code per cell, each its own label's, in grid order.
    assertThat(texts).containsExactlyElementsOf(expectedInOrder(pageIndex));
    return new HashSet<>(texts);
  }

  /** Each label's QR code with its quiet zone, cut from the page as a phone camera frames it. */
  private static List<BufferedImage> cells(BufferedImage page, int pageIndex, int dpi) {
    List<BufferedImage> cells = new ArrayList<>();
    int perPage = LabelSheet.COLUMNS * LabelSheet.ROWS;
    float scale = dpi / 72f;
    for (int i = 0; i < perPage && pageIndex * perPage + i < labels.size(); i++) {
      float[] cell = LabelSheet.cellFromTopLeft(i);
      int modules = labels.get(pageIndex * perPage + i).qrCode().size();
      float[] symbol = LabelSheet.standard().symbolFromTopLeft(cell[0], cell[1], modules);
      float quiet = 4 * (float) LabelSheet.standard().moduleMm() * 72 / 25.4f;
      cells.add(page.getSubimage(
          Math.round((symbol[0] - quiet) * scale),
          Math.round((symbol[1] - quiet) * scale),
          Math.round((symbol[2] + 2 * quiet) * scale),
          Math.round((symbol[2] + 2 * quiet) * scale)));
    }
    return cells;
  }

  private static List<String> expectedInOrder(int pageIndex) {
    int perPage = LabelSheet.COLUMNS * LabelSheet.ROWS;
    List<String> texts = new ArrayList<>();
    for (int i = pageIndex * perPage; i < Math.min(labels.size(), (pageIndex + 1) * perPage); i++) {
      texts.add(labels.get(i).tagText());
    }
    return texts;
  }

  private static boolean onPath(String command) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, command))) {
        return true;
      }
    }
    return false;
  }

  private static void assumeTool(String command, String debianPackage) {
    if (CI) {
      assertThat(onPath(command))
          .as(command + " must be installed in CI (" + debianPackage + ")")
          .isTrue();
    }
    assumeTrue(
        onPath(command), command + " is not installed (apt-get install " + debianPackage + ")");
  }

  @Test
  void everyLabel_renderedAt300Dpi_decodesWithZxing() throws Exception {
    for (int page = 0; page < 2; page++) {
      assertThat(zxing(render(pdf, page, 300), page, 300)).isEqualTo(expectedOnPage(page));
    }
  }

  @Test
  void everyLabel_renderedAt300Dpi_decodesWithZbarimg() throws Exception {
    assumeTool("zbarimg", "zbar-tools");
    for (int page = 0; page < 2; page++) {
      assertThat(zbarimg(render(pdf, page, 300), page, 300, "pdfbox"))
          .isEqualTo(expectedOnPage(page));
    }
  }

  @Test
  void everyLabel_renderedByPoppler_decodesWithBothDecoders() throws Exception {
    assumeTool("pdftoppm", "poppler-utils");
    assumeTool("zbarimg", "zbar-tools");
    Process process = new ProcessBuilder(
            "pdftoppm",
            "-r",
            "300",
            "-png",
            pdf.toString(),
            dir.resolve("poppler").toString())
        .inheritIO()
        .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    for (int page = 0; page < 2; page++) {
      Path png = dir.resolve("poppler-" + (page + 1) + ".png");
      BufferedImage rendered = ImageIO.read(png.toFile());
      assertThat(zbarimg(rendered, page, 300, "poppler")).isEqualTo(expectedOnPage(page));
      assertThat(zxing(rendered, page, 300)).isEqualTo(expectedOnPage(page));
    }
  }

  @Test
  void claimCodeSheet_putsEachCodeInTheCellOfItsLabel() throws Exception {
    Path codes = dir.resolve("codes.pdf");
    assertThat(LabelSheet.standard().writeClaimCodes(labels, codes)).isEqualTo(2);
    try (PDDocument document = Loader.loadPDF(codes.toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      for (LabelSheet.Label label : labels) {
        assertThat(text).contains(ClaimCodes.grouped(label.claimCode()));
        assertThat(text).contains(label.serial().toString());
      }
      assertThat(text).contains("Mã xác nhận chủ sở hữu");
    }
    // The label sheet itself never carries the secret codes.
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(text).contains("Bình hút lộc men rạn", "Gốm sứ Bát Tràng");
      for (LabelSheet.Label label : labels) {
        assertThat(text).doesNotContain(ClaimCodes.grouped(label.claimCode()));
      }
    }
  }

  @Test
  void moduleSize_outsideThePrintableRange_isRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LabelSheet.withModuleSize(0.1))
        .isInstanceOf(WorkshopException.class)
        .hasMessageContaining("0.25..0.6 mm: 0.1");
  }
}
