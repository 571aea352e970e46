package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class LedgerSaltTest {

  @Test
  void random_drawsThirtyTwoBytes() {
    SecureRandom random = new SecureRandom();
    LedgerSalt salt = LedgerSalt.random(random);

    assertThat(salt.revealBytes()).hasSize(32);
    assertThat(salt).isNotEqualTo(LedgerSalt.random(random));
  }

  @Test
  void of_keepsACopyOfTheBytes() {
    byte[] bytes = new byte[20];
    LedgerSalt salt = LedgerSalt.of(bytes);
    bytes[0] = 1;

    assertThat(salt.revealBytes()).isEqualTo(new byte[20]);
    assertThat(salt)
        .isEqualTo(LedgerSalt.of(new byte[20]))
        .hasSameHashCodeAs(LedgerSalt.of(new byte[20]));
  }

  @Test
  void toString_neverShowsTheBytes() {
    assertThat(LedgerSalt.of(new byte[16])).hasToString("LedgerSalt[redacted]");
  }

  @Test
  void invalid_isRejectedShowingOnlyTheLength() {
    assertThatThrownBy(() -> LedgerSalt.of(new byte[15]))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("salt must be 16..64 bytes: \"15 bytes\"");
    assertThatThrownBy(() -> LedgerSalt.of(new byte[65]))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("salt must be 16..64 bytes: \"65 bytes\"");
    assertThatThrownBy(() -> LedgerSalt.of(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("salt must not be null: null");
    assertThatThrownBy(() -> LedgerSalt.random(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("random must not be null: null");
  }
}
