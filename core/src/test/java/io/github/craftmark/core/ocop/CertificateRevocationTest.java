package io.github.craftmark.core.ocop;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.json.GoldenJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificateRevocationTest {

  @Test
  void of_requiresDateNumberAndReason() {
    assertThatThrownBy(() -> CertificateRevocation.of(null, "EXAMPLE-1/QĐ-UBND", "x"))
        .hasMessage("revocation.date must not be null: null");
    assertThatThrownBy(
            () -> CertificateRevocation.of(LocalDate.of(2024, 12, 20), "EXAMPLE-1/QĐ-UBND", ""))
        .hasMessage("revocation.reason must not be blank: \"\"");
  }

  @Test
  void json_writesDateNumberAndReason() {
    GoldenJson.assertMatchesGolden(
        OcopFixtures.dinhYenMatRevoked().revocation().orElseThrow(),
        CertificateRevocation.class,
        "ocop/revocation.json");
  }
}
