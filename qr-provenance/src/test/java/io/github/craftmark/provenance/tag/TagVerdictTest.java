package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import org.junit.jupiter.api.Test;

class TagVerdictTest {

  @Test
  void rejected_carriesItsReasonAndDetail() {
    TagVerdict verdict = new TagVerdict.Rejected(RejectionReason.TAG_REVOKED, "tag X is revoked");
    assertThat(verdict.isGenuine()).isFalse();
    assertThat(verdict.verifiedTag()).isEmpty();
    assertThat(verdict.rejectionReason()).contains(RejectionReason.TAG_REVOKED);
    assertThatThrownBy(() -> new TagVerdict.Rejected(null, "x"))
        .hasMessage("reason must not be null: null");
    assertThatThrownBy(() -> new TagVerdict.Rejected(RejectionReason.MALFORMED, null))
        .hasMessage("detail must not be null: null");
  }

  @Test
  void genuine_carriesTheVerifiedTag() {
    TagVerdict verdict = ProvenanceFixtures.verifier(ProvenanceFixtures.store())
        .verify(ProvenanceFixtures.minhLongVase().text());
    assertThat(verdict.isGenuine()).isTrue();
    assertThat(verdict.rejectionReason()).isEmpty();
    VerifiedTag tag = verdict.verifiedTag().orElseThrow();
    assertThat(new TagVerdict.Genuine(tag).tag()).isSameAs(tag);
    assertThatThrownBy(() -> new TagVerdict.Genuine(null)).hasMessage("tag must not be null: null");
  }
}
