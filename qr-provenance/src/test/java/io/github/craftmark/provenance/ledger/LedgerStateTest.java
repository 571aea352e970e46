package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerStateTest {

  @Test
  void states_areTheThreeTheVerdictKnows() {
    assertThat(LedgerState.values())
        .containsExactly(
            LedgerState.RECORDED, LedgerState.LEDGER_UNAVAILABLE, LedgerState.NOT_RECORDED);
  }
}
