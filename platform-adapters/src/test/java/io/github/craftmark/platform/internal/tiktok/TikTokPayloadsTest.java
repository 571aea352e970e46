package io.github.craftmark.platform.internal.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.ListingImage;
import io.github.craftmark.platform.tiktok.TikTokSamples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TikTokPayloadsTest {
  private static final String WAREHOUSE = "7068517275539719942";

  private static String golden(String name) throws IOException {
    try (InputStream in = TikTokPayloadsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  @Test
  void createProduct_vase_matchesTheGoldenFileByteForByte() throws IOException {
    ListingDraft draft = TikTokListingMapper.map(TikTokSamples.vaseListing().toBuilder()
            .images(List.of(ListingImage.hosted("tos-maliva-i-EXAMPLE/0f3a")))
            .build())
        .orElseThrow();

    byte[] body =
        TikTokPayloads.createProduct(draft, List.of("tos-maliva-i-EXAMPLE/0f3a"), WAREHOUSE);

    assertThat(new String(body, StandardCharsets.UTF_8))
        .isEqualTo(golden("create-product-vase-v1.json"));
  }

  @Test
  void createProduct_withTiers_namesEachSkusOptionsInTierOrder() throws IOException {
    ListingDraft draft = TikTokListingMapper.map(TikTokSamples.vaseListing().toBuilder()
            .product(TikTokSamples.silkScarf().build())
            .build())
        .orElseThrow();

    var skus = new ObjectMapper()
        .readTree(TikTokPayloads.createProduct(draft, List.of("u"), WAREHOUSE))
        .path("skus");

    assertThat(skus).hasSize(3);
    assertThat(skus.get(1).path("sales_attributes").toString())
        .isEqualTo("[{\"name\":\"Kích thước\",\"value_name\":\"50×50 cm\"},"
            + "{\"name\":\"Màu\",\"value_name\":\"Xanh ngọc\"}]");
    assertThat(skus.get(1).path("inventory").get(0).path("quantity").asInt()).isZero();
    assertThat(skus.get(1).has("identifier_code")).isFalse();
  }

  @Test
  void kilograms_keepsGramsExactWithoutTrailingZeros() {
    assertThat(TikTokPayloads.kilograms(1800)).isEqualTo("1.8");
    assertThat(TikTokPayloads.kilograms(250)).isEqualTo("0.25");
    assertThat(TikTokPayloads.kilograms(1)).isEqualTo("0.001");
    assertThat(TikTokPayloads.kilograms(1_000_000)).isEqualTo("1000");
  }

  @Test
  void priceUpdate_sendsAmountsAsStringsInVnd() {
    byte[] body = TikTokPayloads.priceUpdate(
        List.of(new TikTokPayloads.SkuPrice("1729592969712207012", Money.ofDong(1_190_000))));

    assertThat(new String(body, StandardCharsets.UTF_8))
        .isEqualTo("{\"skus\":[{\"id\":\"1729592969712207012\",\"price\":"
            + "{\"amount\":\"1190000\",\"currency\":\"VND\"}}]}");
  }

  @Test
  void inventoryUpdate_namesTheWarehouse() {
    byte[] body = TikTokPayloads.inventoryUpdate(
        List.of(new TikTokPayloads.SkuQuantity("1729592969712207012", 7)), WAREHOUSE);

    assertThat(new String(body, StandardCharsets.UTF_8))
        .isEqualTo("{\"skus\":[{\"id\":\"1729592969712207012\",\"inventory\":"
            + "[{\"warehouse_id\":\"7068517275539719942\",\"quantity\":7}]}]}");
  }

  @Test
  void inventoryErrors_readsTheRefusedSkus() throws IOException {
    var data = new ObjectMapper()
        .readTree("{\"errors\":[{\"code\":12052055,\"message\":\"too"
            + " many\",\"detail\":{\"sku_id\":\"1729592969712207012\",\"extra_errors\":[]}}]}");

    assertThat(TikTokPayloads.inventoryErrors(data))
        .containsExactly(
            new TikTokPayloads.SkuError("1729592969712207012", "12052055", "too many"));
    assertThat(TikTokPayloads.inventoryErrors(new ObjectMapper().readTree("{}")))
        .isEmpty();
  }

  @Test
  void searches_writeTheirFilters() {
    assertThat(new String(TikTokPayloads.productSearch(List.of()), StandardCharsets.UTF_8))
        .isEqualTo("{}");
    assertThat(
            new String(TikTokPayloads.productSearch(List.of("A-1", "B-2")), StandardCharsets.UTF_8))
        .isEqualTo("{\"seller_skus\":[\"A-1\",\"B-2\"]}");
    assertThat(new String(
            TikTokPayloads.orderSearch(Instant.parse("2024-06-03T05:00:00.900Z")),
            StandardCharsets.UTF_8))
        .isEqualTo("{\"create_time_ge\":1717390800}");
  }
}
