package io.github.craftmark.platform.internal.shopee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.platform.ListingStatus;
import io.github.craftmark.platform.OrderStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShopeeOperationsTest {
  @ParameterizedTest
  @CsvSource({
    "NORMAL, LIVE",
    "UNLIST, INACTIVE",
    "BANNED, BANNED",
    "REVIEWING, IN_REVIEW",
    "DELETED, DELETED",
    "SELLER_DELETE, DELETED",
    "SHOPEE_DELETE, DELETED",
    "SOMETHING_NEW, UNKNOWN"
  })
  void listingStatus_mapsShopeesItemStatus(String itemStatus, ListingStatus expected) {
    assertThat(ShopeeOperations.listingStatus(itemStatus)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "UNPAID, UNPAID",
    "PENDING, UNPAID",
    "READY_TO_SHIP, TO_SHIP",
    "PROCESSED, TO_SHIP",
    "RETRY_SHIP, TO_SHIP",
    "SHIPPED, SHIPPED",
    "TO_CONFIRM_RECEIVE, DELIVERED",
    "COMPLETED, COMPLETED",
    "CANCELLED, CANCELLED",
    "TO_RETURN, RETURNED",
    "IN_CANCEL, UNKNOWN",
    "SOMETHING_NEW, UNKNOWN"
  })
  void orderStatus_mapsShopeesOrderStatus(String status, OrderStatus expected) {
    assertThat(ShopeeOperations.orderStatus(status)).isEqualTo(expected);
  }
}
