package io.github.craftmark.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.address.Address;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.json.GoldenJson;
import io.github.craftmark.core.money.Money;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductTest {

  @Test
  void build_simpleProduct_hasOneVariantWithTheProductSku() {
    Product product = ProductSamples.vase().build();
    assertThat(product.variants()).hasSize(1);
    assertThat(product.variants().get(0).sku()).isEqualTo(Sku.of("BT-BHL-25"));
    assertThat(product.lowestPrice()).isEqualTo(Money.ofDong(1_250_000));
    assertThat(product.totalStock()).isEqualTo(12);
    assertThat(product.hasTiers()).isFalse();
  }

  @Test
  void build_withTwoTiers_keepsCombinationsAndSumsStock() {
    Product scarf = ProductSamples.silkScarf().build();
    assertThat(scarf.tiers()).hasSize(2);
    assertThat(scarf.lowestPrice()).isEqualTo(Money.ofDong(350_000));
    assertThat(scarf.totalStock()).isEqualTo(25);
    assertThat(scarf.variant(Sku.of("VP-KL-90-DO")))
        .get()
        .extracting(Variant::stock)
        .isEqualTo(5);
  }

  @Test
  void build_whenNameDecomposed_storesNfc() {
    Product product = ProductSamples.vase().nameVi("Bi\u0300nh gô\u0301m").build();
    assertThat(product.nameVi()).isEqualTo("Bình gốm");
  }

  @Test
  void build_whenThreeTiers_isRejected() {
    assertThatThrownBy(() -> ProductSamples.silkScarf()
            .addTier(VariantTier.of("Hộp", "Có", "Không"))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("tiers must have at most 2 entries: 3");
  }

  @Test
  void build_whenVariantOptionNotInTier_isRejectedNamingIt() {
    assertThatThrownBy(() -> ProductSamples.silkScarf()
            .addVariant(
                Variant.of(Sku.of("VP-KL-70"), Money.ofDong(500_000), 1, "70×70 cm", "Đỏ son"))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("variants[3].options[0] must be one of [50×50 cm, 90×90 cm]: \"70×70 cm\"");
  }

  @Test
  void build_whenVariantCombinationRepeated_isRejected() {
    assertThatThrownBy(() -> ProductSamples.silkScarf()
            .addVariant(
                Variant.of(Sku.of("VP-KL-50-DO-2"), Money.ofDong(350_000), 1, "50×50 cm", "Đỏ son"))
            .build())
        .hasMessageStartingWith("variants[3].options must not repeat another variant's options");
  }

  @Test
  void build_whenVariantSkuRepeated_isRejected() {
    assertThatThrownBy(() -> ProductSamples.silkScarf()
            .addVariant(Variant.of(
                Sku.of("VP-KL-50-DO"), Money.ofDong(690_000), 1, "90×90 cm", "Xanh ngọc"))
            .build())
        .hasMessageStartingWith("variants[3].sku must not repeat another variant's SKU");
  }

  @Test
  void build_whenPriceSetWithTiers_isRejected() {
    assertThatThrownBy(() -> ProductSamples.silkScarf().price(Money.ofDong(1)).build())
        .hasMessageStartingWith("price must be set on each variant when the product has tiers");
  }

  @Test
  void build_whenPriceMissing_isRejectedNamingPrice() {
    assertThatThrownBy(() -> ProductSamples.vase().price(null).build())
        .hasMessage("price must not be null: null");
  }

  @Test
  void build_whenMissingProducer_isRejected() {
    assertThatThrownBy(() -> ProductSamples.vase().producer(null).build())
        .hasMessage("producer must not be null: null");
  }

  @Test
  void build_whenWeightOutOfRange_isRejected() {
    assertThatThrownBy(() -> ProductSamples.vase().weightGrams(0).build())
        .hasMessage("weightGrams must be 1..1000000: 0");
  }

  @Test
  void build_whenNameTooLong_isRejected() {
    assertThatThrownBy(() -> ProductSamples.vase().nameVi("Gốm ".repeat(100)).build())
        .hasMessageStartingWith("nameVi must be at most 255 characters");
  }

  @Test
  void withStock_changesOneVariantOnly() {
    Product scarf = ProductSamples.silkScarf().build();
    Product updated = scarf.withStock(Sku.of("VP-KL-50-XANH"), 7);
    assertThat(updated.variant(Sku.of("VP-KL-50-XANH")))
        .get()
        .extracting(Variant::stock)
        .isEqualTo(7);
    assertThat(updated.variant(Sku.of("VP-KL-50-DO")))
        .get()
        .extracting(Variant::stock)
        .isEqualTo(20);
    assertThat(scarf.totalStock()).isEqualTo(25);
    assertThatThrownBy(() -> scarf.withStock(Sku.of("NOPE"), 1))
        .hasMessage("sku must be the SKU of one of the product's variants: NOPE");
  }

  @Test
  void toBuilder_roundTripsAndAllowsRepricingASimpleProduct() {
    Product vase = ProductSamples.vase().build();
    assertThat(vase.toBuilder().build()).isEqualTo(vase);
    Product cheaper = vase.toBuilder().price(Money.ofDong(990_000)).build();
    assertThat(cheaper.lowestPrice()).isEqualTo(Money.ofDong(990_000));
    assertThat(cheaper.totalStock()).isEqualTo(12);
    assertThat(vase.withPrice(Sku.of("BT-BHL-25"), Money.ofDong(990_000))).isEqualTo(cheaper);
  }

  @Test
  void collections_areImmutable() {
    Product vase = ProductSamples.vase().build();
    assertThatThrownBy(() -> vase.images().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> vase.attributes().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(List.copyOf(vase.materials())).hasSize(2);
  }

  @Test
  void json_simpleProduct_matchesGolden() {
    GoldenJson.assertMatchesGolden(
        ProductSamples.vase().build(), Product.class, "product/vase.json");
  }

  @Test
  void json_productWithTiers_matchesGolden() {
    GoldenJson.assertMatchesGolden(
        ProductSamples.silkScarf().build(), Product.class, "product/silk-scarf.json");
  }

  @Test
  void json_whenVariantBreaksARule_failsWithTheSdkMessage() {
    String json = GoldenJson.golden("product/silk-scarf.json")
        .replace("\"90×90 cm\",\n        \"Đỏ son\"", "\"70×70 cm\",\n        \"Đỏ son\"");
    assertThat(json).contains("70×70 cm");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(json, Product.class))
        .hasMessageContaining(
            "variants[2].options[0] must be one of [50×50 cm, 90×90 cm]: \"70×70 cm\"");
  }

  @Test
  void json_whenRequiredFieldMissing_failsNamingIt() {
    String json =
        GoldenJson.golden("product/vase.json").replace("\"producer\" : \"hh-bat-trang-001\",", "");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(json, Product.class))
        .hasMessageContaining("producer must not be null");
  }

  @Test
  void json_unknownFieldsAreIgnored() throws Exception {
    String json = GoldenJson.golden("product/vase.json")
        .replace("{\n  \"id\"", "{\n  \"futureField\" : {\"x\": 1},\n  \"id\"");
    assertThat(GoldenJson.MAPPER.readValue(json, Product.class))
        .isEqualTo(ProductSamples.vase().build());
  }

  @Test
  void toBuilder_changingTheSkuOfASimpleProduct_movesItsVariantAlong() {
    Product vase = ProductSamples.vase().build();
    Product renamed = vase.toBuilder().sku(Sku.of("BT-BHL-25-V2")).build();
    assertThat(renamed.sku()).isEqualTo(Sku.of("BT-BHL-25-V2"));
    assertThat(renamed.variants())
        .singleElement()
        .isEqualTo(Variant.single(Sku.of("BT-BHL-25-V2"), Money.ofDong(1_250_000), 12));
    assertThat(renamed.toBuilder().sku(vase.sku()).build()).isEqualTo(vase);
  }

  @Test
  void toBuilder_ofAProductWithTiers_roundTrips() {
    Product scarf = ProductSamples.silkScarf().build();
    assertThat(scarf.toBuilder().build()).isEqualTo(scarf);
  }

  @Test
  void build_whenStockSetWithTiers_isRejectedNamingStock() {
    assertThatThrownBy(() -> ProductSamples.silkScarf().stock(3).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("stock must be set on each variant when the product has tiers or variants: 3");
  }

  @Test
  void build_whenTheOnlyVariantHasOptionsButNoTiers_isRejectedNotDropped() {
    Product.Builder builder = Product.builder()
        .id(ProductId.of("binh-02"))
        .sku(Sku.of("BT-B2"))
        .nameVi("Bình gốm")
        .category(CraftCategory.CERAMICS)
        .producer(ProducerId.of("hh-bat-trang-001"))
        .addVariant(Variant.of(Sku.of("BT-B2"), Money.ofDong(100_000), 1, "Lam"));
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("variants[0].options must be empty when there are no tiers: [Lam]");
  }

  @Test
  void build_whenAnAttributeNameIsRepeatedInAnotherSpelling_isRejected() {
    assertThatThrownBy(
            () -> ProductSamples.vase().attribute("Ma\u0300u men", "Lam").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("attributes must not repeat a name: \"Màu men\"");
  }

  @Test
  void toBuilder_weightCanBeCleared() {
    assertThat(
            ProductSamples.vase().build().toBuilder().weightGrams(null).build().weightGrams())
        .isEmpty();
  }

  static Product everyOptionalField() throws Exception {
    Address hanoi =
        GoldenJson.MAPPER.readValue(GoldenJson.golden("address/bat-trang.json"), Address.class);
    return ProductSamples.vase()
        .descriptionEn("Bát Tràng stoneware, antique crackle glaze, lotus relief. 25 cm tall.")
        .materials(List.of(Material.of("Đất sét trắng", 90), Material.of("Men rạn", 10)))
        .images(List.of(new ProductImage(
            URI.create("https://gom.example.vn/anh/bhl-25-1.jpg"),
            "Bình hút lộc men rạn, nhìn chính diện",
            Optional.of("Crackle-glaze vase, front view"))))
        .label(ProductLabel.ofOrigin("Sản xuất tại Việt Nam")
            .withResponsibleParty("Hợp tác xã Gốm sứ Bát Tràng", hanoi)
            .withCareInstructions("Lau bằng khăn mềm")
            .withUsageInstructions("Không dùng trong lò vi sóng"))
        .build()
        .toBuilder()
        .variants(List.of(new Variant(
            List.of(),
            Sku.of("BT-BHL-25"),
            Money.ofDong(1_250_000),
            12,
            Optional.of(Gtin.withCheckDigit("893604512002")))))
        .build();
  }

  @Test
  void json_everyOptionalFieldPresent_matchesGolden() throws Exception {
    GoldenJson.assertMatchesGolden(everyOptionalField(), Product.class, "product/vase-full.json");
  }

  @Test
  void json_everyOptionalFieldAbsent_matchesGolden() {
    Product minimal = Product.builder()
        .id(ProductId.of("non-la-01"))
        .sku(Sku.of("NL-CHUONG"))
        .nameVi("Nón lá làng Chuông")
        .category(CraftCategory.CONICAL_HAT)
        .price(Money.ofDong(120_000))
        .stock(40)
        .producer(ProducerId.of("hh-chuong-007"))
        .build();
    assertThat(minimal.label()).isEqualTo(ProductLabel.EMPTY);
    GoldenJson.assertMatchesGolden(minimal, Product.class, "product/minimal.json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"25", "25.0", "25.00", "2.5E+1", "250E-1", "\"25\""})
  void json_dimensionsInAnyNumberSpelling_readEqualAndWriteWithOneDecimal(String height)
      throws Exception {
    String json = GoldenJson.golden("product/vase.json").replace("25.5", height);
    Product read = GoldenJson.MAPPER.readValue(json, Product.class);
    assertThat(read.dimensions()).contains(Dimensions.ofCm("18", "18", "25"));
    assertThat(GoldenJson.write(read)).contains("\"heightCm\" : 25.0");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "25.55 | heightCm must have at most one decimal (mm): 25.55",
        "0     | heightCm must be 0.1..1000.0 cm: 0",
        "1E+4  | heightCm must be 0.1..1000.0 cm: 1E+4",
        "-2.5  | heightCm must be 0.1..1000.0 cm: -2.5",
      })
  void json_whenADimensionIsBad_failsWithTheSdkMessage(String height, String message) {
    String json = GoldenJson.golden("product/vase.json").replace("25.5", height);
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(json, Product.class))
        .hasMessageContaining(message);
  }

  @Test
  void json_unknownCraftCode_isKeptOnRewriteAndNotRegistered() throws Exception {
    String json = GoldenJson.golden("product/vase.json").replace("\"ceramics\"", "\"horn-inlay\"");
    Product read = GoldenJson.MAPPER.readValue(json, Product.class);
    assertThat(read.category().code()).isEqualTo("horn-inlay");
    assertThat(read.category().nameVi()).isEqualTo("horn-inlay");
    assertThat(CraftCategory.find("horn-inlay")).isEmpty();
    assertThat(GoldenJson.write(read)).isEqualTo(json);
  }

  @Test
  void json_whenCraftCodeNotASlug_failsWithTheSdkMessage() {
    String json = GoldenJson.golden("product/vase.json").replace("\"ceramics\"", "\"Gốm sứ\"");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(json, Product.class))
        .hasMessageContaining(
            "code must be a lower-case ASCII slug of at most 48 chars: \"Gốm sứ\"");
  }
}
