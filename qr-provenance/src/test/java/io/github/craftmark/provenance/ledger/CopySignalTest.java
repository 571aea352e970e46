package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class CopySignalTest {

  @Test
  void invalid_isRejectedNamingTheField() {
    assertThatThrownBy(() -> new CopySignal(null, "a", "b"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("rule must not be null: null");
    assertThatThrownBy(() -> new CopySignal(CopyRule.TOO_MANY_SCANS, " ", "b"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("detail must not be blank: \" \"");
    assertThatThrownBy(() -> new CopySignal(CopyRule.TOO_MANY_SCANS, "a", null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("detailVi must not be blank: null");
  }
}
