package io.github.craftmark.core.address;

/** Whether a provincial-level unit is a centrally run city (thành phố) or a province (tỉnh). */
public enum ProvinceKind {
  /** Thành phố trực thuộc trung ương: Hà Nội, Huế, Hải Phòng, Đà Nẵng, Hồ Chí Minh, Cần Thơ. */
  CENTRAL_CITY("Thành phố"),
  /** Tỉnh. */
  PROVINCE("Tỉnh");

  private final String prefixVi;

  ProvinceKind(String prefixVi) {
    this.prefixVi = prefixVi;
  }

  /**
   * Returns the word that starts the official name: {@code "Thành phố"} or {@code "Tỉnh"}.
   *
   * @return the Vietnamese prefix
   */
  public String prefixVi() {
    return prefixVi;
  }
}
