package io.github.craftmark.core.ocop;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.json.GoldenJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateFindingTest {

  @Test
  void new_requiresCodeAndMessage() {
    assertThatThrownBy(() -> new CertificateFinding(null, "x"))
        .hasMessage("code must not be null: null");
    assertThatThrownBy(() -> new CertificateFinding(CertificateFinding.Code.VALIDITY_TOO_LONG, ""))
        .hasMessage("message must not be blank: \"\"");
  }

  record Findings(List<CertificateFinding> findings) {}

  @Test
  void json_writesTheFindingsOfALegacyDistrictCertificate() {
    GoldenJson.assertMatchesGolden(
        new Findings(OcopFixtures.vanPhucScarf().check()), Findings.class, "ocop/findings.json");
  }
}
