package io.github.craftmark.core.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcopCriteriaTest {
  private static final List<StarBand> BANDS =
      CriteriaVersion.DECISION_148_2023.criteria().starBands();

  @Test
  void defaults_holdThePartMaximaOfEachVersion() {
    OcopCriteria c1048 = OcopCriteria.defaultFor(CriteriaVersion.DECISION_1048_2019);
    assertThat(List.of(c1048.partAMax(), c1048.partBMax(), c1048.partCMax()))
        .containsExactly(35, 25, 40);
    OcopCriteria c148 = OcopCriteria.defaultFor(CriteriaVersion.DECISION_148_2023);
    assertThat(List.of(c148.partAMax(), c148.partBMax(), c148.partCMax()))
        .containsExactly(40, 25, 35);
    OcopCriteria c1489 = OcopCriteria.defaultFor(CriteriaVersion.DECISION_1489_2025);
    assertThat(List.of(c1489.partAMax(), c1489.partBMax(), c1489.partCMax()))
        .containsExactly(40, 25, 35);
    assertThat(c148.legalReference()).isEqualTo("Quyết định 148/QĐ-TTg ngày 24/02/2023");
    assertThat(c148.inForceFrom()).isEqualTo(LocalDate.of(2023, 2, 24));
    assertThat(OcopCriteria.defaults())
        .extracting(OcopCriteria::version)
        .containsExactly(CriteriaVersion.values());
  }

  @Test
  void starsFor_followsTheBands() {
    OcopCriteria c = CriteriaVersion.DECISION_148_2023.criteria();
    assertThat(c.starsFor(29)).isEqualTo(1);
    assertThat(c.starsFor(30)).isEqualTo(2);
    assertThat(c.starsFor(90)).isEqualTo(5);
    assertThat(c.bandFor(4)).contains(StarBand.of(4, 70, 89));
    assertThatThrownBy(() -> c.starsFor(101)).hasMessage("total must be 0..100: 101");
  }

  @Test
  void new_whenMaximaDoNotSumTo100_isRejected() {
    assertThatThrownBy(() -> new OcopCriteria(
            CriteriaVersion.DECISION_148_2023, "QĐ", LocalDate.of(2023, 2, 24), 40, 25, 34, BANDS))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("partAMax + partBMax + partCMax must be 100: 99");
  }

  @Test
  void withStarBands_whenGapOrOverlapOrFalling_isRejected() {
    OcopCriteria c = CriteriaVersion.DECISION_148_2023.criteria();
    assertThatThrownBy(
            () -> c.withStarBands(List.of(StarBand.of(3, 0, 69), StarBand.of(4, 71, 100))))
        .hasMessageStartingWith("starBands must cover 0..100 without gap or overlap at 70");
    assertThatThrownBy(
            () -> c.withStarBands(List.of(StarBand.of(3, 0, 70), StarBand.of(4, 70, 100))))
        .hasMessageStartingWith("starBands must cover 0..100 without gap or overlap at 71");
    assertThatThrownBy(() -> c.withStarBands(List.of(StarBand.of(3, 0, 89))))
        .hasMessageStartingWith("starBands must cover 0..100 without gap");
    assertThatThrownBy(
            () -> c.withStarBands(List.of(StarBand.of(4, 0, 49), StarBand.of(3, 50, 100))))
        .hasMessageStartingWith("starBands must rise in stars with the total");
    assertThatThrownBy(() -> c.withStarBands(List.of()))
        .hasMessageStartingWith("starBands must not be empty");
  }

  @Test
  void withStarBands_sortsBandsByTotal() {
    OcopCriteria c = CriteriaVersion.DECISION_148_2023
        .criteria()
        .withStarBands(List.of(StarBand.of(4, 50, 100), StarBand.of(2, 0, 49)));
    assertThat(c.starBands()).containsExactly(StarBand.of(2, 0, 49), StarBand.of(4, 50, 100));
    assertThat(c.starsFor(50)).isEqualTo(4);
  }

  @Test
  void json_writesMaximaAndBands() throws Exception {
    GoldenJson.assertMatchesGolden(
        CriteriaVersion.DECISION_148_2023.criteria(), OcopCriteria.class, "ocop/criteria-148.json");
    String gap = GoldenJson.golden("ocop/criteria-148.json")
        .replace("\"minTotal\" : 90", "\"minTotal\" : 91");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(gap, OcopCriteria.class))
        .hasMessageContaining("starBands must cover 0..100 without gap or overlap at 90");
  }
}
