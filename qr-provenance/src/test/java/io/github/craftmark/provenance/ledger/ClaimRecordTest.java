package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClaimRecordTest {

  @Test
  void at_isTruncatedToMilliseconds() {
    assertThat(
            new ClaimRecord(Instant.parse("2025-07-02T02:00:00.1239Z"), ScanPlace.unknown(), false)
                .at())
        .isEqualTo(Instant.parse("2025-07-02T02:00:00.123Z"));
  }

  @Test
  void nulls_areRejected() {
    assertThatThrownBy(() -> new ClaimRecord(null, ScanPlace.unknown(), false))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("at must not be null: null");
    assertThatThrownBy(() -> new ClaimRecord(Instant.EPOCH, null, false))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("place must not be null: null");
  }
}
