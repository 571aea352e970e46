package io.github.craftmark.provenance.qr;

import io.github.craftmark.core.InvalidValueException;
import java.math.BigDecimal;

/**
 * How {@link QrImages#toSvg(QrCode, QrSvgOptions)} draws a QR code for print: the module size in
 * millimetres and the quiet zone in modules.
 *
 * <p>{@link #DEFAULT} is 0.34 mm per module with a 4-module quiet zone: a version 7 tag (45
 * modules) is then 18.02 mm square with its margin. Go larger for rough surfaces or cheap printers;
 * phones read 0.25 mm modules from good print.
 *
 * @param moduleSizeMm the side of one module in millimetres, 0.1 to 50, at most 4 decimal places
 * @param quietZoneModules the light margin on each side, in modules, {@value
 *     QrImageOptions#MIN_QUIET_ZONE}..{@value QrImageOptions#MAX_QUIET_ZONE}
 */
public record QrSvgOptions(BigDecimal moduleSizeMm, int quietZoneModules) {
  private static final BigDecimal MIN_MODULE_MM = new BigDecimal("0.1");
  private static final BigDecimal MAX_MODULE_MM = new BigDecimal("50");

  /** 0.34 mm per module and a 4-module quiet zone. */
  public static final QrSvgOptions DEFAULT = new QrSvgOptions(new BigDecimal("0.34"), 4);

  /**
   * Validates the options.
   *
   * @param moduleSizeMm the side of one module in millimetres, 0.1 to 50, at most 4 decimal places
   * @param quietZoneModules the light margin on each side, in modules
   */
  public QrSvgOptions {
    if (moduleSizeMm == null) {
      throw new InvalidValueException("moduleSizeMm", "must not be null", null);
    }
    if (moduleSizeMm.compareTo(MIN_MODULE_MM) < 0
        || moduleSizeMm.compareTo(MAX_MODULE_MM) > 0
        || moduleSizeMm.stripTrailingZeros().scale() > 4) {
      throw new InvalidValueException(
          "moduleSizeMm", "must be 0.1..50 with at most 4 decimal places", moduleSizeMm);
    }
    if (quietZoneModules < QrImageOptions.MIN_QUIET_ZONE
        || quietZoneModules > QrImageOptions.MAX_QUIET_ZONE) {
      throw new InvalidValueException(
          "quietZoneModules",
          "must be " + QrImageOptions.MIN_QUIET_ZONE + ".." + QrImageOptions.MAX_QUIET_ZONE,
          quietZoneModules);
    }
  }

  /**
   * Returns these options with another module size.
   *
   * @param millimetres the side of one module, e.g. {@code new BigDecimal("0.5")}
   * @return the new options
   */
  public QrSvgOptions withModuleSizeMm(BigDecimal millimetres) {
    return new QrSvgOptions(millimetres, quietZoneModules);
  }

  /**
   * Returns these options with another quiet zone.
   *
   * @param modules the light margin on each side, in modules
   * @return the new options
   */
  public QrSvgOptions withQuietZoneModules(int modules) {
    return new QrSvgOptions(moduleSizeMm, modules);
  }

  /**
   * Returns the printed width (and height) in millimetres of a symbol of {@code size} modules with
   * its quiet zone.
   *
   * @param size the symbol's modules on a side
   * @return the width in millimetres, exact
   */
  public BigDecimal printedWidthMm(int size) {
    return moduleSizeMm.multiply(BigDecimal.valueOf(size + 2L * quietZoneModules));
  }
}
