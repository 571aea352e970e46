package io.github.craftmark.provenance.qr;

/**
 * QR code error correction level: how much of a symbol can be damaged or hidden and still be read.
 *
 * <p>A higher level needs more error correction codewords, so the same text may need a larger
 * version. {@link #M} is the usual choice for printed labels; {@link #Q} or {@link #H} suit labels
 * that get scratched, dirty or partly covered.
 */
public enum ErrorCorrection {
  /** Low: about 7% of the codewords can be restored. */
  L(7),
  /** Medium: about 15% of the codewords can be restored. */
  M(15),
  /** Quartile: about 25% of the codewords can be restored. */
  Q(25),
  /** High: about 30% of the codewords can be restored. */
  H(30);

  private final int recoveryPercent;

  ErrorCorrection(int recoveryPercent) {
    this.recoveryPercent = recoveryPercent;
  }

  /**
   * Returns the approximate share of codewords this level can restore, as ISO/IEC 18004 states it.
   *
   * @return 7, 15, 25 or 30
   */
  public int recoveryPercent() {
    return recoveryPercent;
  }
}
