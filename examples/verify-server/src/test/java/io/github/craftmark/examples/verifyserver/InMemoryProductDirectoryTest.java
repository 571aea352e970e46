package io.github.craftmark.examples.verifyserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.id.VillageId;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.ocop.CertificateStatus;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.provenance.tag.ProductReference;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InMemoryProductDirectoryTest {
  private static InMemoryProductDirectory read(String json) {
    return InMemoryProductDirectory.fromCatalogue(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  private static Product product(String id, String sku) {
    return Product.builder()
        .id(ProductId.of(id))
        .sku(Sku.of(sku))
        .nameVi("Chén men lam")
        .category(CraftCategory.CERAMICS)
        .price(Money.ofDong(50_000))
        .stock(3)
        .producer(ProducerId.of("xuong-gom-minh-long"))
        .build();
  }

  @Test
  void fromCatalogue_readsEveryArray() {
    InMemoryProductDirectory directory = TestVillage.catalogue();

    assertThat(directory.product(new ProductReference.BySku(Sku.of("BT-VASE-0042"))))
        .hasValueSatisfying(p -> assertThat(p.nameVi()).isEqualTo("Bình hút lộc men rạn đắp nổi"));
    assertThat(directory.producer(ProducerId.of("xuong-gom-minh-long")))
        .hasValueSatisfying(p -> assertThat(p.displayName()).isEqualTo("Xưởng gốm Minh Long"));
    assertThat(directory.village(VillageId.of("bat-trang"))).isPresent();
    assertThat(directory.brand(BrandId.of("gom-bat-trang"))).isPresent();
    assertThat(directory.certificate(TestVillage.CERTIFICATE))
        .hasValueSatisfying(c ->
            assertThat(c.statusOn(LocalDate.of(2026, 3, 1))).isEqualTo(CertificateStatus.ACTIVE));
    assertThat(directory.product(new ProductReference.BySku(Sku.of("NO-SUCH")))).isEmpty();
    assertThat(directory.certificate("NO-SUCH")).isEmpty();
  }

  @Test
  void fromCatalogue_whenArraysMissing_isEmpty() {
    InMemoryProductDirectory directory = read("{}");

    assertThat(directory.toString())
        .isEqualTo(
            "InMemoryProductDirectory[villages=0, brands=0, producers=0, products=0, certificates=0]");
  }

  @Test
  void fromCatalogue_whenInvalid_namesWhere() {
    assertThatThrownBy(() -> read("{\"products\": [{\"id\": \"x\", \"sku\": \"\"}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("test.json is not a valid catalogue")
        .hasMessageContaining("products[0].sku (line 1, column ")
        .hasMessageContaining("sku must be 1..64 characters");
    assertThatThrownBy(() -> read("{\"shops\": []}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shops");
    assertThatThrownBy(() -> read("{\"products\": [null]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test.json is not a valid catalogue: products holds null");
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.json");
  }

  @Test
  void product_isFoundByVariantSkuAndGtin() {
    Product withGtin = product("chen-01", "BT-CHEN-1").toBuilder()
        .gtin(Gtin.parse("8936045120019"))
        .build();
    InMemoryProductDirectory directory =
        InMemoryProductDirectory.builder().addProduct(withGtin).build();

    assertThat(directory.product(new ProductReference.ByGtin(Gtin.parse("8936045120019"))))
        .contains(withGtin);
  }

  @Test
  void addProduct_whenSkuTaken_isRefused() {
    InMemoryProductDirectory.Builder builder =
        InMemoryProductDirectory.builder().addProduct(product("a", "BT-CHEN-1"));

    assertThatThrownBy(() -> builder.addProduct(product("b", "BT-CHEN-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("product b: SKU BT-CHEN-1 is already product a's");
  }
}
