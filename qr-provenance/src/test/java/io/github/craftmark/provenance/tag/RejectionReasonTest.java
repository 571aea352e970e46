package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RejectionReasonTest {

  @Test
  void codes_areStableKebabCaseNames_inTheVerifiersOrder() {
    assertThat(Arrays.stream(RejectionReason.values()).map(RejectionReason::code))
        .containsExactly(
            "unreadable-image",
            "malformed",
            "unsupported-version",
            "unknown-issuer",
            "bad-signature",
            "issuer-revoked",
            "issuer-outside-validity",
            "issuer-not-authorised-for-brand",
            "issuer-not-authorised-for-category",
            "tag-revoked",
            "trust-list-stale");
    for (RejectionReason reason : RejectionReason.values()) {
      assertThat(reason.code()).isEqualTo(reason.name().toLowerCase().replace('_', '-'));
      assertThat(reason.explanation()).endsWith(".").doesNotContain("\n");
    }
    assertThat(RejectionReason.BAD_SIGNATURE.explanation())
        .isEqualTo("The signature does not match the tag's content and the issuer's key.");
  }

  @Test
  void everyReason_isInTheFormatDocumentWithItsCodeAndExplanation() throws Exception {
    String doc = java.nio.file.Files.readString(
        java.nio.file.Path.of("..", "docs", "tag-format.md"),
        java.nio.charset.StandardCharsets.UTF_8);
    for (RejectionReason reason : RejectionReason.values()) {
      assertThat(doc)
          .contains(
              "| " + reason + " | `" + reason.code() + "` | " + reason.explanation() + " |\n");
    }
  }
}
