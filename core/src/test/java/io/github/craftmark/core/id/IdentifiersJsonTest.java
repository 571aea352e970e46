package io.github.craftmark.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.json.GoldenJson;
import org.junit.jupiter.api.Test;

class IdentifiersJsonTest {

  record Identifiers(
      Gtin gtin, Sku sku, TaxCode taxCode, TaxCode branchTaxCode, SerialNumber serial) {}

  @Test
  void json_writesEveryIdentifierAsAString() {
    GoldenJson.assertMatchesGolden(
        new Identifiers(
            Gtin.withCheckDigit("893604900001"),
            Sku.fromText("Bình gốm men lam 25cm"),
            TaxCode.of("0100233488"),
            TaxCode.of("0314409058-002"),
            SerialNumber.of("BT2025A000123")),
        Identifiers.class,
        "id/identifiers.json");
  }

  @Test
  void json_readsTaxCodeWithoutDashIntoCanonicalForm() throws Exception {
    Identifiers read = GoldenJson.MAPPER.readValue(
        "{\"gtin\":\"6291041500213\",\"sku\":\"A\",\"taxCode\":\"0100233488\","
            + "\"branchTaxCode\":\"0314409058002\",\"serial\":\"S1\"}",
        Identifiers.class);
    assertThat(read.branchTaxCode().value()).isEqualTo("0314409058-002");
  }

  @Test
  void json_whenCheckDigitWrong_failsWithTheSdkMessage() {
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(
            "{\"gtin\":\"6291041500212\",\"sku\":\"A\",\"taxCode\":\"0100233488\","
                + "\"branchTaxCode\":\"0314409058-002\",\"serial\":\"S1\"}",
            Identifiers.class))
        .hasMessageContaining("gtin check digit must be 3: \"6291041500212\"");
  }
}
