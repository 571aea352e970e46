package io.github.craftmark.platform.internal.tiktok;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.money.Money;
import java.math.BigDecimal;

/** TikTok Shop amounts: decimal strings with a separate currency; CraftMark takes whole đồng. */
public final class TikTokMoney {
  private TikTokMoney() {}

  /** The currency code of Vietnamese shops. */
  public static final String VND = "VND";

  /** Writes an amount as TikTok Shop wants it: a decimal string of whole đồng, e.g. "1250000". */
  public static String amount(Money money) {
    return Long.toString(money.dong());
  }

  /**
   * Reads an amount in đồng such as {@code "1250000"} or {@code "1250000.00"}.
   *
   * @param field where the amount was, for the message
   * @param amount the decimal string
   * @param currency the currency that came with it
   * @return the amount
   * @throws TikTokResponseException when the currency is not VND or the amount is not whole đồng
   */
  public static Money parse(String field, String amount, String currency) {
    if (!VND.equals(currency)) {
      throw new TikTokResponseException(field + " currency must be VND: " + currency);
    }
    BigDecimal value;
    try {
      value = new BigDecimal(amount.strip());
    } catch (NumberFormatException | NullPointerException e) {
      throw new TikTokResponseException(field + " must be a decimal amount: " + amount);
    }
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      throw new TikTokResponseException(field + " must be whole đồng: " + amount);
    }
    try {
      return Money.ofDong(value.longValueExact());
    } catch (ArithmeticException | InvalidValueException e) {
      throw new TikTokResponseException(field + " is out of range: " + amount);
    }
  }
}
