package io.github.craftmark.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityIdTest {

  @Test
  void of_acceptsApplicationKeys() {
    assertThat(ProducerId.of("hh-bat-trang.001").value()).isEqualTo("hh-bat-trang.001");
    assertThat(VillageId.of("vn:ha-noi:bat-trang")).hasToString("vn:ha-noi:bat-trang");
    assertThat(BrandId.of("LUA_VAN_PHUC")).isEqualTo(new BrandId("LUA_VAN_PHUC"));
    assertThat(ProductId.of("p1")).isNotEqualTo(ProductId.of("p2"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "có dấu", "a b", "x/y"})
  void of_whenBadSyntax_isRejectedNamingFieldAndValue(String bad) {
    assertThatThrownBy(() -> ProducerId.of(bad))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("producerId must")
        .hasMessageEndingWith(": \"" + bad + "\"")
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("producerId");
  }

  @Test
  void of_whenTooLong_isRejected() {
    assertThatThrownBy(() -> ProductId.of("p".repeat(65)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("productId must be 1..64 characters");
  }

  @Test
  void of_whenNull_isRejected() {
    assertThatThrownBy(() -> BrandId.of(null)).hasMessage("brandId must not be null: null");
  }

  record Refs(ProducerId producer, VillageId village, BrandId brand, ProductId product) {}

  @Test
  void json_writesIdsAsPlainStrings() {
    GoldenJson.assertMatchesGolden(
        new Refs(
            ProducerId.of("hh-001"),
            VillageId.of("bat-trang"),
            BrandId.of("gom-bat-trang"),
            ProductId.of("binh-hut-loc-01")),
        Refs.class,
        "id/entity-ids.json");
  }

  @Test
  void json_whenIdInvalid_failsToRead() {
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(
            "{\"producer\":\"bad id\",\"village\":\"v\",\"brand\":\"b\",\"product\":\"p\"}",
            Refs.class))
        .hasMessageContaining("producerId must use only ASCII letters");
  }
}
