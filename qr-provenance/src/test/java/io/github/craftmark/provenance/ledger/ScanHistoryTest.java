package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanHistoryTest {

  @Test
  void scans_areCopied() {
    List<ScanRecord> scans = new ArrayList<>();
    scans.add(ScanRecord.genuine(LedgerFixture.SERIAL, Instant.EPOCH, ScanPlace.unknown()));
    ScanHistory history = new ScanHistory(LedgerFixture.SERIAL, scans, true);
    scans.clear();

    assertThat(history.scans()).hasSize(1);
    assertThat(history.more()).isTrue();
  }

  @Test
  void nulls_areRejected() {
    assertThatThrownBy(() -> new ScanHistory(LedgerFixture.SERIAL, null, false))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("scans must not be null: null");
    assertThatThrownBy(() -> new ScanHistory(null, List.of(), false))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("serial must not be null: null");
  }
}
