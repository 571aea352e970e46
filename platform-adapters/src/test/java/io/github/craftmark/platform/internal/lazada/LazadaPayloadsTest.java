package io.github.craftmark.platform.internal.lazada;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.platform.ListingDraft;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.lazada.LazadaSamples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LazadaPayloadsTest {
  static ListingDraft draft(Product product, Map<String, String> attributes, String brandId) {
    return new ListingDraft(
        Marketplace.LAZADA,
        product.sku(),
        product.nameVi(),
        product.descriptionVi().orElse(""),
        "10002019",
        new TreeMap<>(attributes),
        product.tiers(),
        product.variants(),
        List.of(),
        product.weightGrams(),
        product.dimensions(),
        Optional.ofNullable(brandId),
        List.of(),
        new TreeMap<>());
  }

  private static final List<String> IMAGES = List.of(
      "https://vn-live-02.slatic.net/p/9d06c8f1b19c16231757dae10ab97673.jpg",
      "https://vn-live-02.slatic.net/p/61bdf049525b7d4c2cf79257ec7c2c56.jpg");

  static ListingDraft scarfDraft() {
    return draft(
        LazadaSamples.silkScarf().build(),
        Map.of(
            "material", "Tơ tằm",
            "name", "ignored: the adapter owns the name",
            "saleProp:Màu", "color_family"),
        null);
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = LazadaPayloadsTest.class.getResourceAsStream("/lazada/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  @Test
  void createProduct_silkScarf_matchesTheGoldenPayload() throws IOException {
    assertThat(LazadaPayloads.createProduct(scarfDraft(), IMAGES))
        .isEqualTo(golden("product-create-silk-scarf.json"));
  }

  @Test
  void createProduct_tiers_becomeStandardOrCustomVariations() {
    JsonNode product = LazadaJson.read(
            LazadaPayloads.createProduct(scarfDraft(), IMAGES).getBytes(StandardCharsets.UTF_8))
        .orElseThrow()
        .path("Request")
        .path("Product");

    assertThat(product.at("/variation/variation1/name").asText()).isEqualTo("Kích thước");
    assertThat(product.at("/variation/variation1/customize").asBoolean()).isTrue();
    assertThat(product.at("/variation/variation2/name").asText()).isEqualTo("color_family");
    assertThat(product.at("/variation/variation2/customize").asBoolean()).isFalse();
    assertThat(product.at("/Skus/Sku/2/saleProp/Kích thước").asText()).isEqualTo("90×90 cm");
    assertThat(product.at("/Skus/Sku/2/saleProp/color_family").asText()).isEqualTo("Đỏ son");
    assertThat(product.path("Attributes").has("saleProp:Màu")).isFalse();
  }

  @Test
  void createProduct_withBrandId_sendsBrandIdNotNoBrand() {
    ListingDraft branded = draft(LazadaSamples.silkScarf().build(), Map.of(), "30768");

    JsonNode attributes = LazadaJson.read(
            LazadaPayloads.createProduct(branded, IMAGES).getBytes(StandardCharsets.UTF_8))
        .orElseThrow()
        .path("Request")
        .path("Product")
        .path("Attributes");

    assertThat(attributes.path("brand_id").asText()).isEqualTo("30768");
    assertThat(attributes.has("brand")).isFalse();
  }

  @Test
  void createProduct_productWithoutTiers_hasNoVariationOrSaleProp() {
    ListingDraft vase = draft(LazadaSamples.vase().build(), Map.of(), null);

    JsonNode product = LazadaJson.read(LazadaPayloads.createProduct(vase, IMAGES.subList(0, 1))
            .getBytes(StandardCharsets.UTF_8))
        .orElseThrow()
        .at("/Request/Product");
    JsonNode sku = product.at("/Skus/Sku/0");

    assertThat(product.has("variation")).isFalse();
    assertThat(sku.has("saleProp")).isFalse();
    assertThat(sku.path("SellerSku").asText()).isEqualTo("BT-BHL-25");
    assertThat(sku.path("price").asText()).isEqualTo("1250000");
    assertThat(sku.path("package_weight").asText()).isEqualTo("1.80");
    assertThat(sku.path("package_height").asText()).isEqualTo("25.5");
  }

  @Test
  void kilograms_roundsUpToTwoDecimals() {
    assertThat(LazadaPayloads.kilograms(1800)).isEqualTo("1.80");
    assertThat(LazadaPayloads.kilograms(1801)).isEqualTo("1.81");
    assertThat(LazadaPayloads.kilograms(1)).isEqualTo("0.01");
    assertThat(LazadaPayloads.kilograms(1_000_000)).isEqualTo("1000.00");
  }

  @Test
  void price_isWholeDongWithoutSeparators() {
    assertThat(LazadaPayloads.price(Money.ofDong(1_250_000))).isEqualTo("1250000");
  }

  @Test
  void priceQuantity_writesSkusAsAnArrayWithStrings() {
    String payload = LazadaPayloads.priceQuantity(List.of(
        new LazadaPayloads.SkuChange(
            "3069252927",
            Optional.of("15298395971"),
            "VP-KL-50-DO",
            Optional.of(Money.ofDong(390_000)),
            Optional.empty()),
        new LazadaPayloads.SkuChange(
            "3069252927", Optional.empty(), "VP-KL-90-DO", Optional.empty(), Optional.of(7))));

    assertThat(payload)
        .isEqualTo("{\"Request\":{\"Product\":{\"Skus\":{\"Sku\":["
            + "{\"ItemId\":\"3069252927\",\"SkuId\":\"15298395971\",\"SellerSku\":\"VP-KL-50-DO\","
            + "\"Price\":\"390000\"},"
            + "{\"ItemId\":\"3069252927\",\"SellerSku\":\"VP-KL-90-DO\",\"Quantity\":\"7\"}]}}}}");
  }

  @Test
  void migrateImage_escapesTheUrlForXml() {
    assertThat(LazadaPayloads.migrateImage("https://gom.example.vn/anh?id=1&size=lon"))
        .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\" ?><Request><Image>"
            + "<Url>https://gom.example.vn/anh?id=1&amp;size=lon</Url></Image></Request>");
  }
}
