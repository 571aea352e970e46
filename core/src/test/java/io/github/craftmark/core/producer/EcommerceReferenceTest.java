package io.github.craftmark.core.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EcommerceReferenceTest {

  @Test
  void constructor_acceptsAnHttpsWebsite() {
    EcommerceReference ref = new EcommerceReference(
        EcommerceFilingKind.REGISTRATION,
        " 2021-07-01/ABC ",
        LocalDate.of(2021, 7, 1),
        URI.create("https://batrang.example.vn"));
    assertThat(ref.referenceNumber()).isEqualTo("2021-07-01/ABC");
  }

  @Test
  void constructor_whenWebsiteRelative_isRejected() {
    assertThatThrownBy(() -> new EcommerceReference(
            EcommerceFilingKind.NOTIFICATION, "1", LocalDate.of(2024, 1, 1), URI.create("/shop")))
        .hasMessage("website must be an absolute http or https URI: /shop");
  }
}
