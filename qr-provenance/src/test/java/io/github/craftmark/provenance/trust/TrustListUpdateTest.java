package io.github.craftmark.provenance.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustListUpdateTest {
  @Test
  void accepted_isAcceptedAndRejectedIsNot() {
    TrustList list = TrustFixtures.BAT_TRANG.trustList().build(TrustFixtures.CLOCK);

    assertThat(new TrustListUpdate.Accepted(list, true).isAccepted()).isTrue();
    assertThat(new TrustListUpdate.Rejected(TrustListRejection.ROLLBACK, "old").isAccepted())
        .isFalse();
  }

  @Test
  void acceptedListAndRejectionReason_tellTheOutcomeWithoutACast() {
    TrustList list = TrustFixtures.BAT_TRANG.trustList().build(TrustFixtures.CLOCK);
    TrustListUpdate accepted = new TrustListUpdate.Accepted(list, false);
    TrustListUpdate rejected = new TrustListUpdate.Rejected(TrustListRejection.ROLLBACK, "old");

    assertThat(accepted.acceptedList()).contains(list);
    assertThat(accepted.rejectionReason()).isEmpty();
    assertThat(rejected.acceptedList()).isEmpty();
    assertThat(rejected.rejectionReason()).contains(TrustListRejection.ROLLBACK);
  }

  @Test
  void constructors_whenPartMissing_fail() {
    assertThatThrownBy(() -> new TrustListUpdate.Accepted(null, true))
        .hasMessage("trustList must not be null: null");
    assertThatThrownBy(() -> new TrustListUpdate.Rejected(null, "x"))
        .hasMessage("reason must not be null: null");
    assertThatThrownBy(() -> new TrustListUpdate.Rejected(TrustListRejection.EXPIRED, null))
        .hasMessage("detail must not be null: null");
  }
}
