package io.github.craftmark.examples.workshop;

import io.github.craftmark.provenance.qr.ErrorCorrection;
import io.github.craftmark.provenance.qr.QrCode;
import io.github.craftmark.provenance.tag.IssuedTag;
import io.github.craftmark.provenance.tag.TagSerial;
import io.github.craftmark.provenance.tag.VerifiedTag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Prints tags as A4 label sheets: a 3 × 7 grid of 63.5 × 38.1 mm labels (the common "21 per
 * sheet" stock), each with the QR code, the product name, the village brand, the OCOP stars and the
 * serial. Claim codes go on a separate sheet with the same grid, so the code for the label in a
 * cell is in the same cell of the other sheet, ready for a scratch-off or a box insert.
 *
 * <p>The QR is drawn as vector squares of {@link #DEFAULT_MODULE_MM} mm, with its four-module quiet
 * zone kept white: at 300 dpi a module is about 6 dots, which phone cameras, ZXing and zbarimg all
 * read. Text uses the Liberation Sans font that PDFBox ships, embedded as a subset, which has the
 * Vietnamese letters.
 */
public final class LabelSheet {
  /** The default size of one QR module on paper, in millimetres. */
  public static final double DEFAULT_MODULE_MM = 0.5;

  /** The number of label columns on a sheet. */
  public static final int COLUMNS = 3;
  /** The number of label rows on a sheet. */
  public static final int ROWS = 7;

  private static final float MM = 72f / 25.4f;
  private static final float LABEL_WIDTH = 63.5f * MM;
  private static final float LABEL_HEIGHT = 38.1f * MM;
  private static final float COLUMN_GAP = 2.5f * MM;
  private static final float TOP_MARGIN = 15.15f * MM;
  private static final float SIDE_MARGIN = 7.25f * MM;
  private static final float PADDING = 2f * MM;
  private static final String FONT_RESOURCE =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  /**
   * What one label shows.
   *
   * @param tagText the signed tag's text, as its QR code carries it
   * @param prefixLength the length of the tag's prefix (the QR's alphanumeric segment)
   * @param serial the tag's serial
   * @param productName the product's Vietnamese name
   * @param brandName the village brand's name
   * @param ocopStars the OCOP stars, if certified
   * @param claimCode the claim code, or null when the batch has none
   */
  public record Label(
      String tagText,
      int prefixLength,
      TagSerial serial,
      String productName,
      String brandName,
      OptionalInt ocopStars,
      String claimCode) {
    /**
     * Makes the label of an issued tag.
     *
     * @param tag the tag
     * @param productName the product's Vietnamese name
     * @param brandName the village brand's name
     * @param ocopStars the OCOP stars, if certified
     * @param claimCode the claim code, or null
     * @return the label
     */
    public static Label of(
        IssuedTag tag,
        String productName,
        String brandName,
        OptionalInt ocopStars,
        String claimCode) {
      return new Label(
          tag.text(),
          tag.prefix().length(),
          tag.claims().serial(),
          productName,
          brandName,
          ocopStars,
          claimCode);
    }

    /**
     * Makes the label of a verified tag (read back from a batch file).
     *
     * @param tag the tag
     * @param productName the product's Vietnamese name
     * @param ocopStars the OCOP stars, if certified
     * @param claimCode the claim code, or null
     * @return the label
     */
    public static Label of(
        VerifiedTag tag, String productName, OptionalInt ocopStars, String claimCode) {
      return new Label(
          tag.text(),
          tag.prefix().length(),
          tag.claims().serial(),
          productName,
          tag.brand().name(),
          ocopStars,
          claimCode);
    }

    QrCode qrCode() {
      return QrCode.encode(
          tagText.substring(0, prefixLength), tagText.substring(prefixLength), ErrorCorrection.M);
    }

    @Override
    public String toString() {
      return "Label[" + serial + ", " + productName + "]"; // never the claim code
    }
  }

  private final double moduleMm;

  private LabelSheet(double moduleMm) {
    this.moduleMm = moduleMm;
  }

  /**
   * Returns a printer with QR modules of {@value #DEFAULT_MODULE_MM} mm.
   *
   * @return the printer
   */
  public static LabelSheet standard() {
    return new LabelSheet(DEFAULT_MODULE_MM);
  }

  /**
   * Returns a printer with QR modules of this size.
   *
   * @param moduleMm 0.25..0.6 mm: below, cheap printers and phone cameras fail; above, a version 7
   *     code no longer fits the label
   * @return the printer
   */
  public static LabelSheet withModuleSize(double moduleMm) {
    if (!(moduleMm >= 0.25 && moduleMm <= 0.6)) {
      throw new WorkshopException("module size must be 0.25..0.6 mm: " + moduleMm);
    }
    return new LabelSheet(moduleMm);
  }

  /**
   * Writes the label sheets.
   *
   * @param labels the labels, in grid order across then down
   * @param pdf where; written whole or not at all
   * @return the number of pages
   */
  public int writeLabels(List<Label> labels, Path pdf) {
    return write(labels, pdf, false);
  }

  /**
   * Writes the claim-code sheets: for each label the serial and its code, in the same cell.
   *
   * @param labels the labels; each must have a claim code
   * @param pdf where; written whole or not at all
   * @return the number of pages
   */
  public int writeClaimCodes(List<Label> labels, Path pdf) {
    for (Label label : labels) {
      if (label.claimCode() == null) {
        throw new WorkshopException("label " + label.serial() + " has no claim code to print");
      }
    }
    return write(labels, pdf, true);
  }

  /**
   * Returns where the label in a cell lies on the page, in PDF points from the top-left corner.
   *
   * @param indexOnPage 0..20, across then down
   * @return {left, top, width, height}
   */
  static float[] cellFromTopLeft(int indexOnPage) {
    float x = SIDE_MARGIN + (indexOnPage % COLUMNS) * (LABEL_WIDTH + COLUMN_GAP);
    float top = TOP_MARGIN + (indexOnPage / COLUMNS) * LABEL_HEIGHT;
    return new float[] {x, top, LABEL_WIDTH, LABEL_HEIGHT};
  }

  private int write(List<Label> labels, Path pdf, boolean claimCodes) {
    if (labels.isEmpty()) {
      throw new WorkshopException("no labels to print");
    }
    try (PDDocument document = new PDDocument()) {
      PDFont font;
      try (InputStream in = LabelSheet.class.getResourceAsStream(FONT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("PDFBox's Liberation Sans font is missing");
        }
        font = PDType0Font.load(document, in);
      }
      int perPage = COLUMNS * ROWS;
      int pages = 0;
      for (int start = 0; start < labels.size(); start += perPage) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages++;
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
          List<Label> onPage = labels.subList(start, Math.min(labels.size(), start + perPage));
          for (int i = 0; i < onPage.size(); i++) {
            float[] cell = cellFromTopLeft(i);
            float x = cell[0];
            float top = PDRectangle.A4.getHeight() - cell[1];
            if (claimCodes) {
              drawClaimCode(out, font, onPage.get(i), x, top);
            } else {
              drawLabel(out, font, onPage.get(i), x, top);
            }
          }
        }
      }
      Path temporary =
          Files.createTempFile(pdf.toAbsolutePath().getParent(), ".labels", ".pdf.part");
      try {
        document.save(temporary.toFile());
        AtomicFiles.move(temporary, pdf);
      } finally {
        Files.deleteIfExists(temporary);
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + pdf, e);
    }
  }

  private void drawLabel(PDPageContentStream out, PDFont font, Label label, float x, float top)
      throws IOException {
    QrCode qr = label.qrCode();
    float module = (float) (moduleMm * MM);
    float quiet = 4 * module;
    float qrSide = qr.size() * module;
    float qrLeft = x + PADDING + quiet;
    float qrTop = top - (LABEL_HEIGHT - qrSide) / 2;
    drawQr(out, qr, qrLeft, qrTop, module);

    float textLeft = qrLeft + qrSide + quiet;
    float textWidth = x + LABEL_WIDTH - PADDING - textLeft;
    float y = top - PADDING - 8;
    for (String line : wrap(font, label.productName(), 8, textWidth, 3)) {
      text(out, font, 8, textLeft, y, line);
      y -= 9.5f;
    }
    y -= 2;
    for (String line : wrap(font, label.brandName(), 6.5f, textWidth, 2)) {
      text(out, font, 6.5f, textLeft, y, line);
      y -= 8;
    }
    if (label.ocopStars().isPresent()) {
      y -= 2;
      text(out, font, 6.5f, textLeft, y, "OCOP");
      float starsLeft = textLeft + font.getStringWidth("OCOP ") / 1000 * 6.5f;
      for (int s = 0; s < label.ocopStars().getAsInt(); s++) {
        star(out, starsLeft + s * 8.5f + 4, y + 2.4f, 3.6f);
      }
      y -= 8;
    }
    text(out, font, 6, textLeft, top - LABEL_HEIGHT + PADDING + 2, "Số sê-ri " + label.serial());
  }

  private static void drawClaimCode(
      PDPageContentStream out, PDFont font, Label label, float x, float top) throws IOException {
    float left = x + PADDING + 2;
    text(out, font, 7, left, top - PADDING - 9, "Mã xác nhận chủ sở hữu / Claim code");
    text(out, font, 16, left, top - LABEL_HEIGHT / 2 - 4, ClaimCodes.grouped(label.claimCode()));
    text(
        out,
        font,
        6,
        left,
        top - LABEL_HEIGHT + PADDING + 10,
        "Nhập mã một lần khi quét tem. Mã đã dùng = hàng sao chép.");
    text(out, font, 6, left, top - LABEL_HEIGHT + PADDING + 2, "Số sê-ri " + label.serial());
  }

  private static void drawQr(
      PDPageContentStream out, QrCode qr, float left, float top, float module) throws IOException {
    out.setNonStrokingColor(0f, 0f, 0f);
    for (int y = 0; y < qr.size(); y++) {
      int x = 0;
      while (x < qr.size()) {
        if (!qr.isDark(x, y)) {
          x++;
          continue;
        }
        int run = x;
        while (run < qr.size() && qr.isDark(run, y)) {
          run++;
        }
        // A hair of overlap between rows keeps renderers from leaving white seams.
        out.addRect(left + x * module, top - (y + 1) * module, (run - x) * module, module + 0.01f);
        x = run;
      }
    }
    out.fill();
  }

  private static void star(PDPageContentStream out, float cx, float cy, float radius)
      throws IOException {
    out.setNonStrokingColor(0.85f, 0.55f, 0f);
    for (int i = 0; i < 10; i++) {
      double angle = Math.PI / 2 + i * Math.PI / 5;
      float r = i % 2 == 0 ? radius : radius * 0.4f;
      float px = cx + (float) (r * Math.cos(angle));
      float py = cy + (float) (r * Math.sin(angle));
      if (i == 0) {
        out.moveTo(px, py);
      } else {
        out.lineTo(px, py);
      }
    }
    out.closePath();
    out.fill();
    out.setNonStrokingColor(0f, 0f, 0f);
  }

  private static void text(
      PDPageContentStream out, PDFont font, float size, float x, float y, String s)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(s);
    out.endText();
  }

  /** Breaks text into at most {@code maxLines} lines that fit; the last one ends in "…" if cut. */
  static List<String> wrap(PDFont font, String text, float size, float width, int maxLines)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size <= width || line.length() == 0) {
        line.setLength(0);
        line.append(candidate);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    if (lines.size() > maxLines) {
      List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
      String last = cut.get(maxLines - 1);
      while (!last.isEmpty() && font.getStringWidth(last + "…") / 1000 * size > width) {
        last = last.substring(0, last.length() - 1).strip();
      }
      cut.set(maxLines - 1, last + "…");
      return cut;
    }
    return lines;
  }
}
