package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.money.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderLineTest {
  @Test
  void amount_isUnitPriceTimesQuantity() {
    OrderLine line = new OrderLine(
        "800123",
        Optional.of("2000111"),
        Optional.of("VP-KL-50-DO"),
        "Khăn lụa",
        3,
        Money.ofDong(350_000));

    assertThat(line.amount()).isEqualTo(Money.ofDong(1_050_000));
  }

  @Test
  void constructor_rejectsNoUnitsAndNegativePrices() {
    assertThatThrownBy(
            () -> new OrderLine("1", Optional.empty(), Optional.empty(), "t", 0, Money.ofDong(1)))
        .hasMessage("quantity must be 1..2147483647: 0");
    assertThatThrownBy(
            () -> new OrderLine("1", Optional.empty(), Optional.empty(), "t", 1, Money.ofDong(-1)))
        .hasMessage("unitPrice must not be negative: -1\u00a0₫");
  }
}
