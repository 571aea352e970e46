package io.github.craftmark.platform.internal.shopee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.platform.shopee.ShopeeProducts;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShopeePayloadsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void addItem_matchesTheGoldenFile() throws IOException {
    ShopeePayloads.ItemSpec spec = new ShopeePayloads.ItemSpec(
        "Bình hút lộc men rạn đắp nổi",
        "Bình gốm Bát Tràng, men rạn cổ, đắp nổi hoa sen. Cao 25 cm.",
        "BT-BHL-25",
        1_250_000,
        12,
        100636,
        List.of("vn-11134207-EXAMPLE0001", "vn-11134207-EXAMPLE0002"),
        List.of(
            new ShopeePayloads.Attribute(
                100134, List.of(new ShopeePayloads.AttributeValue(0, "Rạn cổ", ""))),
            new ShopeePayloads.Attribute(
                100999, List.of(new ShopeePayloads.AttributeValue(0, "25", "cm")))),
        List.of(50011L, 50018L),
        new BigDecimal("1.8"),
        Optional.of(ShopeePayloads.PackageSize.roundedUp(
            new BigDecimal("18.0"), new BigDecimal("18.0"), new BigDecimal("25.5"))),
        0,
        "");

    assertThat(tree(ShopeePayloads.addItem(spec))).isEqualTo(golden("add_item.json"));
  }

  @Test
  void addItem_writesPriceAsAnInteger() throws IOException {
    ShopeePayloads.ItemSpec spec = new ShopeePayloads.ItemSpec(
        "x",
        "y",
        "S",
        1_250_000,
        1,
        1,
        List.of("i"),
        List.of(),
        List.of(1L),
        BigDecimal.ONE,
        Optional.empty(),
        3,
        "Gốm Bát Tràng");

    String json = new String(ShopeePayloads.addItem(spec), StandardCharsets.UTF_8);

    assertThat(json).contains("\"original_price\":1250000,").doesNotContain("dimension");
    assertThat(json)
        .contains("\"brand\":{\"brand_id\":3,\"original_brand_name\":\"Gốm Bát Tràng\"}");
  }

  @Test
  void initTierVariation_matchesTheGoldenFile() throws IOException {
    Product scarf = ShopeeProducts.silkScarf().build();

    byte[] body = ShopeePayloads.initTierVariation(800000001L, scarf.tiers(), scarf.variants());

    assertThat(tree(body)).isEqualTo(golden("init_tier_variation.json"));
  }

  @Test
  void updatePriceAndStock_matchTheGoldenFiles() throws IOException {
    assertThat(tree(ShopeePayloads.updatePrice(
            800000001L,
            List.of(
                new ShopeePayloads.ModelPrice(900000001L, 390_000),
                new ShopeePayloads.ModelPrice(900000003L, 720_000)))))
        .isEqualTo(golden("update_price.json"));
    assertThat(tree(
            ShopeePayloads.updateStock(800000001L, List.of(new ShopeePayloads.ModelStock(0, 7)))))
        .isEqualTo(golden("update_stock.json"));
  }

  @Test
  void updateStock_whenMoreThan50Models_fails() {
    List<ShopeePayloads.ModelStock> stocks =
        new ArrayList<>(Collections.nCopies(51, new ShopeePayloads.ModelStock(1, 1)));

    assertThatThrownBy(() -> ShopeePayloads.updateStock(1, stocks))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("stock_list must have 1..50 entries: 51");
    assertThatThrownBy(() -> ShopeePayloads.updatePrice(1, List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("price_list must have 1..50 entries: 0");
  }

  @Test
  void queries_useShopeesNamesAndCommaLists() {
    assertThat(ShopeePayloads.itemListQuery(100, 50, List.of("NORMAL", "UNLIST")))
        .containsExactly(
            Map.entry("offset", "100"),
            Map.entry("page_size", "50"),
            Map.entry("item_status", "NORMAL"),
            Map.entry("item_status", "UNLIST"));
    assertThat(ShopeePayloads.itemBaseInfoQuery(List.of(1L, 22L, 333L)))
        .containsExactly(Map.entry("item_id_list", "1,22,333"));
    assertThat(ShopeePayloads.orderListQuery(
            "update_time",
            Instant.ofEpochSecond(1_700_000_000),
            Instant.ofEpochSecond(1_701_296_000),
            100,
            ""))
        .containsExactly(
            Map.entry("time_range_field", "update_time"),
            Map.entry("time_from", "1700000000"),
            Map.entry("time_to", "1701296000"),
            Map.entry("page_size", "100"),
            Map.entry("response_optional_fields", "order_status"));
    assertThat(ShopeePayloads.orderListQuery("create_time", Instant.EPOCH, Instant.EPOCH, 5, "20"))
        .contains(Map.entry("cursor", "20"));
    assertThat(ShopeePayloads.orderDetailQuery(List.of("220810QSK8S7BX", "220810QSK8S7BY")))
        .containsExactly(
            Map.entry("order_sn_list", "220810QSK8S7BX,220810QSK8S7BY"),
            Map.entry("response_optional_fields", ShopeePayloads.ORDER_DETAIL_FIELDS));
  }

  @Test
  void detailQueries_whenMoreThan50Ids_fail() {
    List<Long> ids = new ArrayList<>(Collections.nCopies(51, 1L));

    assertThatThrownBy(() -> ShopeePayloads.itemBaseInfoQuery(ids))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("item_id_list must have 1..50 entries: 51");
  }

  @Test
  void packageSize_roundsEachSideUpToAWholeCentimetre() {
    assertThat(ShopeePayloads.PackageSize.roundedUp(
            new BigDecimal("0.1"), new BigDecimal("12.0"), new BigDecimal("12.9")))
        .isEqualTo(new ShopeePayloads.PackageSize(1, 12, 13));
  }

  private static JsonNode tree(byte[] body) throws IOException {
    return JSON.readTree(body);
  }

  private static JsonNode golden(String name) throws IOException {
    try (InputStream in = ShopeePayloadsTest.class.getResourceAsStream("/shopee/" + name)) {
      return JSON.readTree(in);
    }
  }
}
