package io.github.craftmark.provenance.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.Decoder;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;

/** ZXing, the independent implementation our symbols are checked against. */
final class ZxingReference {
  private ZxingReference() {}

  static ErrorCorrectionLevel level(ErrorCorrection level) {
    return ErrorCorrectionLevel.valueOf(level.name());
  }

  /** ZXing's plain (single-mode) encoder with an optional fixed version and mask (-1: its own). */
  static QRCode encode(String text, ErrorCorrection level, int version, int mask) {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    if (version > 0) {
      hints.put(EncodeHintType.QR_VERSION, version);
    }
    if (mask >= 0) {
      hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
    }
    try {
      return Encoder.encode(text, level(level), hints);
    } catch (WriterException e) {
      throw new AssertionError(e);
    }
  }

  /** ZXing's module matrix as text, one line per row, '#' dark and '.' light. */
  static String picture(ByteMatrix matrix) {
    StringBuilder out = new StringBuilder();
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        out.append(matrix.get(x, y) == 1 ? '#' : '.');
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Our module matrix in the same form. */
  static String picture(QrCode code) {
    StringBuilder out = new StringBuilder();
    for (int y = 0; y < code.size(); y++) {
      for (int x = 0; x < code.size(); x++) {
        out.append(code.isDark(x, y) ? '#' : '.');
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Decodes our matrix with ZXing's QR decoder directly (no image, no detection). */
  static String decodeMatrix(QrCode code) {
    BitMatrix bits = new BitMatrix(code.size());
    for (int y = 0; y < code.size(); y++) {
      for (int x = 0; x < code.size(); x++) {
        if (code.isDark(x, y)) {
          bits.set(x, y);
        }
      }
    }
    try {
      return new Decoder().decode(bits).getText();
    } catch (ReaderException e) {
      throw new AssertionError("ZXing could not decode " + code, e);
    }
  }

  /**
   * Decodes an image with ZXing's ordinary reader and its own luminance source, or returns null
   * when it finds no symbol.
   */
  static String decodeImage(BufferedImage image) {
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    try {
      Result result = new QRCodeReader()
          .decode(
              new BinaryBitmap(new HybridBinarizer(
                  new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
              hints);
      return result.getText();
    } catch (ReaderException e) {
      return null;
    }
  }
}
