package io.github.craftmark.platform.internal.lazada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.money.Money;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LazadaRepliesTest {
  private static LazadaResponse reply(String json) {
    return LazadaResponse.parse(200, json.getBytes(StandardCharsets.UTF_8));
  }

  // Response sample of GetProducts in Lazada's API reference, trimmed to the fields read.
  private static final String PRODUCTS = "{\"code\":\"0\",\"data\":{\"total_products\":\"10\","
      + "\"products\":[{\"created_time\":\"1611554725000\",\"updated_time\":\"1611554725000\","
      + "\"skus\":[{\"Status\":\"active\",\"quantity\":0,\"SellerSku\":\"39817:01:01\","
      + "\"ShopSku\":\"BU565ELAX8AGSGAMZ-1104491\",\"special_price\":9,\"price\":32,"
      + "\"Available\":0,\"SkuId\":314525867}],\"item_id\":\"180226526\","
      + "\"primary_category\":\"10000211\",\"attributes\":{\"name\":\"asd\"},"
      + "\"status\":\"Active\"}]},\"request_id\":\"0ba2887315178178017221014\"}";

  // Response sample of GetOrders in Lazada's API reference, trimmed to the fields read.
  private static final String ORDERS = "{\"code\":\"0\",\"data\":{\"count\":\"10\","
      + "\"countTotal\":\"500\",\"orders\":[{\"voucher\":\"0.00\","
      + "\"order_number\":\"491253082180001\",\"created_at\":\"2018-02-09T22:44:30+08:00\","
      + "\"updated_at\":\"2018-02-09T22:44:30+08:00\",\"price\":\"106.00\","
      + "\"payment_method\":\"COD\",\"shipping_fee\":\"0.54\",\"items_count\":\"2\","
      + "\"statuses\":[],\"order_id\":\"491253082180001\"}]},"
      + "\"request_id\":\"0ba2887315178178017221014\"}";

  @Test
  void productPage_apiReferenceSample_isRead() {
    LazadaReplies.ProductPage page = LazadaReplies.productPage(reply(PRODUCTS));

    assertThat(page.totalProducts()).isEqualTo(10);
    assertThat(page.products()).singleElement().satisfies(p -> {
      assertThat(p.itemId()).isEqualTo("180226526");
      assertThat(p.name()).isEqualTo("asd");
      assertThat(p.status()).isEqualTo("Active");
      assertThat(p.updatedAt()).contains(Instant.ofEpochMilli(1611554725000L));
      assertThat(p.skus()).singleElement().satisfies(s -> {
        assertThat(s.sellerSku()).contains("39817:01:01");
        assertThat(s.skuId()).contains("314525867");
        assertThat(s.price()).contains(Money.ofDong(32));
        assertThat(s.quantity()).isZero();
        assertThat(s.status()).contains("active");
      });
    });
  }

  @Test
  void orderPage_apiReferenceSample_isRead() {
    LazadaReplies.OrderPage page = LazadaReplies.orderPage(reply(ORDERS));

    assertThat(page.countTotal()).isEqualTo(500);
    assertThat(page.orders()).singleElement().satisfies(o -> {
      assertThat(o.orderId()).isEqualTo("491253082180001");
      assertThat(o.createdAt()).isEqualTo(Instant.parse("2018-02-09T14:44:30Z"));
      assertThat(o.price()).isEqualTo(Money.ofDong(106));
      assertThat(o.shippingFee()).isEqualTo(Money.ofDong(1));
      assertThat(o.paymentMethod()).contains("COD");
    });
  }

  @Test
  void orderPage_orderWithoutCreationTime_isAFormatError() {
    assertThatThrownBy(() -> LazadaReplies.orderPage(
            reply("{\"code\":\"0\",\"data\":{\"orders\":[{\"order_id\":\"1\"}]}}")))
        .isInstanceOf(LazadaFormatException.class)
        .hasMessage("Lazada /orders/get reply has an order without created_at");
  }

  @Test
  void created_createProductSample_mapsSellerSkusToSkuIds() {
    // Response example of "Create a product" in Lazada's best-practice guide.
    LazadaReplies.Created created = LazadaReplies.created(reply("{\"data\":{\"item_id\":3069252927,"
        + "\"sku_list\":[{\"shop_sku\":\"3069252927_MY-15298395971\",\"seller_sku\":"
        + "\"test2022 06 29 02\",\"sku_id\":15298395971},{\"shop_sku\":"
        + "\"3069252927_MY-15298395970\",\"seller_sku\":\"test2022 06 29 01\",\"sku_id\":"
        + "15298395970}]},\"code\":\"0\",\"request_id\":\"2101554016564826049331260\"}"));

    assertThat(created.itemId()).isEqualTo("3069252927");
    assertThat(created.skuIds())
        .containsEntry("test2022 06 29 01", "15298395970")
        .containsEntry("test2022 06 29 02", "15298395971");
  }

  @Test
  void imageUrl_uploadImageSample_isRead() {
    String url = LazadaReplies.imageUrl(
        "/image/upload",
        reply("{\"code\":\"0\",\"data\":{\"image\":"
            + "{\"hash_code\":\"61bdf049525b7d4c2cf79257ec7c2c56\","
            + "\"url\":\"http://my-live-01.slatic.net/p/orange_yellow.jpg\"}},"
            + "\"request_id\":\"0ba2887315178178017221014\"}"));

    assertThat(url).isEqualTo("http://my-live-01.slatic.net/p/orange_yellow.jpg");
    assertThatThrownBy(() -> LazadaReplies.imageUrl("/image/upload", reply("{\"code\":\"0\"}")))
        .hasMessage("Lazada /image/upload reply has no data.image.url");
  }

  @Test
  void detailsBySellerSku_readsPerSkuFailures() {
    LazadaResponse failed = reply("{\"code\":\"501\",\"type\":\"ISP\",\"message\":\"Update product"
        + " failed\",\"detail\":[{\"field\":\"SellerSku\",\"seller_sku\":\"VP-KL-90-DO\","
        + "\"message\":\"SKU not found\"},{\"field\":\"x\",\"message\":\"no sku\"}]}");

    assertThat(LazadaReplies.detailsBySellerSku(failed))
        .containsExactly(java.util.Map.entry("VP-KL-90-DO", "SKU not found"));
  }

  @Test
  void money_readsWholeAndDecimalDong() {
    assertThat(LazadaReplies.money("350000")).contains(Money.ofDong(350_000));
    assertThat(LazadaReplies.money("350000.00")).contains(Money.ofDong(350_000));
    assertThat(LazadaReplies.money("0.54")).contains(Money.ofDong(1));
    assertThat(LazadaReplies.money("1e400")).isEmpty();
    assertThat(LazadaReplies.money("n/a")).isEmpty();
  }

  @Test
  void instant_readsIsoAndLegacyOrderTimes() {
    assertThat(LazadaReplies.instant("2026-03-01T09:00:00+07:00"))
        .contains(Instant.parse("2026-03-01T02:00:00Z"));
    assertThat(LazadaReplies.instant("2018-02-09 22:44:30 +0800"))
        .contains(Instant.parse("2018-02-09T14:44:30Z"));
    assertThat(LazadaReplies.instant("yesterday")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("io.github.craftmark.platform.internal.lazada.Mutations#seeds")
  void pages_mutatedReplies_readOrFailWithAFormatException(long seed) {
    Random random = new Random(seed);
    for (String sample : new String[] {PRODUCTS, ORDERS}) {
      byte[] bytes = sample.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 100; i++) {
        LazadaResponse response = LazadaResponse.parse(200, Mutations.mutate(bytes, random));
        try {
          LazadaReplies.productPage(response);
          LazadaReplies.orderPage(response);
          LazadaReplies.orderItems(response);
          LazadaReplies.detailsBySellerSku(response);
        } catch (LazadaFormatException expected) {
          assertThat(expected.getMessage()).startsWith("Lazada /");
        }
      }
    }
  }
}
