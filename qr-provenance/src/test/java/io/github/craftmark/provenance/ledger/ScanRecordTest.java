package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScanRecordTest {
  private static final Instant AT = Instant.parse("2025-07-02T02:00:00.123456789Z");

  @Test
  void genuine_truncatesTheTimeToMilliseconds() {
    ScanRecord scan = ScanRecord.genuine(LedgerFixture.SERIAL, AT, ScanPlace.province("01"));

    assertThat(scan.at()).isEqualTo(Instant.parse("2025-07-02T02:00:00.123Z"));
    assertThat(scan.outcome()).isEqualTo(ScanRecord.GENUINE);
    assertThat(scan.device()).isEmpty();
  }

  @Test
  void withDevice_addsTheFingerprint() {
    DeviceFingerprint device = DeviceFingerprint.compute(LedgerSalt.of(new byte[16]), "d");

    assertThat(ScanRecord.genuine(LedgerFixture.SERIAL, AT, ScanPlace.unknown())
            .withDevice(device)
            .device())
        .contains(device);
  }

  @Test
  void outcome_mustBeAShortLowerCaseCode() {
    assertThat(new ScanRecord(
                LedgerFixture.SERIAL, AT, ScanPlace.unknown(), Optional.empty(), "a".repeat(40))
            .outcome())
        .hasSize(40);
    assertThatThrownBy(() -> new ScanRecord(
            LedgerFixture.SERIAL, AT, ScanPlace.unknown(), Optional.empty(), "Genuine"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("outcome must be 1..40 characters of a-z, 0-9 and -: \"Genuine\"");
    assertThatThrownBy(() -> new ScanRecord(
            LedgerFixture.SERIAL, AT, ScanPlace.unknown(), Optional.empty(), "a".repeat(41)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("outcome must be 1..40 characters");
  }

  @Test
  void nulls_areRejectedNamingTheField() {
    assertThatThrownBy(() -> ScanRecord.genuine(null, AT, ScanPlace.unknown()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("serial must not be null: null");
    assertThatThrownBy(() -> ScanRecord.genuine(LedgerFixture.SERIAL, null, ScanPlace.unknown()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("at must not be null: null");
    assertThatThrownBy(() -> ScanRecord.genuine(LedgerFixture.SERIAL, AT, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("place must not be null: null");
    assertThatThrownBy(
            () -> new ScanRecord(LedgerFixture.SERIAL, AT, ScanPlace.unknown(), null, "genuine"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("device must not be null: null");
  }
}
