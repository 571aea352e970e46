package io.github.craftmark.core.producer;

/** The decree under which an artisan title was awarded. */
public enum TitleScheme {
  /**
   * Titles in handicrafts (nghề thủ công mỹ nghệ) under Decree 43/2024/NĐ-CP, considered every
   * three years.
   */
  HANDICRAFT_DECREE_43_2024,
  /** Titles in intangible cultural heritage under Decree 93/2023/NĐ-CP. */
  INTANGIBLE_HERITAGE_DECREE_93_2023
}
