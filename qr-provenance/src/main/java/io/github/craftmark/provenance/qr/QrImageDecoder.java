package io.github.craftmark.provenance.qr;

import io.github.craftmark.provenance.internal.qr.ImageDecoding;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Reads the text of a QR code from a picture: a scan, a screenshot or a phone photo of a printed
 * label.
 *
 * <p>Decoding uses ZXing and, when the picture as it is does not read, tries again on cleaned-up
 * copies: contrast-stretched (faded or low-contrast prints), downscaled (noise, blur, very large
 * photos), smoothed, and inverted (light code on a dark label). Rotation, perspective and scale are
 * handled by the detector.
 *
 * <p>Never throws for a bad picture: anything that is not a readable image or holds no readable QR
 * code gives {@link Optional#empty()}. Work is bounded before decoding: files above 32 MiB, and
 * files and pictures of more than 100 million pixels, are refused; larger pictures than 8 million
 * pixels are read subsampled (files) or downscaled (pictures) to about that size. Thread-safe.
 */
public final class QrImageDecoder {
  /** The largest image file read, in bytes (32 MiB). */
  public static final int MAX_FILE_BYTES = ImageDecoding.MAX_FILE_BYTES;

  /** The most pixels an image file may declare or a picture may have; larger ones are refused. */
  public static final long MAX_IMAGE_PIXELS = ImageDecoding.MAX_IMAGE_PIXELS;

  /** Pictures with more pixels than this are downscaled before decoding. */
  public static final long WORKING_PIXELS = ImageDecoding.WORKING_PIXELS;

  private QrImageDecoder() {}

  /**
   * Returns the text of the QR code in a picture.
   *
   * @param image the picture; null gives empty, and so does one of more than {@value
   *     #MAX_IMAGE_PIXELS} pixels
   * @return the text, or empty when no QR code can be read
   */
  public static Optional<String> decode(BufferedImage image) {
    return ImageDecoding.decode(image);
  }

  /**
   * Returns the text of the QR code in an image file: PNG, JPEG, GIF, BMP or another format the
   * JDK's {@code javax.imageio} reads.
   *
   * @param imageFile the file's bytes; null gives empty
   * @return the text, or empty when the bytes are not a readable image or hold no readable QR code
   */
  public static Optional<String> decodeImage(byte[] imageFile) {
    return ImageDecoding.decodeFile(imageFile);
  }
}
