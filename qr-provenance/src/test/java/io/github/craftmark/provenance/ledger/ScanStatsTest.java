package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.tag.TagSerial;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScanStatsTest {
  private static final TagSerial SERIAL = LedgerFixture.SERIAL;
  private static final Instant FROM = Instant.parse("2025-06-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2025-07-01T00:00:00Z");

  @Test
  void lastPlacedScan_isTheFirstOfTheLatest() {
    ScanRecord newest = ScanRecord.genuine(SERIAL, TO, ScanPlace.province("01"));
    ScanRecord before = ScanRecord.genuine(SERIAL, FROM, ScanPlace.province("79"));

    assertThat(new ScanStats(SERIAL, FROM, TO, 2, 2, 0, List.of(newest, before), Optional.empty())
            .lastPlacedScan())
        .contains(newest);
    assertThat(
            new ScanStats(SERIAL, FROM, TO, 0, 0, 0, List.of(), Optional.empty()).lastPlacedScan())
        .isEmpty();
  }

  @Test
  void invalid_isRejectedNamingTheField() {
    ScanRecord scan = ScanRecord.genuine(SERIAL, TO, ScanPlace.province("01"));
    assertThatThrownBy(() -> new ScanStats(SERIAL, TO, FROM, 0, 0, 0, List.of(), Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("from must not be after to " + FROM + ": " + TO);
    assertThatThrownBy(() -> new ScanStats(SERIAL, FROM, TO, -1, 0, 0, List.of(), Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("scans must be at least 0: -1");
    assertThatThrownBy(() -> new ScanStats(SERIAL, FROM, TO, 1, 2, 0, List.of(), Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("distinctPlaces must be 0..scans 1: 2");
    assertThatThrownBy(() -> new ScanStats(SERIAL, FROM, TO, 1, 0, 2, List.of(), Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("distinctDevices must be 0..scans 1: 2");
    assertThatThrownBy(() ->
            new ScanStats(SERIAL, FROM, TO, 3, 1, 0, List.of(scan, scan, scan), Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("latestPlacedScans must hold at most 2 scans: 3");
    assertThatThrownBy(() -> new ScanStats(SERIAL, FROM, TO, 0, 0, 0, List.of(), null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("claim must not be null: null");
  }
}
