package io.github.craftmark.core.address;

/**
 * The kind of a commune-level unit since 1 July 2025: commune (xã), ward (phường) or special zone
 * (đặc khu, the island units).
 */
public enum CommuneKind {
  /** Xã: a rural commune, e.g. Xã Bát Tràng. */
  XA("Xã"),
  /** Phường: an urban ward, e.g. Phường Hà Đông. */
  PHUONG("Phường"),
  /** Đặc khu: a special zone, e.g. the island units. */
  DAC_KHU("Đặc khu");

  private final String prefixVi;

  CommuneKind(String prefixVi) {
    this.prefixVi = prefixVi;
  }

  /**
   * Returns the word that starts the unit's full name: {@code "Xã"}, {@code "Phường"} or {@code
   * "Đặc khu"}.
   *
   * @return the Vietnamese prefix
   */
  public String prefixVi() {
    return prefixVi;
  }
}
