package io.github.craftmark.platform.internal.lazada;

import io.github.craftmark.platform.ListingStatus;
import io.github.craftmark.platform.OrderStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Lazada's status words in the SPI's common terms; the words themselves are kept beside. */
final class LazadaStatuses {
  private LazadaStatuses() {}

  /**
   * A product's {@code status} from GetProducts ({@code Active}, {@code InActive}, {@code Pending
   * QC}, {@code Suspended}, {@code Deleted}) or its filter words ({@code live}, {@code rejected}…).
   */
  static ListingStatus listing(String status) {
    String word = status.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
    return switch (word) {
      case "active", "live" -> ListingStatus.LIVE;
      case "inactive" -> ListingStatus.INACTIVE;
      case "pending-qc", "pending" -> ListingStatus.IN_REVIEW;
      case "rejected" -> ListingStatus.REJECTED;
      case "suspended", "lock", "live-rejected" -> ListingStatus.BANNED;
      case "deleted" -> ListingStatus.DELETED;
      default -> ListingStatus.UNKNOWN;
    };
  }

  /** One item's status (GetOrders lists the distinct ones as {@code statuses}). */
  static OrderStatus item(String status) {
    return switch (status.strip().toLowerCase(Locale.ROOT)) {
      case "unpaid" -> OrderStatus.UNPAID;
      case "pending",
          "packed",
          "repacked",
          "ready_to_ship",
          "ready_to_ship_pending",
          "topack",
          "toship" -> OrderStatus.TO_SHIP;
      case "shipped", "shipping", "failed_delivery" -> OrderStatus.SHIPPED;
      case "delivered" -> OrderStatus.DELIVERED;
      case "confirmed" -> OrderStatus.COMPLETED;
      case "canceled", "cancelled" -> OrderStatus.CANCELLED;
      case "returned", "shipped_back", "shipped_back_success" -> OrderStatus.RETURNED;
      default -> OrderStatus.UNKNOWN;
    };
  }

  /**
   * An order's status from its items' statuses: Lazada has no order status, each item moves on
   * its own. Cancelled items are ignored unless all are; an unknown word makes the order unknown;
   * otherwise the order is where its least advanced item is (one item still to ship means there is
   * shipping to do).
   */
  static OrderStatus order(List<String> statuses) {
    if (statuses.isEmpty()) {
      return OrderStatus.UNKNOWN;
    }
    List<OrderStatus> mapped = new ArrayList<>();
    statuses.forEach(s -> mapped.add(item(s)));
    if (mapped.contains(OrderStatus.UNKNOWN)) {
      return OrderStatus.UNKNOWN;
    }
    List<OrderStatus> live =
        mapped.stream().filter(s -> s != OrderStatus.CANCELLED).toList();
    if (live.isEmpty()) {
      return OrderStatus.CANCELLED;
    }
    List<OrderStatus> kept =
        live.stream().filter(s -> s != OrderStatus.RETURNED).toList();
    if (kept.isEmpty()) {
      return OrderStatus.RETURNED;
    }
    // The enum lists the forward statuses in order: UNPAID, TO_SHIP, SHIPPED, DELIVERED, COMPLETED.
    return kept.stream().min(Comparator.naturalOrder()).orElseThrow();
  }
}
