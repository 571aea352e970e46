package io.github.craftmark.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import org.junit.jupiter.api.Test;

class CategoryRatesTest {
  private static final CategoryRates TRANSPORT =
      CategoryRates.of(SupplyCategory.TRANSPORT_AND_GOODS_RELATED_SERVICES, 300, 150, 200);

  @Test
  void pitBasisPoints_dependsOnResidency() {
    assertThat(TRANSPORT.pitBasisPoints(Residency.RESIDENT)).isEqualTo(150);
    assertThat(TRANSPORT.pitBasisPoints(Residency.NON_RESIDENT)).isEqualTo(200);
    assertThatThrownBy(() -> TRANSPORT.pitBasisPoints(null))
        .hasMessage("residency must not be null: null");
  }

  @Test
  void constructor_whenRateOutOfRange_isRejected() {
    assertThatThrownBy(() -> CategoryRates.of(SupplyCategory.GOODS, 100, 50, 10_001))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("nonResidentPitBasisPoints must be 0..10000: 10001");
    assertThatThrownBy(() -> CategoryRates.of(null, 100, 50, 100))
        .hasMessage("category must not be null: null");
  }

  @Test
  void json_matchesGolden() {
    GoldenJson.assertMatchesGolden(
        TRANSPORT, CategoryRates.class, "compliance/category-rates.json");
  }
}
