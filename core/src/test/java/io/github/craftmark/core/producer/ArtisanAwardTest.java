package io.github.craftmark.core.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArtisanAwardTest {

  @Test
  void constructor_distinguishesTheTwoSchemes() {
    ArtisanAward handicraft = new ArtisanAward(
        ArtisanTitle.MERITORIOUS_ARTISAN,
        TitleScheme.HANDICRAFT_DECREE_43_2024,
        "123/QĐ-CTN",
        LocalDate.of(2025, 2, 10),
        "Chủ tịch nước",
        null);
    ArtisanAward heritage = new ArtisanAward(
        ArtisanTitle.MERITORIOUS_ARTISAN,
        TitleScheme.INTANGIBLE_HERITAGE_DECREE_93_2023,
        "123/QĐ-CTN",
        LocalDate.of(2025, 2, 10),
        "Chủ tịch nước",
        null);
    assertThat(handicraft).isNotEqualTo(heritage);
    assertThat(handicraft.craft()).isEmpty();
    assertThat(ArtisanTitle.MERITORIOUS_ARTISAN.nameVi()).isEqualTo("Nghệ nhân ưu tú");
  }

  @Test
  void constructor_whenDecisionMissing_isRejected() {
    assertThatThrownBy(() -> new ArtisanAward(
            ArtisanTitle.PEOPLES_ARTISAN,
            TitleScheme.HANDICRAFT_DECREE_43_2024,
            " ",
            LocalDate.of(2025, 2, 10),
            "Chủ tịch nước",
            null))
        .hasMessage("decisionNumber must not be blank: \" \"");
    assertThatThrownBy(() -> new ArtisanAward(
            ArtisanTitle.PEOPLES_ARTISAN, null, "1/QĐ", LocalDate.of(2025, 2, 10), "X", null))
        .hasMessage("scheme must not be null: null");
  }
}
