package io.github.craftmark.platform.internal.lazada;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.platform.ListingStatus;
import io.github.craftmark.platform.OrderStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class LazadaStatusesTest {
  @Test
  void listing_mapsGetProductsStatusesAndFilterWords() {
    assertThat(LazadaStatuses.listing("Active")).isEqualTo(ListingStatus.LIVE);
    assertThat(LazadaStatuses.listing("live")).isEqualTo(ListingStatus.LIVE);
    assertThat(LazadaStatuses.listing("InActive")).isEqualTo(ListingStatus.INACTIVE);
    assertThat(LazadaStatuses.listing("Pending QC")).isEqualTo(ListingStatus.IN_REVIEW);
    assertThat(LazadaStatuses.listing("rejected")).isEqualTo(ListingStatus.REJECTED);
    assertThat(LazadaStatuses.listing("Suspended")).isEqualTo(ListingStatus.BANNED);
    assertThat(LazadaStatuses.listing("Deleted")).isEqualTo(ListingStatus.DELETED);
    assertThat(LazadaStatuses.listing("sold-out")).isEqualTo(ListingStatus.UNKNOWN);
  }

  @Test
  void order_isWhereItsLeastAdvancedLiveItemIs() {
    assertThat(LazadaStatuses.order(List.of("delivered", "pending")))
        .isEqualTo(OrderStatus.TO_SHIP);
    assertThat(LazadaStatuses.order(List.of("shipped", "canceled"))).isEqualTo(OrderStatus.SHIPPED);
    assertThat(LazadaStatuses.order(List.of("canceled"))).isEqualTo(OrderStatus.CANCELLED);
    assertThat(LazadaStatuses.order(List.of("returned", "canceled")))
        .isEqualTo(OrderStatus.RETURNED);
    assertThat(LazadaStatuses.order(List.of("returned", "delivered")))
        .isEqualTo(OrderStatus.DELIVERED);
    assertThat(LazadaStatuses.order(List.of("unpaid"))).isEqualTo(OrderStatus.UNPAID);
    assertThat(LazadaStatuses.order(List.of("ready_to_ship"))).isEqualTo(OrderStatus.TO_SHIP);
    assertThat(LazadaStatuses.order(List.of("confirmed"))).isEqualTo(OrderStatus.COMPLETED);
    assertThat(LazadaStatuses.order(List.of("lost_by_3pl", "delivered")))
        .isEqualTo(OrderStatus.UNKNOWN);
    assertThat(LazadaStatuses.order(List.of())).isEqualTo(OrderStatus.UNKNOWN);
  }
}
