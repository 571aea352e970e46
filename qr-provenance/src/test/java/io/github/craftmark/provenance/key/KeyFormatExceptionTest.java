package io.github.craftmark.provenance.key;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.core.CraftMarkException;
import io.github.craftmark.provenance.ProvenanceException;
import org.junit.jupiter.api.Test;

class KeyFormatExceptionTest {

  @Test
  void isAProvenanceException_carryingItsMessageAndCause() {
    IllegalStateException cause = new IllegalStateException("inner");
    KeyFormatException e = new KeyFormatException("JWK kty must be OKP or EC", cause);
    assertThat(e).isInstanceOf(ProvenanceException.class).isInstanceOf(CraftMarkException.class);
    assertThat(e).hasMessage("JWK kty must be OKP or EC").hasCause(cause);
    assertThat(new KeyFormatException("x")).hasMessage("x").hasNoCause();
  }
}
