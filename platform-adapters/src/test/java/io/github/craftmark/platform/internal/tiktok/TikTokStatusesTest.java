package io.github.craftmark.platform.internal.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.platform.ListingStatus;
import io.github.craftmark.platform.OrderStatus;
import io.github.craftmark.platform.WebhookEvent;
import org.junit.jupiter.api.Test;

class TikTokStatusesTest {
  @Test
  void listing_mapsTikToksProductStatuses() {
    assertThat(TikTokStatuses.listing("ACTIVATE")).isEqualTo(ListingStatus.LIVE);
    assertThat(TikTokStatuses.listing("PENDING")).isEqualTo(ListingStatus.IN_REVIEW);
    assertThat(TikTokStatuses.listing("FAILED")).isEqualTo(ListingStatus.REJECTED);
    assertThat(TikTokStatuses.listing("SELLER_DEACTIVATED")).isEqualTo(ListingStatus.INACTIVE);
    assertThat(TikTokStatuses.listing("FREEZE")).isEqualTo(ListingStatus.BANNED);
    assertThat(TikTokStatuses.listing("SOMETHING_NEW")).isEqualTo(ListingStatus.UNKNOWN);
  }

  @Test
  void order_mapsTikToksOrderStatuses() {
    assertThat(TikTokStatuses.order("ON_HOLD")).isEqualTo(OrderStatus.UNPAID);
    assertThat(TikTokStatuses.order("AWAITING_COLLECTION")).isEqualTo(OrderStatus.TO_SHIP);
    assertThat(TikTokStatuses.order("IN_TRANSIT")).isEqualTo(OrderStatus.SHIPPED);
    assertThat(TikTokStatuses.order("COMPLETED")).isEqualTo(OrderStatus.COMPLETED);
    assertThat(TikTokStatuses.order("")).isEqualTo(OrderStatus.UNKNOWN);
  }

  @Test
  void webhook_namesKnownTypesAndKeepsUnknownOnesAsOther() {
    assertThat(TikTokStatuses.webhook(1))
        .isEqualTo(
            new TikTokStatuses.WebhookType("ORDER_STATUS_CHANGE", WebhookEvent.Kind.ORDER_STATUS));
    assertThat(TikTokStatuses.webhook(7).kind()).isEqualTo(WebhookEvent.Kind.AUTHORIZATION);
    assertThat(TikTokStatuses.webhook(16).name()).isEqualTo("PRODUCT_CREATION");
    assertThat(TikTokStatuses.webhook(42))
        .isEqualTo(new TikTokStatuses.WebhookType("TYPE_42", WebhookEvent.Kind.OTHER));
  }
}
