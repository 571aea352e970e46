package io.github.craftmark.provenance.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TrustListRejectionTest {
  @Test
  void codes_areStableAndDistinct() {
    assertThat(Arrays.stream(TrustListRejection.values()).map(TrustListRejection::code))
        .containsExactly(
            "malformed",
            "unknown-authority",
            "bad-signature",
            "authority-mismatch",
            "rollback",
            "sequence-reused",
            "expired");
  }

  @Test
  void explanations_areOneEnglishSentence() {
    for (TrustListRejection reason : TrustListRejection.values()) {
      assertThat(reason.explanation()).endsWith(".").doesNotContain("\n");
    }
    assertThat(TrustListRejection.ROLLBACK.explanation())
        .isEqualTo("The trust list is older than the one already accepted.");
  }
}
