package io.github.craftmark.platform.internal.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.money.Money;
import org.junit.jupiter.api.Test;

class TikTokMoneyTest {
  @Test
  void amount_writesWholeDong() {
    assertThat(TikTokMoney.amount(Money.ofDong(1_250_000))).isEqualTo("1250000");
  }

  @Test
  void parse_acceptsTrailingZeroDecimals() {
    assertThat(TikTokMoney.parse("price", "1250000.00", "VND")).isEqualTo(Money.ofDong(1_250_000));
    assertThat(TikTokMoney.parse("price", "0", "VND")).isEqualTo(Money.ZERO);
  }

  @Test
  void parse_rejectsFractionsOtherCurrenciesAndJunk() {
    assertThatThrownBy(() -> TikTokMoney.parse("price", "1.5", "VND"))
        .isInstanceOf(TikTokResponseException.class)
        .hasMessage("price must be whole đồng: 1.5");
    assertThatThrownBy(() -> TikTokMoney.parse("price", "12", "THB"))
        .hasMessage("price currency must be VND: THB");
    assertThatThrownBy(() -> TikTokMoney.parse("price", "12đ", "VND"))
        .hasMessage("price must be a decimal amount: 12đ");
    assertThatThrownBy(() -> TikTokMoney.parse("price", null, "VND"))
        .hasMessage("price must be a decimal amount: null");
    assertThatThrownBy(() -> TikTokMoney.parse("price", "1e30", "VND"))
        .hasMessage("price is out of range: 1e30");
  }
}
