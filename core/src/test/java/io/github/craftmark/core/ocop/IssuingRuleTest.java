package io.github.craftmark.core.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.json.GoldenJson;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssuingRuleTest {
  private static final IssuingRule RULE = IssuingRule.of(
      LocalDate.of(2023, 2, 24),
      LocalDate.of(2025, 6, 30),
      IssuerLevel.DISTRICT,
      List.of(StarRating.THREE),
      "Decision 148/QĐ-TTg: the district People's Committee recognises 3★");

  @Test
  void covers_isInclusiveAtBothEnds() {
    assertThat(RULE.covers(LocalDate.of(2023, 2, 23))).isFalse();
    assertThat(RULE.covers(LocalDate.of(2023, 2, 24))).isTrue();
    assertThat(RULE.covers(LocalDate.of(2025, 6, 30))).isTrue();
    assertThat(RULE.covers(LocalDate.of(2025, 7, 1))).isFalse();
    assertThat(IssuingRule.of(LocalDate.of(2025, 7, 1), null, IssuerLevel.PROVINCE, List.of(), "x")
            .covers(LocalDate.of(2099, 1, 1)))
        .isTrue();
  }

  @Test
  void of_sortsStars_andRejectsAnEndBeforeTheStart() {
    assertThat(IssuingRule.of(
                LocalDate.of(2025, 7, 1),
                null,
                IssuerLevel.PROVINCE,
                List.of(StarRating.FOUR, StarRating.THREE, StarRating.FOUR),
                "x")
            .stars())
        .containsExactly(StarRating.THREE, StarRating.FOUR);
    assertThatThrownBy(() -> IssuingRule.of(
            LocalDate.of(2025, 7, 1),
            LocalDate.of(2025, 6, 30),
            IssuerLevel.PROVINCE,
            List.of(),
            "x"))
        .hasMessage("until must not be before from 2025-07-01: 2025-06-30");
    assertThatThrownBy(() ->
            IssuingRule.of(LocalDate.of(2025, 7, 1), null, IssuerLevel.PROVINCE, List.of(), " "))
        .hasMessage("legalBasis must not be blank: \" \"");
  }

  @Test
  void json_writesPeriodLevelStarsAndBasis() {
    GoldenJson.assertMatchesGolden(RULE, IssuingRule.class, "ocop/issuing-rule.json");
  }
}
