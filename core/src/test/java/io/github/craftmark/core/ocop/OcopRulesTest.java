package io.github.craftmark.core.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcopRulesTest {

  @ParameterizedTest(name = "{0} {1}★ on {2}: {3}")
  @CsvSource({
    // Decision 1048: the province rates 3★ and 4★, the centre 5★.
    "DISTRICT, 3, 2021-11-25, false",
    "PROVINCE, 3, 2019-08-21, true",
    "PROVINCE, 4, 2023-02-23, true",
    "PROVINCE, 5, 2022-01-01, false",
    "CENTRAL, 5, 2022-01-01, true",
    "CENTRAL, 5, 2019-08-21, true",
    // 1048 → 148: the last day of one table and the first of the next.
    "PROVINCE, 3, 2023-02-23, true",
    "PROVINCE, 3, 2023-02-24, false",
    "DISTRICT, 3, 2023-02-23, false",
    // Decision 148: district 3★, province 4★, centre 5★.
    "DISTRICT, 3, 2023-02-24, true",
    "DISTRICT, 3, 2024-07-15, true",
    "DISTRICT, 3, 2025-06-30, true",
    "DISTRICT, 4, 2024-07-15, false",
    "PROVINCE, 3, 2024-07-15, false",
    "PROVINCE, 4, 2023-02-24, true",
    "CENTRAL, 5, 2024-07-15, true",
    "CENTRAL, 4, 2024-07-15, false",
    // Two-level government: province 3★ and 4★, centre 5★, no district.
    "PROVINCE, 3, 2025-06-30, false",
    "PROVINCE, 4, 2025-06-30, true",
    "DISTRICT, 3, 2025-07-01, false",
    "DISTRICT, 4, 2025-07-01, false",
    "PROVINCE, 4, 2025-07-01, true",
    "CENTRAL, 5, 2025-07-01, true",
    "CENTRAL, 4, 2025-07-01, false",
    "DISTRICT, 3, 2025-07-15, false",
    "PROVINCE, 3, 2025-07-01, true",
    "PROVINCE, 4, 2026-01-10, true",
    "PROVINCE, 5, 2026-01-10, false",
    "CENTRAL, 5, 2026-01-10, true",
    // Before any rule.
    "PROVINCE, 3, 2019-08-20, false"
  })
  void mayIssue_followsTheDefaultTable(
      IssuerLevel level, int stars, LocalDate date, boolean allowed) {
    IssueDecision decision = OcopRules.mayIssue(level, StarRating.of(stars), date);
    assertThat(decision.allowed()).isEqualTo(allowed);
    assertThat(decision.reason()).contains(level.name()).contains(date.toString());
  }

  @Test
  void mayIssue_explainsWhy() {
    IssueDecision no =
        OcopRules.mayIssue(IssuerLevel.DISTRICT, StarRating.THREE, LocalDate.of(2025, 7, 15));
    assertThat(no.reason())
        .isEqualTo("DISTRICT may not issue 3★ on 2025-07-15: Two-level local government from"
            + " 1 Jul 2025 (Decision 1489/QĐ-TTg): districts no longer exist; communes only"
            + " pre-assess");
    assertThat(no.rule()).isPresent();
    IssueDecision none =
        OcopRules.mayIssue(IssuerLevel.CENTRAL, StarRating.FIVE, LocalDate.of(2018, 1, 1));
    assertThat(none.reason()).isEqualTo("no issuing rule covers CENTRAL on 2018-01-01");
    assertThat(none.rule()).isEmpty();
  }

  @Test
  void of_usesTheCallersTable() {
    OcopRules own = OcopRules.of(List.of(IssuingRule.of(
        LocalDate.of(2025, 7, 1), null, IssuerLevel.PROVINCE, List.of(StarRating.THREE), "Test")));
    assertThat(own.decide(IssuerLevel.PROVINCE, StarRating.FOUR, LocalDate.of(2025, 8, 1))
            .allowed())
        .isFalse();
    assertThat(own.ruleFor(IssuerLevel.CENTRAL, LocalDate.of(2025, 8, 1))).isEmpty();
  }

  @Test
  void of_whenRowsOfALevelOverlap_isRejected() {
    List<IssuingRule> rows = List.of(
        IssuingRule.of(
            LocalDate.of(2023, 1, 1),
            LocalDate.of(2023, 12, 31),
            IssuerLevel.PROVINCE,
            List.of(StarRating.FOUR),
            "A"),
        IssuingRule.of(
            LocalDate.of(2023, 12, 31),
            null,
            IssuerLevel.PROVINCE,
            List.of(StarRating.THREE),
            "B"));
    assertThatThrownBy(() -> OcopRules.of(rows))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("rules[1] must not overlap rules[0] for PROVINCE: 2023-12-31");
  }

  @Test
  void json_defaultTable() throws Exception {
    GoldenJson.assertMatchesGolden(
        OcopRules.defaults(), OcopRules.class, "ocop/issuing-rules.json");
    assertThat(GoldenJson.MAPPER
            .readValue(GoldenJson.golden("ocop/issuing-rules.json"), OcopRules.class)
            .decide(IssuerLevel.DISTRICT, StarRating.THREE, LocalDate.of(2024, 1, 1))
            .allowed())
        .isTrue();
  }
}
