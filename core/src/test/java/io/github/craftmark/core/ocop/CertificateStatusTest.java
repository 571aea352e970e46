package io.github.craftmark.core.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificateStatusTest {

  @Test
  void revokedCertificate_goesThroughEachStatus() {
    OcopCertificate c = OcopFixtures.dinhYenMatRevoked();
    assertThat(c.statusOn(LocalDate.of(2021, 6, 9))).isEqualTo(CertificateStatus.NOT_YET_VALID);
    assertThat(c.statusOn(LocalDate.of(2021, 6, 10))).isEqualTo(CertificateStatus.ACTIVE);
    assertThat(c.statusOn(LocalDate.of(2024, 6, 10))).isEqualTo(CertificateStatus.ACTIVE);
    assertThat(c.statusOn(LocalDate.of(2024, 6, 11))).isEqualTo(CertificateStatus.EXPIRED);
    assertThat(c.statusOn(LocalDate.of(2024, 12, 20))).isEqualTo(CertificateStatus.REVOKED);
  }
}
