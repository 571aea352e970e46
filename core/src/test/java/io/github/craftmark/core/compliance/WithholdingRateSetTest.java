package io.github.craftmark.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.json.GoldenJson;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WithholdingRateSetTest {
  private static final WithholdingRateSet CLOSED = WithholdingRateSet.of(
          LocalDate.of(2025, 7, 1),
          "Decree 117/2025/NĐ-CP",
          List.of(
              CategoryRates.of(SupplyCategory.SERVICES, 500, 200, 500),
              CategoryRates.of(SupplyCategory.GOODS, 100, 50, 100),
              CategoryRates.of(SupplyCategory.TRANSPORT_AND_GOODS_RELATED_SERVICES, 300, 150, 200)))
      .withEffectiveUntil(LocalDate.of(2026, 6, 30));

  @Test
  void isInForceOn_includesBothEnds() {
    assertThat(CLOSED.isInForceOn(LocalDate.of(2025, 6, 30))).isFalse();
    assertThat(CLOSED.isInForceOn(LocalDate.of(2025, 7, 1))).isTrue();
    assertThat(CLOSED.isInForceOn(LocalDate.of(2026, 6, 30))).isTrue();
    assertThat(CLOSED.isInForceOn(LocalDate.of(2026, 7, 1))).isFalse();
  }

  @Test
  void rates_areSortedByCategory() {
    assertThat(CLOSED.rates())
        .extracting(CategoryRates::category)
        .containsExactly(
            SupplyCategory.GOODS,
            SupplyCategory.SERVICES,
            SupplyCategory.TRANSPORT_AND_GOODS_RELATED_SERVICES);
  }

  @Test
  void ratesFor_unknownWithoutItsOwnEntry_takesTheHighestOfEachTax() {
    WithholdingRateSet mixed = WithholdingRateSet.of(
        LocalDate.of(2030, 1, 1),
        "Test",
        List.of(
            CategoryRates.of(SupplyCategory.GOODS, 100, 300, 100),
            CategoryRates.of(SupplyCategory.SERVICES, 500, 200, 400),
            CategoryRates.of(SupplyCategory.TRANSPORT_AND_GOODS_RELATED_SERVICES, 300, 150, 600)));
    assertThat(mixed.ratesFor(SupplyCategory.UNKNOWN))
        .isEqualTo(CategoryRates.of(SupplyCategory.UNKNOWN, 500, 300, 600));
    assertThat(CLOSED.ratesFor(SupplyCategory.UNKNOWN))
        .isEqualTo(CategoryRates.of(SupplyCategory.UNKNOWN, 500, 200, 500));
  }

  @Test
  void constructor_whenLegalBasisBlank_isRejected() {
    assertThatThrownBy(() -> WithholdingRateSet.of(LocalDate.of(2025, 7, 1), " ", CLOSED.rates()))
        .hasMessage("legalBasis must not be blank: \" \"");
  }

  @Test
  void json_matchesGolden() {
    GoldenJson.assertMatchesGolden(
        CLOSED, WithholdingRateSet.class, "compliance/withholding-rate-set.json");
  }
}
