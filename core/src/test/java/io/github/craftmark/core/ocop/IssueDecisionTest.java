package io.github.craftmark.core.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.json.GoldenJson;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IssueDecisionTest {

  @Test
  void new_requiresAReason() {
    assertThatThrownBy(() -> new IssueDecision(true, "", Optional.empty()))
        .hasMessage("reason must not be blank: \"\"");
    assertThat(new IssueDecision(false, "no rule", null).rule()).isEmpty();
  }

  @Test
  void json_writesTheAnswerWithItsRule() {
    GoldenJson.assertMatchesGolden(
        OcopRules.mayIssue(IssuerLevel.PROVINCE, StarRating.FOUR, LocalDate.of(2024, 3, 15)),
        IssueDecision.class,
        "ocop/issue-decision.json");
  }
}
