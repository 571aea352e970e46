package io.github.craftmark.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.json.GoldenJson;
import io.github.craftmark.core.money.Money;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class WithheldTaxTest {
  @Test
  void compute_onARefund_givesNegativeTaxes() {
    WithheldTax refund = WithheldTax.compute(
        Money.ofDong(-333), 500, 200, "Decree 117/2025/NĐ-CP", RoundingMode.HALF_UP);
    assertThat(refund.vat()).isEqualTo(Money.ofDong(-17));
    assertThat(refund.pit()).isEqualTo(Money.ofDong(-7));
    assertThat(refund.total()).isEqualTo(Money.ofDong(-24));
    assertThat(refund.net()).isEqualTo(Money.ofDong(-309));
  }

  @Test
  void compute_whenRateOutOfRange_isRejected() {
    assertThatThrownBy(() -> WithheldTax.compute(
            Money.ofDong(1000), 100, 10_001, "Decree 117/2025/NĐ-CP", RoundingMode.HALF_UP))
        .hasMessage("pitBasisPoints must be 0..10000: 10001");
  }

  @Test
  void json_refundMatchesGolden() {
    GoldenJson.assertMatchesGolden(
        WithheldTax.compute(
            Money.ofDong(-1_250_000), 100, 50, "Decree 117/2025/NĐ-CP", RoundingMode.HALF_UP),
        WithheldTax.class,
        "compliance/withheld-tax-refund.json");
  }
}
