package io.github.craftmark.provenance.internal.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.InvertedLuminanceSource;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Finds and reads a QR code in a picture with ZXing, trying clean-ups one after another until one
 * reads: the picture as it is (searched, then as a pure computer-made code), contrast-stretched, downscaled (averaging out noise and blur),
 * smoothed, and inverted (light modules on a dark label).
 *
 * <p>Nothing here throws for bad input: unreadable files and pictures without a code give empty.
 * Work is bounded: files above a size, and files and pictures above a pixel count, are refused;
 * large ones are read subsampled or downscaled before any decoding.
 */
public final class ImageDecoding {
  /** The largest image file read, in bytes. */
  public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

  /** The most pixels an image file may declare or a picture may have; larger ones are refused. */
  public static final long MAX_IMAGE_PIXELS = 100_000_000L;

  /** Pictures with more pixels are downscaled (files: subsampled while read) to about this. */
  public static final long WORKING_PIXELS = 8_000_000L;

  private static final System.Logger LOG = System.getLogger(ImageDecoding.class.getName());

  private static final Map<DecodeHintType, Object> HINTS = new EnumMap<>(DecodeHintType.class);

  /** For computer-made images: the code upright, alone on a light margin, no finder search. */
  private static final Map<DecodeHintType, Object> PURE_HINTS = new EnumMap<>(DecodeHintType.class);

  static {
    HINTS.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    PURE_HINTS.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
  }

  private ImageDecoding() {}

  /** Returns the text of the first QR code read from the picture, or empty. */
  public static Optional<String> decode(BufferedImage image) {
    if (image == null
        || image.getWidth() <= 0
        || image.getHeight() <= 0
        || (long) image.getWidth() * image.getHeight() > MAX_IMAGE_PIXELS) {
      return Optional.empty();
    }
    try {
      GreyImage grey = GreyImage.of(image);
      long pixels = (long) grey.width * grey.height;
      int factor = 1;
      while (pixels / ((long) factor * factor) > WORKING_PIXELS) {
        factor++;
      }
      if (factor > 1) {
        grey = grey.downscaled(factor);
        if (grey == null) {
          return Optional.empty();
        }
      }
      return decodeGrey(grey);
    } catch (RuntimeException e) {
      // ZXing and java.awt may fail on odd rasters; a picture we cannot read has no code.
      LOG.log(System.Logger.Level.DEBUG, "QR image decoding failed", e);
      return Optional.empty();
    }
  }

  /** Returns the text of the first QR code read from an image file (PNG, JPEG, GIF, BMP…). */
  public static Optional<String> decodeFile(byte[] file) {
    if (file == null || file.length == 0 || file.length > MAX_FILE_BYTES) {
      return Optional.empty();
    }
    BufferedImage image;
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(file))) {
      image = read(in);
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.DEBUG, "image file could not be read", e);
      return Optional.empty();
    }
    return image == null ? Optional.empty() : decode(image);
  }

  private static BufferedImage read(ImageInputStream in) throws IOException {
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    if (!readers.hasNext()) {
      return null;
    }
    ImageReader reader = readers.next();
    try {
      reader.setInput(in, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      long pixels = (long) width * height;
      if (width <= 0 || height <= 0 || pixels > MAX_IMAGE_PIXELS) {
        return null;
      }
      ImageReadParam param = reader.getDefaultReadParam();
      int step = 1;
      while (pixels / ((long) step * step) > WORKING_PIXELS) {
        step++;
      }
      if (step > 1) {
        param.setSourceSubsampling(step, step, 0, 0);
      }
      return reader.read(0, param);
    } finally {
      reader.dispose();
    }
  }

  private static Optional<String> decodeGrey(GreyImage grey) {
    Optional<String> text = attempt(grey, true);
    if (text.isPresent()) {
      return text;
    }
    // The finder search can take data modules for a finder in a clean image; read it as is.
    text = read(new BinaryBitmap(new HybridBinarizer(grey.luminanceSource())), PURE_HINTS);
    if (text.isPresent()) {
      return text;
    }
    GreyImage stretched = grey.stretched();
    if (stretched != null) {
      text = attempt(stretched, false);
      if (text.isPresent()) {
        return text;
      }
    }
    GreyImage base = stretched != null ? stretched : grey;
    for (int factor = 2; factor <= 4; factor++) {
      GreyImage smaller = base.downscaled(factor);
      if (smaller == null) {
        break;
      }
      text = attempt(smaller, true);
      if (text.isPresent()) {
        return text;
      }
    }
    text = attempt(base.blurred(), false);
    if (text.isPresent()) {
      return text;
    }
    return read(new InvertedLuminanceSource(grey.luminanceSource()), false);
  }

  private static Optional<String> attempt(GreyImage image, boolean bothBinarizers) {
    return read(image.luminanceSource(), bothBinarizers);
  }

  private static Optional<String> read(LuminanceSource source, boolean bothBinarizers) {
    Optional<String> text = read(new BinaryBitmap(new HybridBinarizer(source)), HINTS);
    if (text.isEmpty() && bothBinarizers) {
      text = read(new BinaryBitmap(new GlobalHistogramBinarizer(source)), HINTS);
    }
    return text;
  }

  private static Optional<String> read(BinaryBitmap bitmap, Map<DecodeHintType, Object> hints) {
    try {
      Result result = new QRCodeReader().decode(bitmap, hints);
      return Optional.ofNullable(result.getText());
    } catch (ReaderException e) {
      return Optional.empty();
    }
  }
}
