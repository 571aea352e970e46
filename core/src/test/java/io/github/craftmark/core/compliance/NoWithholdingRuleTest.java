package io.github.craftmark.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.json.GoldenJson;
import io.github.craftmark.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NoWithholdingRuleTest {
  @Test
  void outcome_withholdsNothing() {
    NoWithholdingRule none = new NoWithholdingRule(LocalDate.of(2025, 6, 30));
    assertThat(none.hasWithholding()).isFalse();
    assertThat(none.totalWithheld()).isEqualTo(Money.ZERO);
    assertThat(none.withheldTax()).isEmpty();
    assertThatThrownBy(() -> new NoWithholdingRule(null))
        .hasMessage("transactionDate must not be null: null");
  }

  @Test
  void json_matchesGolden() {
    GoldenJson.assertMatchesGolden(
        new NoWithholdingRule(LocalDate.of(2025, 6, 30)),
        NoWithholdingRule.class,
        "compliance/no-withholding-rule.json");
  }
}
