package io.github.craftmark.core.village;

/** The level at which a province recognised a village (Decree 52/2018/NĐ-CP, art. 5). */
public enum RecognitionLevel {
  /**
   * Làng nghề: at least 20% of households in rural trades, stable production for at least two
   * consecutive years, and the environmental conditions met.
   */
  CRAFT_VILLAGE("Làng nghề"),
  /** Làng nghề truyền thống: a craft village with at least one recognised traditional craft. */
  TRADITIONAL_CRAFT_VILLAGE("Làng nghề truyền thống");

  private final String nameVi;

  RecognitionLevel(String nameVi) {
    this.nameVi = nameVi;
  }

  /**
   * Returns the Vietnamese name, e.g. {@code "Làng nghề truyền thống"}.
   *
   * @return the name
   */
  public String nameVi() {
    return nameVi;
  }
}
