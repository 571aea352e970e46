package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.provenance.ProvenanceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LedgerExceptionTest {

  @Test
  void isAProvenanceException_keepingMessageAndCause() {
    SQLException cause = new SQLException("connection refused");
    LedgerException e = new LedgerException("the ledger database is unreachable", cause);

    assertThat(e)
        .isInstanceOf(ProvenanceException.class)
        .hasMessage("the ledger database is unreachable");
    assertThat(e.getCause()).isSameAs(cause);
    assertThat(new LedgerException("schema_version is newer than this SDK")).hasNoCause();
  }
}
