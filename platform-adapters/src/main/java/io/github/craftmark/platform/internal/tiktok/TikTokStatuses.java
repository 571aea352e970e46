package io.github.craftmark.platform.internal.tiktok;

import io.github.craftmark.platform.ListingStatus;
import io.github.craftmark.platform.OrderStatus;
import io.github.craftmark.platform.WebhookEvent;
import java.util.Map;

/** TikTok Shop's product statuses, order statuses and webhook types in the SPI's terms. */
public final class TikTokStatuses {
  private TikTokStatuses() {}

  private static final Map<String, ListingStatus> LISTING = Map.of(
      "ACTIVATE", ListingStatus.LIVE,
      "PENDING", ListingStatus.IN_REVIEW,
      "FAILED", ListingStatus.REJECTED,
      "SELLER_DEACTIVATED", ListingStatus.INACTIVE,
      "PLATFORM_DEACTIVATED", ListingStatus.BANNED,
      "FREEZE", ListingStatus.BANNED,
      "DELETED", ListingStatus.DELETED,
      "DRAFT", ListingStatus.DRAFT);

  private static final Map<String, OrderStatus> ORDER = Map.of(
      "UNPAID", OrderStatus.UNPAID,
      // Paid, but the buyer may still cancel and the seller may not ship yet.
      "ON_HOLD", OrderStatus.UNPAID,
      "AWAITING_SHIPMENT", OrderStatus.TO_SHIP,
      "PARTIALLY_SHIPPING", OrderStatus.TO_SHIP,
      // Shipment arranged; the parcel is still with the seller.
      "AWAITING_COLLECTION", OrderStatus.TO_SHIP,
      "IN_TRANSIT", OrderStatus.SHIPPED,
      "DELIVERED", OrderStatus.DELIVERED,
      "COMPLETED", OrderStatus.COMPLETED,
      "CANCELLED", OrderStatus.CANCELLED);

  /** A webhook type's name and kind. */
  public record WebhookType(String name, WebhookEvent.Kind kind) {}

  private static final Map<Integer, WebhookType> WEBHOOK = Map.ofEntries(
      Map.entry(1, new WebhookType("ORDER_STATUS_CHANGE", WebhookEvent.Kind.ORDER_STATUS)),
      Map.entry(2, new WebhookType("REVERSE_STATUS_UPDATE", WebhookEvent.Kind.ORDER_STATUS)),
      Map.entry(3, new WebhookType("RECIPIENT_ADDRESS_UPDATE", WebhookEvent.Kind.ORDER_STATUS)),
      Map.entry(4, new WebhookType("PACKAGE_UPDATE", WebhookEvent.Kind.ORDER_STATUS)),
      Map.entry(5, new WebhookType("PRODUCT_STATUS_CHANGE", WebhookEvent.Kind.LISTING_STATUS)),
      Map.entry(6, new WebhookType("SELLER_DEAUTHORIZATION", WebhookEvent.Kind.AUTHORIZATION)),
      Map.entry(
          7, new WebhookType("UPCOMING_AUTHORIZATION_EXPIRATION", WebhookEvent.Kind.AUTHORIZATION)),
      Map.entry(11, new WebhookType("CANCELLATION_STATUS_CHANGE", WebhookEvent.Kind.ORDER_STATUS)),
      Map.entry(12, new WebhookType("RETURN_STATUS_CHANGE", WebhookEvent.Kind.ORDER_STATUS)),
      Map.entry(13, new WebhookType("NEW_CONVERSATION", WebhookEvent.Kind.OTHER)),
      Map.entry(14, new WebhookType("NEW_MESSAGE", WebhookEvent.Kind.OTHER)),
      Map.entry(
          15, new WebhookType("PRODUCT_INFORMATION_CHANGE", WebhookEvent.Kind.LISTING_STATUS)),
      Map.entry(16, new WebhookType("PRODUCT_CREATION", WebhookEvent.Kind.LISTING_STATUS)),
      Map.entry(18, new WebhookType("PRODUCT_CATEGORY_CHANGE", WebhookEvent.Kind.LISTING_STATUS)));

  /** The listing status of a TikTok product status; unknown ones are {@code UNKNOWN}. */
  public static ListingStatus listing(String status) {
    return LISTING.getOrDefault(status, ListingStatus.UNKNOWN);
  }

  /** The order status of a TikTok order status; unknown ones are {@code UNKNOWN}. */
  public static OrderStatus order(String status) {
    return ORDER.getOrDefault(status, OrderStatus.UNKNOWN);
  }

  /** The name and kind of a webhook type number; unknown ones are {@code TYPE_<n>}, other. */
  public static WebhookType webhook(int type) {
    return WEBHOOK.getOrDefault(type, new WebhookType("TYPE_" + type, WebhookEvent.Kind.OTHER));
  }
}
