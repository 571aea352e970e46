package io.github.craftmark.platform;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.platform.internal.Checks;
import java.util.Optional;

/**
 * One line of a {@link MarketplaceOrder}: what was bought, how many, at what unit price.
 *
 * @param listingId the platform's id of the listing
 * @param platformSkuId the platform's id of the SKU, if the listing has SKUs
 * @param sellerSku the seller's SKU as on the platform, if set
 * @param title the listing title when ordered
 * @param quantity units ordered, at least 1
 * @param unitPrice the price of one unit after the seller's discounts, 0 or more
 */
public record OrderLine(
    String listingId,
    Optional<String> platformSkuId,
    Optional<String> sellerSku,
    String title,
    int quantity,
    Money unitPrice) {
  /**
   * Validates the line.
   *
   * @param listingId the platform's id of the listing
   * @param platformSkuId the platform's id of the SKU, if the listing has SKUs
   * @param sellerSku the seller's SKU as on the platform, if set
   * @param title the listing title when ordered
   * @param quantity units ordered, at least 1
   * @param unitPrice the price of one unit after the seller's discounts, 0 or more
   */
  public OrderLine {
    Checks.token("listingId", listingId, 128);
    platformSkuId = Checks.optionalToken("platformSkuId", platformSkuId, 128);
    sellerSku = Checks.optionalText("sellerSku", sellerSku, 200);
    title = Checks.notNull("title", title).strip();
    Checks.inRange("quantity", quantity, 1, Integer.MAX_VALUE);
    Checks.notNull("unitPrice", unitPrice);
    if (unitPrice.isNegative()) {
      throw new InvalidValueException("unitPrice", "must not be negative", unitPrice);
    }
  }

  /**
   * Returns the line's amount: unit price × quantity.
   *
   * @return the amount
   */
  public Money amount() {
    return unitPrice.times(quantity);
  }
}
