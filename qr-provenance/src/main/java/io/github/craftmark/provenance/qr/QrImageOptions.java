package io.github.craftmark.provenance.qr;

import io.github.craftmark.core.InvalidValueException;

/**
 * How {@link QrImages} draws a QR code as pixels: the width of one module in pixels and the light
 * margin (quiet zone) around the symbol in modules.
 *
 * <p>{@link #DEFAULT} is 8 pixels per module with the 4-module quiet zone the standard requires: a
 * version 7 tag becomes a 424×424 image. Fewer than 4 pixels per module are refused, as some
 * decoders (zbar among them) cannot read them.
 *
 * @param pixelsPerModule the width and height of one module in pixels, {@value #MIN_PIXELS}..{@value
 *     #MAX_PIXELS}
 * @param quietZoneModules the light margin on each side, in modules, {@value #MIN_QUIET_ZONE}..{@value
 *     #MAX_QUIET_ZONE}
 */
public record QrImageOptions(int pixelsPerModule, int quietZoneModules) {
  /** The fewest pixels per module accepted. */
  public static final int MIN_PIXELS = 4;

  /** The most pixels per module accepted: keeps a version 40 image under 6,000 pixels wide. */
  public static final int MAX_PIXELS = 32;

  /** The narrowest quiet zone accepted, in modules: the minimum of ISO/IEC 18004. */
  public static final int MIN_QUIET_ZONE = 4;

  /** The widest quiet zone accepted, in modules. */
  public static final int MAX_QUIET_ZONE = 32;

  /** 8 pixels per module and a 4-module quiet zone. */
  public static final QrImageOptions DEFAULT = new QrImageOptions(8, 4);

  /**
   * Validates the options.
   *
   * @param pixelsPerModule the width and height of one module in pixels, {@value #MIN_PIXELS}..{@value
   *     #MAX_PIXELS}
   * @param quietZoneModules the light margin on each side, in modules, {@value
   *     #MIN_QUIET_ZONE}..{@value #MAX_QUIET_ZONE}
   */
  public QrImageOptions {
    if (pixelsPerModule < MIN_PIXELS || pixelsPerModule > MAX_PIXELS) {
      throw new InvalidValueException(
          "pixelsPerModule", "must be " + MIN_PIXELS + ".." + MAX_PIXELS, pixelsPerModule);
    }
    if (quietZoneModules < MIN_QUIET_ZONE || quietZoneModules > MAX_QUIET_ZONE) {
      throw new InvalidValueException(
          "quietZoneModules",
          "must be " + MIN_QUIET_ZONE + ".." + MAX_QUIET_ZONE,
          quietZoneModules);
    }
  }

  /**
   * Returns these options with another module width.
   *
   * @param pixels the width and height of one module in pixels
   * @return the new options
   */
  public QrImageOptions withPixelsPerModule(int pixels) {
    return new QrImageOptions(pixels, quietZoneModules);
  }

  /**
   * Returns these options with another quiet zone.
   *
   * @param modules the light margin on each side, in modules
   * @return the new options
   */
  public QrImageOptions withQuietZoneModules(int modules) {
    return new QrImageOptions(pixelsPerModule, modules);
  }

  /**
   * Returns the width (and height) in pixels of the image of a symbol of {@code size} modules.
   *
   * @param size the symbol's modules on a side
   * @return the image width in pixels
   */
  public int imageWidth(int size) {
    return (size + 2 * quietZoneModules) * pixelsPerModule;
  }
}
