package io.github.craftmark.core.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArtisanTest {
  private static final ArtisanAward HERITAGE = new ArtisanAward(
      ArtisanTitle.PEOPLES_ARTISAN,
      TitleScheme.INTANGIBLE_HERITAGE_DECREE_93_2023,
      "45/QĐ-CTN",
      LocalDate.of(2024, 1, 15),
      "Chủ tịch nước",
      Optional.empty());

  @Test
  void of_normalisesTheName() {
    assertThat(Artisan.of("  Nguyễn Văn Minh ").fullName()).isEqualTo("Nguyễn Văn Minh");
    assertThat(Artisan.of("Lê Thị Hoa").awards()).isEmpty();
  }

  @Test
  void birthYear_atTheBoundaries() {
    assertThat(new Artisan("A", Optional.of(1880), List.of()).birthYear()).contains(1880);
    assertThat(new Artisan("A", Optional.of(2100), List.of()).birthYear()).contains(2100);
    assertThatThrownBy(() -> new Artisan("A", Optional.of(1879), List.of()))
        .hasMessage("birthYear must be 1880..2100: 1879");
  }

  @Test
  void holds_isTrueForATitleUnderEitherScheme() {
    Artisan artisan = new Artisan("Trần Văn Bình", null, List.of(HERITAGE));
    assertThat(artisan.birthYear()).isEmpty();
    assertThat(artisan.holds(ArtisanTitle.PEOPLES_ARTISAN)).isTrue();
    assertThat(artisan.holds(ArtisanTitle.MERITORIOUS_ARTISAN)).isFalse();
  }

  @Test
  void awards_whenNullElement_isRejectedNamingTheIndex() {
    assertThatThrownBy(
            () -> new Artisan("A", Optional.empty(), java.util.Arrays.asList(HERITAGE, null)))
        .hasMessage("awards[1] must not be null: null");
  }
}
