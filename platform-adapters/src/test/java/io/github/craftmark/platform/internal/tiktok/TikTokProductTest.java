package io.github.craftmark.platform.internal.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.craftmark.core.money.Money;
import java.io.IOException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TikTokProductTest {
  static final String PAGE = """
      {"total_count":1,"next_page_token":"","products":[{"id":"1729592969712207008",
        "title":"Bình hút lộc men rạn đắp nổi Bát Tràng 25 cm","status":"ACTIVATE",
        "create_time":1717390800,"update_time":1717390900,"sales_regions":["VN"],
        "skus":[{"id":"1729592969712207012","seller_sku":"BT-BHL-25",
          "price":{"currency":"VND","tax_exclusive_price":"1250000","sale_price":"1200000"},
          "inventory":[{"warehouse_id":"7068517275539719942","quantity":7},
                       {"warehouse_id":"7068517275539719943","quantity":5}]}]}]}
      """;

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void listFrom_readsSkusWithSalePriceAndStockOverWarehouses() throws IOException {
    TikTokProduct product = TikTokProduct.listFrom(json(PAGE)).get(0);

    assertThat(product.id()).isEqualTo("1729592969712207008");
    assertThat(product.status()).isEqualTo("ACTIVATE");
    assertThat(product.updateTime()).isEqualTo(Instant.ofEpochSecond(1717390900));
    assertThat(product.skus())
        .containsExactly(
            new TikTokProduct.Sku("1729592969712207012", "BT-BHL-25", Money.ofDong(1_200_000), 12));
  }

  @Test
  void listFrom_withoutSalePrice_usesTheTaxExclusivePrice() throws IOException {
    JsonNode data = json(PAGE.replace(",\"sale_price\":\"1200000\"", ""));

    assertThat(TikTokProduct.listFrom(data).get(0).skus().get(0).price())
        .isEqualTo(Money.ofDong(1_250_000));
  }

  @Test
  void listFrom_whenPriceMissing_failsNamingTheSku() throws IOException {
    JsonNode data = json(
        PAGE.replace("\"tax_exclusive_price\":\"1250000\",\"sale_price\":\"1200000\"", "\"x\":1"));

    assertThatThrownBy(() -> TikTokProduct.listFrom(data))
        .isInstanceOf(TikTokResponseException.class)
        .hasMessage(
            "product 1729592969712207008 sku 1729592969712207012 price must be a decimal amount: null");
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
        assertThat(TikTokProduct.listFrom(data)).doesNotContainNull();
      } catch (TikTokResponseException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }
}
