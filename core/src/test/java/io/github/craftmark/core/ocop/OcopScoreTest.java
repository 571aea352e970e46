package io.github.craftmark.core.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class OcopScoreTest {

  /** Builds a 148 score with the given total, spreading it over the parts. */
  private static OcopScore total148(int total) {
    int a = Math.min(40, total);
    int b = Math.min(25, total - a);
    return OcopScore.of(CriteriaVersion.DECISION_148_2023, a, b, total - a - b);
  }

  @Test
  void starRatingAndIsCertifiable_followReplacedBands() {
    OcopCriteria stricter = CriteriaVersion.DECISION_148_2023
        .criteria()
        .withStarBands(List.of(
            StarBand.of(1, 0, 39),
            StarBand.of(2, 40, 59),
            StarBand.of(3, 60, 79),
            StarBand.of(4, 80, 94),
            StarBand.of(5, 95, 100)));
    OcopScore score = total148(55);
    assertThat(score.isCertifiable()).isTrue();
    assertThat(score.starRating()).contains(StarRating.THREE);
    assertThat(score.isCertifiable(stricter)).isFalse();
    assertThat(score.starRating(stricter)).isEmpty();
    assertThat(total148(80).starRating(stricter)).contains(StarRating.FOUR);
    assertThatThrownBy(() -> score.starRating(CriteriaVersion.DECISION_1048_2019.criteria()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("criteria.version must be DECISION_148_2023: DECISION_1048_2019");
  }

  @ParameterizedTest(name = "total {0} earns {1}★")
  @CsvSource({
    "0, 1", "29, 1", "30, 2", "49, 2", "50, 3", "69, 3", "70, 4", "89, 4", "90, 5", "100, 5"
  })
  void stars_atEveryBandEdge(int total, int stars) {
    OcopScore score = total148(total);
    assertThat(score.total()).isEqualTo(total);
    assertThat(score.stars()).isEqualTo(stars);
    assertThat(score.isCertifiable()).isEqualTo(stars >= 3);
    assertThat(score.starRating().map(StarRating::value))
        .isEqualTo(stars >= 3 ? java.util.Optional.of(stars) : java.util.Optional.empty());
  }

  @Test
  void of_under148_checksPartsAgainst40_25_35() {
    assertThat(OcopScore.of(CriteriaVersion.DECISION_148_2023, 40, 25, 35).total())
        .isEqualTo(100);
    assertThatThrownBy(() -> OcopScore.of(CriteriaVersion.DECISION_148_2023, 41, 0, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("partA must be 0..40: 41");
    assertThatThrownBy(() -> OcopScore.of(CriteriaVersion.DECISION_148_2023, 0, 26, 0))
        .hasMessage("partB must be 0..25: 26");
    assertThatThrownBy(() -> OcopScore.of(CriteriaVersion.DECISION_148_2023, 0, 0, 36))
        .hasMessage("partC must be 0..35: 36");
    assertThatThrownBy(() -> OcopScore.of(CriteriaVersion.DECISION_1489_2025, 0, 0, 36))
        .hasMessage("partC must be 0..35: 36");
    assertThatThrownBy(() -> OcopScore.of(CriteriaVersion.DECISION_148_2023, -1, 0, 0))
        .hasMessage("partA must be 0..40: -1");
  }

  @Test
  void of_under1048_checksPartsAgainst35_25_40() {
    assertThat(OcopScore.of(CriteriaVersion.DECISION_1048_2019, 35, 25, 40).stars())
        .isEqualTo(5);
    assertThatThrownBy(() -> OcopScore.of(CriteriaVersion.DECISION_1048_2019, 36, 0, 0))
        .hasMessage("partA must be 0..35: 36");
    assertThatThrownBy(() -> OcopScore.of(CriteriaVersion.DECISION_1048_2019, 0, 0, 41))
        .hasMessage("partC must be 0..40: 41");
    assertThatThrownBy(() -> OcopScore.of(null, 0, 0, 0))
        .hasMessage("criteriaVersion must not be null: null");
  }

  @Test
  void stars_withOtherCriteria_usesTheirBands_andRejectsAnotherVersion() {
    OcopCriteria other = CriteriaVersion.DECISION_148_2023
        .criteria()
        .withStarBands(List.of(
            StarBand.of(2, 0, 59),
            StarBand.of(3, 60, 79),
            StarBand.of(4, 80, 94),
            StarBand.of(5, 95, 100)));
    assertThat(total148(90).stars(other)).isEqualTo(4);
    assertThatThrownBy(() -> total148(90).stars(CriteriaVersion.DECISION_1048_2019.criteria()))
        .hasMessage("criteria.version must be DECISION_148_2023: DECISION_1048_2019");
  }

  static Stream<Arguments> randomParts() {
    Random random = new Random(148L);
    return IntStream.range(0, 300).mapToObj(i -> {
      CriteriaVersion v = CriteriaVersion.values()[random.nextInt(3)];
      OcopCriteria c = v.criteria();
      return Arguments.of(
          v,
          random.nextInt(c.partAMax() + 1),
          random.nextInt(c.partBMax() + 1),
          random.nextInt(c.partCMax() + 1));
    });
  }

  @ParameterizedTest
  @MethodSource("randomParts")
  void stars_matchTheBandOfTheTotal(CriteriaVersion v, int a, int b, int c) {
    OcopScore score = OcopScore.of(v, a, b, c);
    int total = a + b + c;
    int expected = total >= 90 ? 5 : total >= 70 ? 4 : total >= 50 ? 3 : total >= 30 ? 2 : 1;
    assertThat(score.total()).isBetween(0, 100).isEqualTo(total);
    assertThat(score.stars()).isEqualTo(expected);
  }

  record Scores(List<OcopScore> scores) {}

  @Test
  void json_writesVersionAndParts() {
    GoldenJson.assertMatchesGolden(
        new Scores(List.of(
            OcopScore.of(CriteriaVersion.DECISION_148_2023, 33, 21, 24),
            OcopScore.of(CriteriaVersion.DECISION_1048_2019, 22, 14, 26),
            OcopScore.of(CriteriaVersion.DECISION_1489_2025, 38, 23, 31))),
        Scores.class,
        "ocop/scores.json");
  }

  @Test
  void json_whenPartOutOfRange_failsWithTheSdkMessage() {
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(
            "{\"criteriaVersion\":\"DECISION_148_2023\",\"partA\":41,\"partB\":0,\"partC\":0}",
            OcopScore.class))
        .hasMessageContaining("partA must be 0..40: 41");
  }
}
