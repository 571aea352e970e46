package io.github.craftmark.platform.internal.shopee;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.platform.Listing;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.ListingSku;
import io.github.craftmark.platform.ListingStatus;
import io.github.craftmark.platform.MappingProblem;
import io.github.craftmark.platform.MarketplaceOrder;
import io.github.craftmark.platform.OrderLine;
import io.github.craftmark.platform.OrderStatus;
import io.github.craftmark.platform.Paging;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.PriceUpdate;
import io.github.craftmark.platform.ProblemCode;
import io.github.craftmark.platform.PublishedListing;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.StockUpdate;
import io.github.craftmark.platform.StockUpdateResult;
import io.github.craftmark.platform.http.TransportRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * What the Shopee adapter does with a shop, on top of {@link ShopeeClient}: publishing, price and
 * stock updates in batches of at most 50 models of one item, and the lazy listing and order
 * streams that hide Shopee's offset paging, cursor paging and 15-day order windows.
 */
public final class ShopeeOperations {
  /** The statuses {@code get_item_list} is asked for: everything but deleted items. */
  public static final List<String> LISTED_STATUSES = List.of("NORMAL", "UNLIST", "BANNED");

  /** Shopee's model id of an item without variants, in update calls. */
  public static final String ITEM_LEVEL_MODEL = "0";

  private final ShopeeClient client;
  private final Clock clock;
  private final RandomGenerator random;
  private final int pageSize;

  /**
   * Creates the operations.
   *
   * @param client sends the calls
   * @param clock the present, for order windows
   * @param random draws multipart boundaries
   * @param pageSize items and orders per page, 1..100
   */
  public ShopeeOperations(ShopeeClient client, Clock clock, RandomGenerator random, int pageSize) {
    this.client = client;
    this.clock = clock;
    this.random = random;
    this.pageSize = pageSize;
  }

  // ---------------------------------------------------------------- publish

  /**
   * Uploads the draft's image files, creates the item and, for a product with tiers, its models.
   *
   * @param shop the shop
   * @param draft the checked draft
   * @param warnings the mapping's warnings, returned with the listing
   * @return the new listing with its model ids
   */
  public PublishedListing publish(ShopRef shop, ListingDraft draft, List<MappingProblem> warnings) {
    ShopeeClient.shopId(shop);
    List<String> imageIds = new ArrayList<>();
    List<ListingImage> images = draft.images();
    for (int i = 0; i < images.size(); i++) {
      ListingImage image = images.get(i);
      if (image.isHosted()) {
        imageIds.add(image.hostedId().orElseThrow());
        continue;
      }
      ShopeeRequest upload = ShopeeRequest.uploadImage(
          image.bytes(),
          image.mediaType().orElseThrow(),
          image.fileName(i),
          TransportRequest.newBoundary(random));
      imageIds.add(ShopeeClient.read(client.publicCall(shop, upload), ShopeeResponses::imageId));
    }
    ShopeePayloads.ItemSpec spec = ShopeeMapping.itemSpec(draft, imageIds);
    ShopeeEnvelope added = client.shopCall(
        shop, ShopeeRequest.postJson(ShopeeEndpoint.ADD_ITEM, ShopeePayloads.addItem(spec)));
    long itemId = ShopeeClient.read(added, ShopeeResponses::itemId);
    List<MappingProblem> allWarnings = new ArrayList<>(warnings);
    added.warningText().ifPresent(w -> allWarnings.add(shopeeWarning(w)));
    Map<Sku, String> modelIds = new LinkedHashMap<>();
    if (draft.tiers().isEmpty()) {
      modelIds.put(draft.sku(), ITEM_LEVEL_MODEL);
    } else {
      ShopeeEnvelope tiered;
      try {
        tiered = client.shopCall(
            shop,
            ShopeeRequest.postJson(
                ShopeeEndpoint.INIT_TIER_VARIATION,
                ShopeePayloads.initTierVariation(itemId, draft.tiers(), draft.variants())));
      } catch (PlatformException e) {
        throw PlatformException.builder(e.marketplace(), e.errorCode())
            .message(e.platformMessage() + " (item " + itemId
                + " was created without its variants: add them with init_tier_variation"
                + " or delete the item)")
            .requestId(e.requestId().orElse(null))
            .httpStatus(e.httpStatus())
            .retryable(false)
            .cause(e)
            .build();
      }
      tiered.warningText().ifPresent(w -> allWarnings.add(shopeeWarning(w)));
      Map<String, Long> bySku = new HashMap<>();
      for (ShopeeResponses.Model model : ShopeeClient.read(tiered, ShopeeResponses::models)) {
        bySku.put(model.modelSku(), model.modelId());
      }
      for (Variant variant : draft.variants()) {
        Long modelId = bySku.get(variant.sku().value());
        if (modelId == null) {
          throw PlatformException.builder(shop.marketplace(), PlatformException.UNEXPECTED_RESPONSE)
              .message("init_tier_variation returned no model for SKU " + variant.sku()
                  + " of item " + itemId)
              .requestId(tiered.requestId())
              .build();
        }
        modelIds.put(variant.sku(), Long.toString(modelId));
      }
    }
    return new PublishedListing(
        shop,
        Long.toString(itemId),
        modelIds,
        ListingStatus.LIVE,
        allWarnings,
        Optional.of(added.requestId()).filter(id -> !id.isEmpty()));
  }

  private static MappingProblem shopeeWarning(String text) {
    return MappingProblem.warning(
        "shopee",
        ProblemCode.of("SHOPEE_WARNING"),
        text.length() > 2000 ? text.substring(0, 2000) : text);
  }

  // ---------------------------------------------------------------- price and stock

  /**
   * Sets prices of one item's models, at most 50 per call.
   *
   * @param shop the shop
   * @param update the item and its prices
   */
  public void updatePrice(ShopRef shop, PriceUpdate update) {
    long itemId = itemId(update.listingId());
    Map<Sku, Long> known = new LinkedHashMap<>();
    List<Sku> unknown = new ArrayList<>();
    for (PriceUpdate.SkuPrice price : update.prices()) {
      Optional<Long> id = price.platformSkuId().map(ShopeeOperations::modelId);
      id.ifPresentOrElse(v -> known.put(price.sku(), v), () -> unknown.add(price.sku()));
    }
    if (!unknown.isEmpty()) {
      Map<String, Long> models = models(shop, itemId);
      List<String> missing = new ArrayList<>();
      for (Sku sku : unknown) {
        Long id = models.get(sku.value());
        if (id == null) {
          missing.add(sku.value());
        } else {
          known.put(sku, id);
        }
      }
      if (!missing.isEmpty()) {
        throw PlatformException.builder(shop.marketplace(), PlatformException.SKU_NOT_FOUND)
            .message("item " + itemId + " has no model with SKU " + String.join(", ", missing))
            .build();
      }
    }
    List<ShopeePayloads.ModelPrice> prices = new ArrayList<>();
    Map<Long, Sku> skuOfModel = new HashMap<>();
    for (PriceUpdate.SkuPrice price : update.prices()) {
      long modelId = known.get(price.sku());
      prices.add(new ShopeePayloads.ModelPrice(modelId, price.price().dong()));
      skuOfModel.put(modelId, price.sku());
    }
    List<String> refused = new ArrayList<>();
    for (List<ShopeePayloads.ModelPrice> batch : batches(prices)) {
      ShopeeEnvelope answer = client.shopCall(
          shop,
          ShopeeRequest.postJson(
              ShopeeEndpoint.UPDATE_PRICE, ShopeePayloads.updatePrice(itemId, batch)));
      for (ShopeeResponses.Failure failure :
          ShopeeClient.read(answer, ShopeeResponses::batchResult).failed()) {
        Sku sku = skuOfModel.get(failure.modelId());
        refused.add(
            (sku == null ? "model " + failure.modelId() : sku.value()) + ": " + failure.reason());
      }
    }
    if (!refused.isEmpty()) {
      throw PlatformException.builder(shop.marketplace(), "failure_list")
          .message("Shopee refused the price of " + String.join("; ", refused))
          .build();
    }
  }

  /**
   * Sets stock levels, grouped by item, at most 50 models per call; a model Shopee refused is a
   * failed outcome.
   *
   * @param shop the shop
   * @param updates the levels
   * @return one outcome per update, in order
   */
  public StockUpdateResult updateStock(ShopRef shop, List<StockUpdate> updates) {
    ShopeeClient.shopId(shop);
    Map<Long, List<Integer>> byItem = new LinkedHashMap<>();
    for (int i = 0; i < updates.size(); i++) {
      byItem
          .computeIfAbsent(itemId(updates.get(i).listingId()), k -> new ArrayList<>())
          .add(i);
    }
    StockUpdateResult.SkuOutcome[] outcomes = new StockUpdateResult.SkuOutcome[updates.size()];
    for (Map.Entry<Long, List<Integer>> item : byItem.entrySet()) {
      long itemId = item.getKey();
      Map<String, Long> models = null;
      List<ShopeePayloads.ModelStock> stocks = new ArrayList<>();
      Map<Long, Integer> indexOfModel = new HashMap<>();
      for (int index : item.getValue()) {
        StockUpdate update = updates.get(index);
        Long modelId = update.platformSkuId().map(ShopeeOperations::modelId).orElse(null);
        if (modelId == null) {
          models = models != null ? models : models(shop, itemId);
          modelId = models.get(update.sku().value());
        }
        if (modelId == null) {
          outcomes[index] = StockUpdateResult.SkuOutcome.failure(
              update.sku(),
              PlatformException.SKU_NOT_FOUND,
              "item " + itemId + " has no model with this SKU");
          continue;
        }
        stocks.add(new ShopeePayloads.ModelStock(modelId, update.quantity()));
        indexOfModel.put(modelId, index);
      }
      for (List<ShopeePayloads.ModelStock> batch : batches(stocks)) {
        ShopeeEnvelope answer = client.shopCall(
            shop,
            ShopeeRequest.postJson(
                ShopeeEndpoint.UPDATE_STOCK, ShopeePayloads.updateStock(itemId, batch)));
        ShopeeResponses.BatchResult result =
            ShopeeClient.read(answer, ShopeeResponses::batchResult);
        for (long ok : result.succeeded()) {
          Integer index = indexOfModel.get(ok);
          if (index != null) {
            outcomes[index] =
                StockUpdateResult.SkuOutcome.success(updates.get(index).sku());
          }
        }
        for (ShopeeResponses.Failure failure : result.failed()) {
          Integer index = indexOfModel.get(failure.modelId());
          if (index != null) {
            outcomes[index] = StockUpdateResult.SkuOutcome.failure(
                updates.get(index).sku(), "failure_list", failure.reason());
          }
        }
        for (ShopeePayloads.ModelStock sent : batch) {
          int index = indexOfModel.get(sent.modelId());
          if (outcomes[index] == null) {
            outcomes[index] = StockUpdateResult.SkuOutcome.failure(
                updates.get(index).sku(),
                PlatformException.UNEXPECTED_RESPONSE,
                "Shopee listed the model neither as updated nor as refused (request_id "
                    + answer.requestId() + ")");
          }
        }
      }
    }
    return new StockUpdateResult(List.of(outcomes));
  }

  /** Model id by SKU of one item: its models' SKUs, or the item's SKU → 0 without models. */
  private Map<String, Long> models(ShopRef shop, long itemId) {
    ShopeeEnvelope base = client.shopCall(
        shop,
        ShopeeRequest.get(
            ShopeeEndpoint.GET_ITEM_BASE_INFO, ShopeePayloads.itemBaseInfoQuery(List.of(itemId))));
    List<ShopeeResponses.ItemInfo> infos = ShopeeClient.read(base, ShopeeResponses::itemInfos);
    if (infos.isEmpty()) {
      throw PlatformException.builder(shop.marketplace(), "item_not_found")
          .message("shop " + shop.key() + " has no item " + itemId)
          .requestId(base.requestId())
          .build();
    }
    Map<String, Long> bySku = new HashMap<>();
    ShopeeResponses.ItemInfo info = infos.get(0);
    if (!info.hasModel()) {
      bySku.put(info.itemSku(), 0L);
      return bySku;
    }
    for (ShopeeResponses.Model model : modelList(shop, itemId)) {
      bySku.put(model.modelSku(), model.modelId());
    }
    return bySku;
  }

  private List<ShopeeResponses.Model> modelList(ShopRef shop, long itemId) {
    ShopeeEnvelope answer = client.shopCall(
        shop,
        ShopeeRequest.get(ShopeeEndpoint.GET_MODEL_LIST, ShopeePayloads.modelListQuery(itemId)));
    return ShopeeClient.read(answer, ShopeeResponses::models);
  }

  private static <T> List<List<T>> batches(List<T> all) {
    List<List<T>> out = new ArrayList<>();
    for (int from = 0; from < all.size(); from += ShopeePayloads.MAX_MODELS_PER_UPDATE) {
      out.add(all.subList(from, Math.min(all.size(), from + ShopeePayloads.MAX_MODELS_PER_UPDATE)));
    }
    return out;
  }

  private static long itemId(String listingId) {
    try {
      long id = Long.parseLong(listingId);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidValueException("listingId", "must be Shopee's numeric item_id", listingId);
  }

  private static long modelId(String platformSkuId) {
    try {
      long id = Long.parseLong(platformSkuId);
      if (id >= 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidValueException(
        "platformSkuId",
        "must be Shopee's numeric model_id (0 for an item without variants)",
        platformSkuId);
  }

  // ---------------------------------------------------------------- listings

  /**
   * Streams the shop's items: {@code get_item_list} a page at a time (offset paging), {@code
   * get_item_base_info} for up to 50 of them at a time, {@code get_model_list} for items with
   * variants, each only when the stream needs it.
   *
   * @param shop the shop
   * @return the listings
   */
  public Stream<Listing> listings(ShopRef shop) {
    ShopeeClient.shopId(shop);
    return Paging.stream(new ItemPosition(0, List.of(), false), at -> itemPage(shop, at));
  }

  /**
   * Where the listing stream stands: the next {@code get_item_list} offset, the item ids listed but
   * not yet read, and whether the list has no further page.
   */
  private record ItemPosition(long offset, List<Long> pending, boolean listed) {}

  private Paging.Page<Listing, ItemPosition> itemPage(ShopRef shop, ItemPosition at) {
    long offset = at.offset();
    List<Long> pending = at.pending();
    boolean listed = at.listed();
    if (pending.isEmpty()) {
      if (listed) {
        return Paging.Page.last(List.of());
      }
      ShopeeEnvelope answer = client.shopCall(
          shop,
          ShopeeRequest.get(
              ShopeeEndpoint.GET_ITEM_LIST,
              ShopeePayloads.itemListQuery(offset, pageSize, LISTED_STATUSES)));
      ShopeeResponses.ItemPage page = ShopeeClient.read(answer, ShopeeResponses::itemPage);
      listed = !page.hasNextPage();
      if (!listed && page.nextOffset() <= offset) {
        throw PlatformException.builder(shop.marketplace(), PlatformException.UNEXPECTED_RESPONSE)
            .message("get_item_list gave next_offset " + page.nextOffset() + " after offset "
                + offset + ": paging would not advance")
            .requestId(answer.requestId())
            .build();
      }
      offset = page.nextOffset();
      pending = page.itemIds();
      if (pending.isEmpty()) {
        return listed
            ? Paging.Page.last(List.of())
            : Paging.Page.of(List.of(), new ItemPosition(offset, List.of(), false));
      }
    }
    int take = Math.min(pending.size(), ShopeePayloads.MAX_IDS_PER_DETAIL);
    ShopeeEnvelope info = client.shopCall(
        shop,
        ShopeeRequest.get(
            ShopeeEndpoint.GET_ITEM_BASE_INFO,
            ShopeePayloads.itemBaseInfoQuery(pending.subList(0, take))));
    List<Listing> listings = new ArrayList<>();
    for (ShopeeResponses.ItemInfo item : ShopeeClient.read(info, ShopeeResponses::itemInfos)) {
      listings.add(ShopeeClient.read(info, answer -> listing(shop, item)));
    }
    List<Long> rest = List.copyOf(pending.subList(take, pending.size()));
    return rest.isEmpty() && listed
        ? Paging.Page.last(listings)
        : Paging.Page.of(listings, new ItemPosition(offset, rest, listed));
  }

  private Listing listing(ShopRef shop, ShopeeResponses.ItemInfo item) {
    List<ListingSku> skus = new ArrayList<>();
    if (item.hasModel()) {
      for (ShopeeResponses.Model model : modelList(shop, item.itemId())) {
        skus.add(new ListingSku(
            text(model.modelSku()),
            Optional.of(Long.toString(model.modelId())),
            model.price().map(Money::ofDong),
            stock(model.stock())));
      }
    } else {
      skus.add(new ListingSku(
          text(item.itemSku()),
          Optional.of(ITEM_LEVEL_MODEL),
          item.price().map(Money::ofDong),
          stock(item.stock())));
    }
    return new Listing(
        shop,
        Long.toString(item.itemId()),
        item.itemName(),
        listingStatus(item.itemStatus()),
        item.itemStatus(),
        skus,
        item.updateTime());
  }

  /** Shopee's item status in the SDK's terms. */
  public static ListingStatus listingStatus(String itemStatus) {
    return switch (itemStatus) {
      case "NORMAL" -> ListingStatus.LIVE;
      case "UNLIST" -> ListingStatus.INACTIVE;
      case "BANNED" -> ListingStatus.BANNED;
      case "REVIEWING" -> ListingStatus.IN_REVIEW;
      case "DELETED", "SELLER_DELETE", "SHOPEE_DELETE" -> ListingStatus.DELETED;
      default -> ListingStatus.UNKNOWN;
    };
  }

  private static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  private static int stock(Optional<Long> stock) {
    return (int) Math.min(Integer.MAX_VALUE, stock.orElse(0L));
  }

  // ---------------------------------------------------------------- orders

  /**
   * Streams the orders created since an instant: 15-day windows up to the clock's present, oldest
   * first; in each, {@code get_order_list} pages (cursor paging) and {@code get_order_detail} for
   * up to 50 orders at a time, each only when the stream needs it.
   *
   * @param shop the shop
   * @param since the earliest creation instant
   * @return the orders
   */
  public Stream<MarketplaceOrder> ordersSince(ShopRef shop, Instant since) {
    ShopeeClient.shopId(shop);
    if (since == null) {
      throw new InvalidValueException("since", "must not be null", null);
    }
    List<ShopeeWindows.Window> windows = ShopeeWindows.split(since, clock.instant());
    return Paging.stream(new OrderPosition(0, "", List.of()), at -> orderPage(shop, windows, at));
  }

  /**
   * Where the order stream stands: the window and cursor of the next {@code get_order_list} call,
   * and the order numbers listed but not yet read.
   */
  private record OrderPosition(int window, String cursor, List<String> pending) {}

  private Paging.Page<MarketplaceOrder, OrderPosition> orderPage(
      ShopRef shop, List<ShopeeWindows.Window> windows, OrderPosition at) {
    int window = at.window();
    String cursor = at.cursor();
    List<String> pending = at.pending();
    if (pending.isEmpty()) {
      if (window >= windows.size()) {
        return Paging.Page.last(List.of());
      }
      ShopeeWindows.Window w = windows.get(window);
      ShopeeEnvelope answer = client.shopCall(
          shop,
          ShopeeRequest.get(
              ShopeeEndpoint.GET_ORDER_LIST,
              ShopeePayloads.orderListQuery("create_time", w.from(), w.to(), pageSize, cursor)));
      ShopeeResponses.OrderPage page = ShopeeClient.read(answer, ShopeeResponses::orderPage);
      if (page.more() && page.nextCursor().equals(cursor)) {
        throw PlatformException.builder(shop.marketplace(), PlatformException.UNEXPECTED_RESPONSE)
            .message("get_order_list gave the same next_cursor again: paging would not advance")
            .requestId(answer.requestId())
            .build();
      }
      pending = page.orderSns();
      if (page.more()) {
        cursor = page.nextCursor();
      } else {
        window++;
        cursor = "";
      }
      if (pending.isEmpty()) {
        return window >= windows.size()
            ? Paging.Page.last(List.of())
            : Paging.Page.of(List.of(), new OrderPosition(window, cursor, List.of()));
      }
    }
    int take = Math.min(pending.size(), ShopeePayloads.MAX_IDS_PER_DETAIL);
    ShopeeEnvelope detail = client.shopCall(
        shop,
        ShopeeRequest.get(
            ShopeeEndpoint.GET_ORDER_DETAIL,
            ShopeePayloads.orderDetailQuery(pending.subList(0, take))));
    List<MarketplaceOrder> orders = new ArrayList<>();
    for (ShopeeResponses.OrderInfo order : ShopeeClient.read(detail, ShopeeResponses::orders)) {
      orders.add(ShopeeClient.read(detail, answer -> order(shop, order, answer.requestId())));
    }
    orders.sort(Comparator.comparing(MarketplaceOrder::createdAt));
    List<String> rest = List.copyOf(pending.subList(take, pending.size()));
    return rest.isEmpty() && window >= windows.size()
        ? Paging.Page.last(orders)
        : Paging.Page.of(orders, new OrderPosition(window, cursor, rest));
  }

  private static MarketplaceOrder order(
      ShopRef shop, ShopeeResponses.OrderInfo order, String requestId) {
    if (!order.currency().isEmpty() && !order.currency().equals("VND")) {
      throw PlatformException.builder(shop.marketplace(), PlatformException.UNEXPECTED_RESPONSE)
          .message("order " + order.orderSn() + " is in " + order.currency()
              + "; CraftMark handles VND shops only")
          .requestId(requestId)
          .build();
    }
    List<OrderLine> lines = new ArrayList<>();
    long sum = 0;
    for (ShopeeResponses.OrderLine line : order.lines()) {
      // A bundle deal reports a discounted price of 0: the original price is then the best known.
      long unit = line.discountedPrice() > 0 ? line.discountedPrice() : line.originalPrice();
      String sku = !line.modelSku().isEmpty() ? line.modelSku() : line.itemSku();
      lines.add(new OrderLine(
          Long.toString(line.itemId()),
          Optional.of(Long.toString(line.modelId())),
          text(sku),
          line.itemName(),
          line.quantity(),
          Money.ofDong(unit)));
      sum += unit * line.quantity();
    }
    return new MarketplaceOrder(
        shop,
        order.orderSn(),
        orderStatus(order.orderStatus()),
        order.orderStatus(),
        order.createTime(),
        order.updateTime(),
        lines,
        Money.ofDong(order.totalAmount().orElse(sum)));
  }

  /** Shopee's order status in the SDK's terms. */
  public static OrderStatus orderStatus(String status) {
    return switch (status) {
      case "UNPAID", "PENDING" -> OrderStatus.UNPAID;
      case "READY_TO_SHIP", "PROCESSED", "RETRY_SHIP" -> OrderStatus.TO_SHIP;
      case "SHIPPED" -> OrderStatus.SHIPPED;
      case "TO_CONFIRM_RECEIVE" -> OrderStatus.DELIVERED;
      case "COMPLETED" -> OrderStatus.COMPLETED;
      case "CANCELLED" -> OrderStatus.CANCELLED;
      case "TO_RETURN" -> OrderStatus.RETURNED;
      // IN_CANCEL: a cancellation is being decided; neither ship nor count it cancelled yet.
      default -> OrderStatus.UNKNOWN;
    };
  }

  @Override
  public String toString() {
    return "ShopeeOperations[page size " + pageSize + "]";
  }
}
