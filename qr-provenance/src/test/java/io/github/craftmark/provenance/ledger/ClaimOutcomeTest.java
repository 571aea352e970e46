package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.tag.RejectionReason;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimOutcomeTest {
  private static final Instant AT = Instant.parse("2025-07-02T02:00:00Z");

  static Stream<ClaimOutcome> outcomes() {
    return Stream.of(
        new ClaimOutcome.Claimed(AT, true),
        new ClaimOutcome.AlreadyClaimed(AT, false),
        new ClaimOutcome.WrongCode(),
        new ClaimOutcome.Throttled(AT),
        new ClaimOutcome.NoClaimCode(),
        new ClaimOutcome.TagNotGenuine(RejectionReason.BAD_SIGNATURE),
        new ClaimOutcome.InvalidRequest("claimCode must not be blank"),
        new ClaimOutcome.LedgerUnavailable("the database is down"));
  }

  @ParameterizedTest
  @MethodSource("outcomes")
  void everyOutcome_hasAStableCode_andExplanationsInNfc(ClaimOutcome outcome) {
    assertThat(outcome.code())
        .matches("claim-[a-z-]+")
        .hasSizeLessThanOrEqualTo(ScanRecord.MAX_OUTCOME_LENGTH);
    assertThat(outcome.explanation()).isNotBlank();
    assertThat(outcome.explanationVi())
        .isNotBlank()
        .isEqualTo(Normalizer.normalize(outcome.explanationVi(), Normalizer.Form.NFC));
  }

  @Test
  void codes_areDistinct() {
    List<String> codes = outcomes().map(ClaimOutcome::code).toList();

    assertThat(codes)
        .doesNotHaveDuplicates()
        .contains("claim-won", "claim-already-claimed", "claim-wrong-code");
  }

  @Test
  void explanations_sayWhenItWasClaimedAndWhenToRetry() {
    assertThat(new ClaimOutcome.AlreadyClaimed(AT, false).explanationVi())
        .isEqualTo("Sản phẩm này đã được xác nhận vào 2025-07-02T02:00:00Z.");
    assertThat(new ClaimOutcome.Throttled(AT).explanation())
        .isEqualTo("Too many wrong codes for this item; try again after 2025-07-02T02:00:00Z.");
    assertThat(new ClaimOutcome.TagNotGenuine(RejectionReason.BAD_SIGNATURE).explanation())
        .isEqualTo("The tag is not genuine: The signature does not match the tag's content and the"
            + " issuer's key.");
  }

  @Test
  void times_areTruncatedToMilliseconds() {
    Instant fine = AT.plusNanos(1_500_000);

    assertThat(new ClaimOutcome.Claimed(fine, false).at()).isEqualTo(AT.plusMillis(1));
    assertThat(new ClaimOutcome.AlreadyClaimed(fine, false).firstClaimedAt())
        .isEqualTo(AT.plusMillis(1));
    assertThat(new ClaimOutcome.Throttled(fine).retryAfter()).isEqualTo(AT.plusMillis(1));
  }

  @Test
  void invalid_isRejected() {
    assertThatThrownBy(() -> new ClaimOutcome.LedgerUnavailable(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("reason must not be blank: \" \"");
    assertThatThrownBy(() -> new ClaimOutcome.InvalidRequest(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("problem must not be blank: null");
    assertThatThrownBy(() -> new ClaimOutcome.TagNotGenuine(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("reason must not be null: null");
    assertThatThrownBy(() -> new ClaimOutcome.Claimed(null, false))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("at must not be null: null");
  }
}
