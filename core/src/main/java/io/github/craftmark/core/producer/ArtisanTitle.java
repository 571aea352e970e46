package io.github.craftmark.core.producer;

/**
 * The State honorary titles for artisans. Both names exist in two schemes, told apart by {@link
 * TitleScheme}: handicrafts (Decree 43/2024/NĐ-CP) and intangible cultural heritage (Decree
 * 93/2023/NĐ-CP).
 */
public enum ArtisanTitle {
  /** Nghệ nhân nhân dân: People's Artisan, the higher title. */
  PEOPLES_ARTISAN("Nghệ nhân nhân dân"),
  /** Nghệ nhân ưu tú: Meritorious Artisan. */
  MERITORIOUS_ARTISAN("Nghệ nhân ưu tú");

  private final String nameVi;

  ArtisanTitle(String nameVi) {
    this.nameVi = nameVi;
  }

  /**
   * Returns the Vietnamese title, e.g. {@code "Nghệ nhân ưu tú"}.
   *
   * @return the title
   */
  public String nameVi() {
    return nameVi;
  }
}
