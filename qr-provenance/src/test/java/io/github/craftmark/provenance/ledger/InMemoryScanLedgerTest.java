package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** Runs the ledger contract against the in-memory store, and its own factories. */
class InMemoryScanLedgerTest extends ScanLedgerContractTest {

  @Override
  protected ScanLedger newLedger() {
    return InMemoryScanLedger.create(new SecureRandom());
  }

  @Test
  void withSalt_keepsTheGivenSalt() {
    LedgerSalt salt =
        LedgerSalt.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});

    assertThat(InMemoryScanLedger.withSalt(salt).salt()).isEqualTo(salt);
  }

  @Test
  void create_drawsADifferentSaltEachTime() {
    SecureRandom random = new SecureRandom();

    assertThat(InMemoryScanLedger.create(random).salt())
        .isNotEqualTo(InMemoryScanLedger.create(random).salt());
  }

  @Test
  void factories_whenNull_areRejected() {
    assertThatThrownBy(() -> InMemoryScanLedger.create(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("random must not be null: null");
    assertThatThrownBy(() -> InMemoryScanLedger.withSalt(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("salt must not be null: null");
  }

  @Test
  void toString_showsOnlyTheNumberOfSerials() {
    assertThat(ledger).hasToString("InMemoryScanLedger[serials=0]");
  }
}
