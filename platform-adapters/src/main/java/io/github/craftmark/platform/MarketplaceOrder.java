package io.github.craftmark.platform;

import io.github.craftmark.core.money.Money;
import io.github.craftmark.platform.internal.Checks;
import java.time.Instant;
import java.util.List;

/**
 * An order placed in a seller's shop, read by {@link MarketplaceAdapter#ordersSince(ShopRef,
 * Instant)}.
 *
 * <p>It carries what a craft workshop needs to pack and reconcile: the lines, totals and status.
 * The buyer's name, phone and address are left out: platforms mask them and they are personal data
 * the SDK has no reason to hold.
 *
 * @param shop the shop the order was placed in
 * @param orderId the platform's order id (Shopee {@code order_sn})
 * @param status where it stands, in common terms
 * @param platformStatus the platform's own status word, e.g. {@code "READY_TO_SHIP"}
 * @param createdAt when the buyer placed it
 * @param updatedAt when the platform last changed it
 * @param lines what was bought
 * @param total what the buyer pays, shipping included, in đồng
 */
public record MarketplaceOrder(
    ShopRef shop,
    String orderId,
    OrderStatus status,
    String platformStatus,
    Instant createdAt,
    Instant updatedAt,
    List<OrderLine> lines,
    Money total) {
  /**
   * Validates the order.
   *
   * @param shop the shop the order was placed in
   * @param orderId the platform's order id (Shopee {@code order_sn})
   * @param status where it stands, in common terms
   * @param platformStatus the platform's own status word, e.g. {@code "READY_TO_SHIP"}
   * @param createdAt when the buyer placed it
   * @param updatedAt when the platform last changed it
   * @param lines what was bought
   * @param total what the buyer pays, shipping included, in đồng
   */
  public MarketplaceOrder {
    Checks.notNull("shop", shop);
    Checks.token("orderId", orderId, 128);
    Checks.notNull("status", status);
    platformStatus = Checks.notNull("platformStatus", platformStatus).strip();
    Checks.notNull("createdAt", createdAt);
    Checks.notNull("updatedAt", updatedAt);
    lines = Checks.list("lines", lines);
    Checks.notNull("total", total);
  }
}
