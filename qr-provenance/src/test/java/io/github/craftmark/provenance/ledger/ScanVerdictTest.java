package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.tag.RejectionReason;
import io.github.craftmark.provenance.tag.TagVerdict;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScanVerdictTest {
  private static final TagVerdict GENUINE = LedgerFixture.tagVerifier()
      .verify(LedgerFixture.plainTag(LedgerFixture.SERIAL).text());
  private static final TagVerdict REJECTED =
      new TagVerdict.Rejected(RejectionReason.MALFORMED, "x");

  private static Optional<CopyAssessment> assessment(long scans, CopySignal... signals) {
    return Optional.of(
        new CopyAssessment(Duration.ofDays(30), scans, 1, Optional.empty(), List.of(signals)));
  }

  @Test
  void status_followsTheTagAndTheLedger() {
    assertThat(
            new ScanVerdict(REJECTED, LedgerState.NOT_RECORDED, Optional.empty(), Optional.empty())
                .status())
        .isEqualTo(ScanVerdict.Status.NOT_GENUINE);
    assertThat(new ScanVerdict(
                GENUINE, LedgerState.LEDGER_UNAVAILABLE, Optional.empty(), Optional.of("down"))
            .status())
        .isEqualTo(ScanVerdict.Status.GENUINE_UNCHECKED);
    assertThat(new ScanVerdict(GENUINE, LedgerState.RECORDED, assessment(1), Optional.empty())
            .status())
        .isEqualTo(ScanVerdict.Status.GENUINE_FIRST_SCAN);
    assertThat(new ScanVerdict(GENUINE, LedgerState.RECORDED, assessment(2), Optional.empty())
            .status())
        .isEqualTo(ScanVerdict.Status.GENUINE_SEEN_BEFORE);
    CopySignal signal = new CopySignal(CopyRule.IMPOSSIBLE_TRAVEL, "a", "b");
    assertThat(
            new ScanVerdict(GENUINE, LedgerState.RECORDED, assessment(1, signal), Optional.empty())
                .status())
        .isEqualTo(ScanVerdict.Status.SUSPECTED_COPY);
  }

  @Test
  void partsThatDisagree_areRejected() {
    assertThat(GENUINE.isGenuine()).isTrue();
    assertThatThrownBy(() ->
            new ScanVerdict(GENUINE, LedgerState.NOT_RECORDED, Optional.empty(), Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "ledgerState must be NOT_RECORDED exactly when the tag is not genuine: NOT_RECORDED");
    assertThatThrownBy(
            () -> new ScanVerdict(REJECTED, LedgerState.RECORDED, assessment(1), Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "ledgerState must be NOT_RECORDED exactly when the tag is not genuine: RECORDED");
    assertThatThrownBy(() -> new ScanVerdict(
            GENUINE, LedgerState.LEDGER_UNAVAILABLE, assessment(1), Optional.of("x")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("copyAssessment must be present exactly when RECORDED: LEDGER_UNAVAILABLE");
    assertThatThrownBy(() ->
            new ScanVerdict(GENUINE, LedgerState.RECORDED, Optional.empty(), Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("copyAssessment must be present exactly when RECORDED: RECORDED");
    assertThatThrownBy(() -> new ScanVerdict(
            GENUINE, LedgerState.LEDGER_UNAVAILABLE, Optional.empty(), Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "ledgerProblem must be present exactly when LEDGER_UNAVAILABLE: LEDGER_UNAVAILABLE");
  }
}
