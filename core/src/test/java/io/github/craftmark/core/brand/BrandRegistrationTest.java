package io.github.craftmark.core.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrandRegistrationTest {

  @Test
  void pending_thenGranted() {
    BrandRegistration pending =
        BrandRegistration.pending("EXAMPLE-4-2025-00002", LocalDate.of(2025, 3, 3));
    assertThat(pending.granted()).isFalse();
    BrandRegistration granted =
        pending.withGrant("EXAMPLE-4-0000002-000", LocalDate.of(2026, 2, 2));
    assertThat(granted.granted()).isTrue();
    assertThat(granted.applicationNumber()).contains("EXAMPLE-4-2025-00002");
  }

  @Test
  void constructor_whenNoNumberAtAll_isRejected() {
    assertThatThrownBy(() -> new BrandRegistration(null, null, null, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("registration must have an application or a registration number: null");
  }

  @Test
  void constructor_whenNumberWithoutGrantDate_isRejected() {
    assertThatThrownBy(
            () -> new BrandRegistration(null, null, Optional.of("EXAMPLE-1"), Optional.empty()))
        .hasMessage("grantDate must be given exactly when registrationNumber is: null");
  }

  @Test
  void withGrant_whenBeforeFiling_isRejected() {
    assertThatThrownBy(() -> BrandRegistration.pending("EX-A", LocalDate.of(2025, 3, 3))
            .withGrant("EX-R", LocalDate.of(2025, 3, 2)))
        .hasMessage("grantDate must not be before filingDate 2025-03-03: 2025-03-02");
    assertThat(BrandRegistration.pending("EX-A", LocalDate.of(2025, 3, 3))
            .withGrant("EX-R", LocalDate.of(2025, 3, 3))
            .granted())
        .isTrue();
  }

  @Test
  void json_pendingMatchesGolden() {
    GoldenJson.assertMatchesGolden(
        BrandRegistration.pending("EXAMPLE-4-2025-00002", LocalDate.of(2025, 3, 3)),
        BrandRegistration.class,
        "brand/pending-registration.json");
  }
}
