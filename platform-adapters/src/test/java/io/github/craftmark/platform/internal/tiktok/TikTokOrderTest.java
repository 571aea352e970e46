package io.github.craftmark.platform.internal.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.craftmark.core.money.Money;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TikTokOrderTest {
  /** The shape of an order search page in TikTok Shop's docs, with EXAMPLE ids. */
  static final String PAGE = """
      {"next_page_token":"b2Zmc2V0PTI=","total_count":3,"orders":[{
        "id":"576461413038785752","status":"AWAITING_SHIPMENT",
        "create_time":1717390800,"update_time":1717390860,
        "payment":{"currency":"VND","sub_total":"1040000","shipping_fee":"30000",
          "total_amount":"1070000"},
        "line_items":[
          {"id":"1","sku_id":"1729592969712200011","product_id":"1729592969712200010",
           "product_name":"Khăn lụa tơ tằm Vạn Phúc","seller_sku":"VP-KL-50-DO",
           "currency":"VND","sale_price":"350000"},
          {"id":"2","sku_id":"1729592969712200011","product_id":"1729592969712200010",
           "product_name":"Khăn lụa tơ tằm Vạn Phúc","seller_sku":"VP-KL-50-DO",
           "currency":"VND","sale_price":"350000.00"},
          {"id":"3","sku_id":"1729592969712200012","product_id":"1729592969712200010",
           "product_name":"Khăn lụa tơ tằm Vạn Phúc","seller_sku":"VP-KL-90-DO",
           "currency":"VND","sale_price":"340000"}]}]}
      """;

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void listFrom_mergesOneLineItemPerUnitIntoQuantities() throws IOException {
    List<TikTokOrder> orders = TikTokOrder.listFrom(json(PAGE));

    assertThat(orders).hasSize(1);
    TikTokOrder order = orders.get(0);
    assertThat(order.id()).isEqualTo("576461413038785752");
    assertThat(order.status()).isEqualTo("AWAITING_SHIPMENT");
    assertThat(order.createTime()).isEqualTo(Instant.parse("2024-06-03T05:00:00Z"));
    assertThat(order.updateTime()).isEqualTo(Instant.parse("2024-06-03T05:01:00Z"));
    assertThat(order.total()).isEqualTo(Money.ofDong(1_070_000));
    assertThat(order.lines())
        .containsExactly(
            new TikTokOrder.Line(
                "1729592969712200010",
                "1729592969712200011",
                "VP-KL-50-DO",
                "Khăn lụa tơ tằm Vạn Phúc",
                Money.ofDong(350_000),
                2),
            new TikTokOrder.Line(
                "1729592969712200010",
                "1729592969712200012",
                "VP-KL-90-DO",
                "Khăn lụa tơ tằm Vạn Phúc",
                Money.ofDong(340_000),
                1));
  }

  @Test
  void listFrom_sameSkuAtTwoPrices_staysTwoLines() throws IOException {
    String twoPrices = PAGE.replace("\"sale_price\":\"350000.00\"", "\"sale_price\":\"300000\"");

    TikTokOrder order = TikTokOrder.listFrom(json(twoPrices)).get(0);

    assertThat(order.lines()).extracting(TikTokOrder.Line::quantity).containsExactly(1, 1, 1);
  }

  @Test
  void listFrom_withoutOrders_isEmpty() throws IOException {
    assertThat(TikTokOrder.listFrom(json("{\"next_page_token\":\"\"}"))).isEmpty();
  }

  @Test
  void listFrom_whenCurrencyIsNotVnd_failsNamingTheOrder() throws IOException {
    JsonNode usd = json(
        PAGE.replace("\"currency\":\"VND\",\"sub_total\"", "\"currency\":\"USD\",\"sub_total\""));

    assertThatThrownBy(() -> TikTokOrder.listFrom(usd))
        .isInstanceOf(TikTokResponseException.class)
        .hasMessage("order 576461413038785752 payment.total_amount currency must be VND: USD");
  }

  @Test
  void listFrom_whenAmountHasHao_fails() throws IOException {
    JsonNode fractional = json(PAGE.replace("\"1070000\"", "\"1070000.50\""));

    assertThatThrownBy(() -> TikTokOrder.listFrom(fractional))
        .isInstanceOf(TikTokResponseException.class)
        .hasMessage("order 576461413038785752 payment.total_amount must be whole đồng: 1070000.50");
  }

  @Test
  void listFrom_whenIdMissing_fails() throws IOException {
    JsonNode noId = json(PAGE.replace("\"id\":\"576461413038785752\",", ""));

    assertThatThrownBy(() -> TikTokOrder.listFrom(noId))
        .isInstanceOf(TikTokResponseException.class)
        .hasMessage("order must have a non-empty id");
  }

  @ParameterizedTest
  @MethodSource("io.github.craftmark.platform.internal.tiktok.Fuzz#seeds")
  void listFrom_mutatedPages_failOnlyWithTheDocumentedException(long seed) {
    Random random = new Random(seed);
    ObjectMapper mapper = new ObjectMapper();
    for (int i = 0; i < 300; i++) {
      JsonNode data;
      try {
        data = mapper.readTree(Fuzz.mutate(random, PAGE));
      } catch (IOException notJson) {
        continue;
      }
      if (data == null) {
        continue;
      }
      try {
        for (TikTokOrder order : TikTokOrder.listFrom(data)) {
          assertThat(order.lines()).allSatisfy(l -> assertThat(l.quantity()).isPositive());
        }
      } catch (TikTokResponseException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }
}
