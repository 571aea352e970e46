package io.github.craftmark.platform.internal.shopee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShopeeResponsesTest {
  // Recorded shapes: the field names and nesting of Shopee's API reference, with invented values.
  static final String UPLOAD = "{\"request_id\":\"r\",\"error\":\"\",\"message\":\"\",\"response\":"
      + "{\"image_info\":{\"image_id\":\"vn-11134207-EXAMPLE0001\",\"image_url_list\":"
      + "[{\"image_url_region\":\"VN\",\"image_url\":\"https://cf.shopee.vn/file/x\"}]}}}";
  static final String ADD_ITEM =
      "{\"request_id\":\"r\",\"error\":\"\",\"response\":{\"item_id\":800000001,\"item_name\":\"Bình\"}}";
  static final String MODELS = "{\"error\":\"\",\"response\":{\"tier_variation\":[],\"model\":["
      + "{\"model_id\":900000001,\"model_sku\":\"VP-KL-50-DO\",\"tier_index\":[0,0],"
      + "\"price_info\":[{\"currency\":\"VND\",\"original_price\":350000.0,\"current_price\":350000.0}],"
      + "\"stock_info_v2\":{\"summary_info\":{\"total_reserved_stock\":0,\"total_available_stock\":20}}},"
      + "{\"model_id\":900000002,\"model_sku\":\"VP-KL-50-XANH\",\"tier_index\":[0,1]}]}}";
  static final String BATCH = "{\"error\":\"\",\"warning\":\"1 model failed\",\"response\":{"
      + "\"success_list\":[{\"model_id\":900000001,\"original_price\":390000}],"
      + "\"failure_list\":[{\"model_id\":900000009,\"failed_reason\":\"model_id not found.\"}]}}";
  static final String ITEM_PAGE = "{\"error\":\"\",\"response\":{\"item\":["
      + "{\"item_id\":800000001,\"item_status\":\"NORMAL\",\"update_time\":1700000000},"
      + "{\"item_id\":800000002,\"item_status\":\"UNLIST\",\"update_time\":1700000001}],"
      + "\"total_count\":150,\"has_next_page\":true,\"next_offset\":100}}";
  static final String ITEM_INFO =
      "{\"error\":\"\",\"response\":{\"item_list\":[{\"item_id\":800000001,"
          + "\"category_id\":100636,\"item_name\":\"Bình hút lộc\",\"item_sku\":\"BT-BHL-25\","
          + "\"item_status\":\"NORMAL\",\"has_model\":false,\"update_time\":1700000000,"
          + "\"price_info\":[{\"currency\":\"VND\",\"original_price\":1250000.0,\"current_price\":1250000.0}],"
          + "\"stock_info_v2\":{\"summary_info\":{\"total_available_stock\":12}}},"
          + "{\"item_id\":800000002,\"item_name\":\"Khăn lụa\",\"item_sku\":\"VP-KL\",\"has_model\":true}]}}";
  static final String ORDER_PAGE =
      "{\"error\":\"\",\"response\":{\"more\":true,\"next_cursor\":\"100\","
          + "\"order_list\":[{\"order_sn\":\"220810QSK8S7BX\",\"order_status\":\"READY_TO_SHIP\"}]}}";
  static final String ORDERS =
      "{\"error\":\"\",\"response\":{\"order_list\":[{\"order_sn\":\"220810QSK8S7BX\","
          + "\"region\":\"VN\",\"currency\":\"VND\",\"cod\":false,\"order_status\":\"READY_TO_SHIP\","
          + "\"create_time\":1700000000,\"update_time\":1700000500,\"buyer_username\":\"EXAMPLE.buyer\","
          + "\"total_amount\":1285000.0,\"item_list\":[{\"item_id\":800000001,\"item_name\":\"Bình hút lộc\","
          + "\"item_sku\":\"BT-BHL-25\",\"model_id\":0,\"model_sku\":\"\",\"model_quantity_purchased\":1,"
          + "\"model_original_price\":1250000.0,\"model_discounted_price\":1200000.0}]}]}}";

  @Test
  void imageId_readsImageInfo() {
    assertThat(ShopeeResponses.imageId(envelope(UPLOAD))).isEqualTo("vn-11134207-EXAMPLE0001");
  }

  @Test
  void itemId_readsTheNewItem() {
    assertThat(ShopeeResponses.itemId(envelope(ADD_ITEM))).isEqualTo(800000001L);
  }

  @Test
  void models_readsIdsSkusPricesAndStock() {
    assertThat(ShopeeResponses.models(envelope(MODELS)))
        .containsExactly(
            new ShopeeResponses.Model(
                900000001L, "VP-KL-50-DO", Optional.of(350_000L), Optional.of(20L)),
            new ShopeeResponses.Model(
                900000002L, "VP-KL-50-XANH", Optional.empty(), Optional.empty()));
  }

  @Test
  void batchResult_readsPerModelOutcome() {
    ShopeeResponses.BatchResult result = ShopeeResponses.batchResult(envelope(BATCH));

    assertThat(result.succeeded()).containsExactly(900000001L);
    assertThat(result.failed())
        .containsExactly(new ShopeeResponses.Failure(900000009L, "model_id not found."));
  }

  @Test
  void itemPage_readsIdsAndOffsetPaging() {
    ShopeeResponses.ItemPage page = ShopeeResponses.itemPage(envelope(ITEM_PAGE));

    assertThat(page.itemIds()).containsExactly(800000001L, 800000002L);
    assertThat(page.hasNextPage()).isTrue();
    assertThat(page.nextOffset()).isEqualTo(100);
  }

  @Test
  void itemPage_ofAnEmptyShop_hasNoItemsAndNoNextPage() {
    ShopeeResponses.ItemPage page = ShopeeResponses.itemPage(
        envelope("{\"error\":\"\",\"response\":{\"total_count\":0,\"has_next_page\":false}}"));

    assertThat(page.itemIds()).isEmpty();
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void itemPage_whenHasNextPageButNoOffset_fails() {
    assertThatThrownBy(() -> ShopeeResponses.itemPage(
            envelope("{\"request_id\":\"q\",\"response\":{\"has_next_page\":true}}")))
        .isInstanceOf(ShopeeFormatException.class)
        .hasMessage("next_offset must be a whole number (request_id q)");
  }

  @Test
  void itemInfos_readsPriceOnlyForItemsWithoutModels() {
    List<ShopeeResponses.ItemInfo> items = ShopeeResponses.itemInfos(envelope(ITEM_INFO));

    assertThat(items.get(0))
        .isEqualTo(new ShopeeResponses.ItemInfo(
            800000001L,
            "Bình hút lộc",
            "BT-BHL-25",
            "NORMAL",
            100636,
            false,
            Optional.of(1_250_000L),
            Optional.of(12L),
            Optional.of(Instant.ofEpochSecond(1700000000))));
    assertThat(items.get(1).hasModel()).isTrue();
    assertThat(items.get(1).price()).isEmpty();
  }

  @Test
  void orderPage_readsCursorPaging() {
    ShopeeResponses.OrderPage page = ShopeeResponses.orderPage(envelope(ORDER_PAGE));

    assertThat(page.orderSns()).containsExactly("220810QSK8S7BX");
    assertThat(page.more()).isTrue();
    assertThat(page.nextCursor()).isEqualTo("100");
  }

  @Test
  void orderPage_whenMoreButNoCursor_fails() {
    assertThatThrownBy(() -> ShopeeResponses.orderPage(
            envelope("{\"response\":{\"more\":true,\"next_cursor\":\"\",\"order_list\":[]}}")))
        .isInstanceOf(ShopeeFormatException.class)
        .hasMessage("next_cursor must be given when more is true");
  }

  @Test
  void orders_readsLinesAndWholeDong() {
    ShopeeResponses.OrderInfo order = ShopeeResponses.orders(envelope(ORDERS)).get(0);

    assertThat(order.orderSn()).isEqualTo("220810QSK8S7BX");
    assertThat(order.orderStatus()).isEqualTo("READY_TO_SHIP");
    assertThat(order.createTime()).isEqualTo(Instant.ofEpochSecond(1700000000));
    assertThat(order.updateTime()).isEqualTo(Instant.ofEpochSecond(1700000500));
    assertThat(order.totalAmount()).contains(1_285_000L);
    assertThat(order.lines())
        .containsExactly(new ShopeeResponses.OrderLine(
            800000001L, "Bình hút lộc", "BT-BHL-25", 0, "", 1, 1_250_000, 1_200_000));
  }

  @Test
  void orders_whenAPriceHasAFraction_failsNamingTheField() {
    assertThatThrownBy(
            () -> ShopeeResponses.orders(envelope(ORDERS.replace("1250000.0", "1250000.5"))))
        .isInstanceOf(ShopeeFormatException.class)
        .hasMessage(
            "order_list[0].item_list[0].model_original_price must be whole đồng: 1250000.5");
  }

  @Test
  void orders_whenItemListIsAnObject_fails() {
    assertThatThrownBy(() -> ShopeeResponses.orders(
            envelope("{\"response\":{\"order_list\":[{\"order_sn\":\"a\",\"order_status\":\"x\","
                + "\"create_time\":1,\"update_time\":2,\"item_list\":{\"a\":1}}]}}")))
        .isInstanceOf(ShopeeFormatException.class)
        .hasMessage("item_list must be an array");
  }

  static Stream<byte[]> fuzzInputs() {
    return ShopeeFuzz.mutations(
        23L, 3_000, UPLOAD, ADD_ITEM, MODELS, BATCH, ITEM_PAGE, ITEM_INFO, ORDER_PAGE, ORDERS)
        .stream();
  }

  @ParameterizedTest
  @MethodSource("fuzzInputs")
  void everyReader_onMutatedBodies_givesAValueOrAFormatError(byte[] body) {
    ShopeeEnvelope envelope = ShopeeEnvelope.parse(200, body);
    List<Runnable> readers = List.of(
        () -> ShopeeResponses.imageId(envelope),
        () -> ShopeeResponses.itemId(envelope),
        () -> ShopeeResponses.models(envelope),
        () -> ShopeeResponses.batchResult(envelope),
        () -> ShopeeResponses.itemPage(envelope),
        () -> ShopeeResponses.itemInfos(envelope),
        () -> ShopeeResponses.orderPage(envelope),
        () -> ShopeeResponses.orders(envelope));
    for (Runnable reader : readers) {
      try {
        reader.run();
      } catch (ShopeeFormatException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }

  private static ShopeeEnvelope envelope(String body) {
    return ShopeeEnvelope.parse(200, body.getBytes(StandardCharsets.UTF_8));
  }
}
