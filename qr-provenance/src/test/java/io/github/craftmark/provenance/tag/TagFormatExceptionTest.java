package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.provenance.ProvenanceException;
import org.junit.jupiter.api.Test;

class TagFormatExceptionTest {

  @Test
  void message_namesTheIndexAndQuotesTheText() {
    TagFormatException e =
        new TagFormatException("expected a digit", "HTTPS://A/T/1x", 13, RejectionReason.MALFORMED);
    assertThat(e)
        .isInstanceOf(ProvenanceException.class)
        .hasMessage("expected a digit at index 13 in \"HTTPS://A/T/1x\"");
    assertThat(e.parsedText()).isEqualTo("HTTPS://A/T/1x");
    assertThat(e.errorIndex()).isEqualTo(13);
    assertThat(e.reason()).isEqualTo(RejectionReason.MALFORMED);
  }

  @Test
  void message_cutsLongTextWithoutSplittingASurrogatePair_andEscapesControls() {
    String text = "a".repeat(119) + "\uD83C\uDFFA" + "tail";
    TagFormatException e = new TagFormatException("bad", text, 0, RejectionReason.MALFORMED);
    assertThat(e).hasMessage("bad at index 0 in \"" + "a".repeat(119) + "…\"");
    assertThat(new TagFormatException("bad", "a\rb", 1, RejectionReason.MALFORMED))
        .hasMessage("bad at index 1 in \"a\\u000db\"");
    TagFormatException none =
        new TagFormatException("bad", null, 0, RejectionReason.UNSUPPORTED_VERSION);
    assertThat(none).hasMessage("bad at index 0 in null");
    assertThat(none.parsedText()).isEmpty();
  }
}
