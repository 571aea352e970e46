package io.github.craftmark.provenance.ledger;

import static io.github.craftmark.provenance.ledger.LedgerFixture.CLAIM_CODE;
import static io.github.craftmark.provenance.ledger.LedgerFixture.OTHER_SERIAL;
import static io.github.craftmark.provenance.ledger.LedgerFixture.SERIAL;
import static io.github.craftmark.provenance.ledger.LedgerFixture.claimableTag;
import static io.github.craftmark.provenance.ledger.LedgerFixture.plainTag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.ledger.FailingLedger.Op;
import io.github.craftmark.provenance.qr.ErrorCorrection;
import io.github.craftmark.provenance.qr.QrImages;
import io.github.craftmark.provenance.tag.RejectionReason;
import io.github.craftmark.provenance.tag.TagVerifier;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScanVerifierTest {
  private static final TagVerifier TAG_VERIFIER = LedgerFixture.tagVerifier();
  private static final Instant START = Instant.parse("2025-07-02T02:00:00Z");
  private static final ScanPlace HA_NOI = ScanPlace.province("01");
  private static final ScanPlace HO_CHI_MINH = ScanPlace.province("79");

  private final MutableClock clock = new MutableClock(START);
  private final LedgerSalt salt = LedgerSalt.of(new byte[32]);
  private InMemoryScanLedger ledger;
  private ScanVerifier verifier;
  private String tag;

  @BeforeEach
  void setUp() {
    ledger = InMemoryScanLedger.withSalt(salt);
    verifier = verifierOver(ledger);
    tag = claimableTag(SERIAL).text();
  }

  private ScanVerifier verifierOver(ScanLedger over) {
    return ScanVerifier.builder()
        .tagVerifier(TAG_VERIFIER)
        .ledger(over)
        .clock(clock)
        .build();
  }

  private List<ScanRecord> history() {
    return ledger.history(SERIAL, ScanLedger.MAX_HISTORY).scans();
  }

  // --- verify ---

  @Test
  void verify_firstScanOfGenuineTag_isRecordedAsFirstScan() {
    ScanVerdict verdict = verifier.verify(tag, ScanContext.at(HA_NOI).withDevice("install-1"));

    assertThat(verdict.status()).isEqualTo(ScanVerdict.Status.GENUINE_FIRST_SCAN);
    assertThat(verdict.ledgerState()).isEqualTo(LedgerState.RECORDED);
    assertThat(verdict.ledgerProblem()).isEmpty();
    assertThat(verdict.copyAssessment().orElseThrow())
        .isEqualTo(new CopyAssessment(Duration.ofDays(30), 1, 1, Optional.empty(), List.of()));
    assertThat(history())
        .containsExactly(new ScanRecord(
            SERIAL,
            START,
            HA_NOI,
            Optional.of(DeviceFingerprint.compute(salt, "install-1")),
            "genuine"));
  }

  @Test
  void verify_secondScan_isSeenBefore() {
    verifier.verify(tag, ScanContext.at(HA_NOI));
    clock.advance(Duration.ofDays(2));

    ScanVerdict verdict = verifier.verify(tag, ScanContext.none());

    assertThat(verdict.status()).isEqualTo(ScanVerdict.Status.GENUINE_SEEN_BEFORE);
    assertThat(verdict.copyAssessment().orElseThrow().scansInWindow()).isEqualTo(2);
  }

  @Test
  void verify_afterTheWindow_isAFirstScanInTheWindowAgain() {
    verifier.verify(tag, ScanContext.at(HA_NOI));
    clock.advance(Duration.ofDays(30));

    assertThat(verifier.verify(tag, ScanContext.at(HA_NOI)).status())
        .isEqualTo(ScanVerdict.Status.GENUINE_FIRST_SCAN);
  }

  @Test
  void verify_whenTagTampered_isNotGenuine_andNothingIsRecorded() {
    String tampered = tag.substring(0, tag.length() - 3) + (tag.endsWith("000") ? "111" : "000");

    ScanVerdict verdict = verifier.verify(tampered, ScanContext.at(HA_NOI));

    assertThat(verdict.status()).isEqualTo(ScanVerdict.Status.NOT_GENUINE);
    assertThat(verdict.ledgerState()).isEqualTo(LedgerState.NOT_RECORDED);
    assertThat(verdict.copyAssessment()).isEmpty();
    assertThat(history()).isEmpty();
  }

  @Test
  void verify_whenNullInputs_isNotGenuine() {
    assertThat(verifier.verify((String) null, null).status())
        .isEqualTo(ScanVerdict.Status.NOT_GENUINE);
    assertThat(verifier.verify((java.awt.image.BufferedImage) null, null).status())
        .isEqualTo(ScanVerdict.Status.NOT_GENUINE);
    assertThat(verifier.verifyImage(null, null).tagVerdict().rejectionReason())
        .contains(RejectionReason.UNREADABLE_IMAGE);
  }

  @Test
  void verify_fromPicturesOfTheQrCode_recordsTheScan() {
    var code = claimableTag(SERIAL).toQrCode(ErrorCorrection.M);

    assertThat(verifier
            .verify(QrImages.toBufferedImage(code), ScanContext.at(HA_NOI))
            .status())
        .isEqualTo(ScanVerdict.Status.GENUINE_FIRST_SCAN);
    assertThat(
            verifier.verifyImage(QrImages.toPng(code), ScanContext.at(HA_NOI)).status())
        .isEqualTo(ScanVerdict.Status.GENUINE_SEEN_BEFORE);
    assertThat(history()).hasSize(2);
  }

  @Test
  void verify_whenFarPlacesTooFast_firesImpossibleTravel() {
    verifier.verify(tag, ScanContext.at(HA_NOI));
    clock.advance(Duration.ofHours(3));

    ScanVerdict verdict = verifier.verify(tag, ScanContext.at(HO_CHI_MINH));

    assertThat(verdict.status()).isEqualTo(ScanVerdict.Status.SUSPECTED_COPY);
    assertThat(verdict.copyAssessment().orElseThrow().signals())
        .containsExactly(new CopySignal(
            CopyRule.IMPOSSIBLE_TRAVEL,
            "Scanned at least 995 km from the previous scan 3.0 hours before; that would need"
                + " more than 200 km/h.",
            "Được quét cách lần quét trước ít nhất 995 km chỉ sau 3,0 giờ; cần tốc độ hơn 200"
                + " km/h."));
  }

  @Test
  void verify_whenFarPlacesSlowEnough_isNotSuspicious() {
    verifier.verify(tag, ScanContext.at(HA_NOI));
    clock.advance(Duration.ofHours(5));

    assertThat(verifier.verify(tag, ScanContext.at(HO_CHI_MINH)).status())
        .isEqualTo(ScanVerdict.Status.GENUINE_SEEN_BEFORE);
  }

  @Test
  void verify_whenScannedTooOften_firesTooManyScans() {
    for (int i = 0; i < 20; i++) {
      assertThat(verifier
              .verify(tag, ScanContext.at(HA_NOI))
              .copyAssessment()
              .orElseThrow()
              .isSuspicious())
          .isFalse();
      clock.advance(Duration.ofHours(1));
    }

    ScanVerdict verdict = verifier.verify(tag, ScanContext.at(HA_NOI));

    assertThat(verdict.copyAssessment().orElseThrow().signals())
        .containsExactly(new CopySignal(
            CopyRule.TOO_MANY_SCANS,
            "Scanned 21 times in 30 days; more than 20 suggests copies of the QR code.",
            "Được quét 21 lần trong 30 ngày; hơn 20 lần cho thấy mã QR có thể đã bị sao"
                + " chép."));
  }

  @Test
  void verify_whenScannedInTooManyPlaces_firesTooManyPlaces() {
    for (String code : List.of("01", "24", "33")) {
      verifier.verify(tag, ScanContext.at(ScanPlace.province(code)));
      clock.advance(Duration.ofDays(1));
    }

    ScanVerdict verdict = verifier.verify(tag, ScanContext.at(ScanPlace.province("31")));

    assertThat(verdict.copyAssessment().orElseThrow().signals())
        .containsExactly(new CopySignal(
            CopyRule.TOO_MANY_PLACES,
            "Scanned in 4 different places in 30 days; more than 3 suggests copies of the QR"
                + " code.",
            "Được quét ở 4 nơi khác nhau trong 30 ngày; hơn 3 nơi cho thấy mã QR có thể đã bị"
                + " sao chép."));
  }

  // --- verify, ledger down ---

  @Test
  void verify_whenTheLedgerWriteFails_isUncheckedNeverFirstScan() {
    ScanVerifier down = verifierOver(FailingLedger.down(ledger, Op.RECORD));

    ScanVerdict verdict = down.verify(tag, ScanContext.at(HA_NOI));

    assertThat(verdict.status()).isEqualTo(ScanVerdict.Status.GENUINE_UNCHECKED);
    assertThat(verdict.tagVerdict().isGenuine()).isTrue();
    assertThat(verdict.ledgerState()).isEqualTo(LedgerState.LEDGER_UNAVAILABLE);
    assertThat(verdict.copyAssessment()).isEmpty();
    assertThat(verdict.ledgerProblem())
        .contains("the ledger database is unreachable (java.sql.SQLException)");
    assertThat(verdict.toString()).doesNotContain("hunter2", "secret-host");
  }

  @Test
  void verify_whenTheStatsReadFails_isUnchecked_thoughTheScanWasRecorded() {
    ScanVerifier down = verifierOver(FailingLedger.down(ledger, Op.STATS));

    assertThat(down.verify(tag, ScanContext.at(HA_NOI)).status())
        .isEqualTo(ScanVerdict.Status.GENUINE_UNCHECKED);
    assertThat(history()).hasSize(1);
  }

  @Test
  void verify_whenTheSaltCannotBeRead_isUnchecked() {
    ScanVerifier down =
        verifierOver(FailingLedger.down(InMemoryScanLedger.create(new SecureRandom()), Op.SALT));

    assertThat(down.verify(tag, ScanContext.none().withDevice("install-1")).status())
        .isEqualTo(ScanVerdict.Status.GENUINE_UNCHECKED);
    assertThat(down.verify(tag, ScanContext.none()).status())
        .isEqualTo(ScanVerdict.Status.GENUINE_FIRST_SCAN);
  }

  @Test
  void verify_whenTheLedgerHasABug_isUncheckedNamingOnlyTheExceptionType() {
    ScanLedger buggy = new FailingLedger(
        ledger, java.util.Set.of(Op.RECORD), new IllegalStateException("row 7 = secret"));

    ScanVerdict verdict = verifierOver(buggy).verify(tag, ScanContext.none());

    assertThat(verdict.ledgerProblem())
        .contains("unexpected failure: java.lang.IllegalStateException");
  }

  @Test
  void verify_withTheConfiguredSalt_neverAsksTheLedger() {
    LedgerSalt own = LedgerSalt.of(new byte[] {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9});
    ScanVerifier withSalt =
        verifierOver(FailingLedger.down(ledger, Op.SALT)).toBuilder().salt(own).build();

    assertThat(withSalt.verify(tag, ScanContext.none().withDevice("install-1")).status())
        .isEqualTo(ScanVerdict.Status.GENUINE_FIRST_SCAN);
    assertThat(history().get(0).device()).contains(DeviceFingerprint.compute(own, "install-1"));
  }

  // --- claim ---

  @Test
  void claim_withTheRightCode_firstWins_laterAreAlreadyClaimed() {
    ClaimOutcome first =
        verifier.claim(tag, CLAIM_CODE, Optional.of("buyer-lan"), ScanContext.at(HA_NOI));
    clock.advance(Duration.ofDays(3));
    ClaimOutcome sameBuyer = verifier.claim(tag, CLAIM_CODE, Optional.of("buyer-lan"), null);
    ClaimOutcome otherBuyer =
        verifier.claim(tag, CLAIM_CODE, Optional.of("buyer-minh"), ScanContext.at(HO_CHI_MINH));
    ClaimOutcome noBuyer = verifier.claim(tag, CLAIM_CODE, Optional.empty(), null);

    assertThat(first).isEqualTo(new ClaimOutcome.Claimed(START, true));
    assertThat(sameBuyer).isEqualTo(new ClaimOutcome.AlreadyClaimed(START, true));
    assertThat(otherBuyer).isEqualTo(new ClaimOutcome.AlreadyClaimed(START, false));
    assertThat(noBuyer).isEqualTo(new ClaimOutcome.AlreadyClaimed(START, false));
    assertThat(otherBuyer.explanation())
        .isEqualTo("This item was already claimed on 2025-07-02T02:00:00Z.");
  }

  @Test
  void claim_acceptsTheCodeAsPeopleTypeItInNfc() {
    String decomposedTag = claimableTag(OTHER_SERIAL).text();
    // The code is ASCII, so NFC changes nothing; the same code with a trailing space is another
    // code.
    assertThat(verifier.claim(decomposedTag, CLAIM_CODE + " ", Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.WrongCode());
    assertThat(verifier.claim(decomposedTag, CLAIM_CODE, Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.Claimed(START, false));
  }

  @Test
  void claim_recordsEachAttemptAsAScanWithItsOutcome() {
    verifier.claim(tag, "WRONG-CODE-1", Optional.empty(), ScanContext.at(HA_NOI));
    clock.advance(Duration.ofMinutes(1));
    verifier.claim(tag, CLAIM_CODE, Optional.empty(), ScanContext.at(HA_NOI).withDevice("d"));
    clock.advance(Duration.ofMinutes(1));
    verifier.claim(tag, CLAIM_CODE, Optional.empty(), ScanContext.none());

    assertThat(history())
        .extracting(ScanRecord::outcome)
        .containsExactly("claim-already-claimed", "claim-won", "claim-wrong-code");
    assertThat(history().get(1).device()).contains(DeviceFingerprint.compute(salt, "d"));
  }

  @Test
  void claim_withAWrongCode_isWrongCode_andCounted() {
    ClaimOutcome outcome = verifier.claim(tag, "7KQ3-M9XD-2HVC", Optional.empty(), null);

    assertThat(outcome).isEqualTo(new ClaimOutcome.WrongCode());
    assertThat(outcome.toString()).doesNotContain("7KQ3");
    assertThat(ledger.failedClaims(SERIAL, START.minusSeconds(1), START, 10))
        .containsExactly(START);
  }

  @Test
  void claim_afterFiveWrongCodesInAnHour_isThrottledUntilTheOldestLeaves() {
    for (int i = 0; i < 5; i++) {
      assertThat(verifier.claim(tag, "WRONG-" + i, Optional.empty(), null))
          .isEqualTo(new ClaimOutcome.WrongCode());
      clock.advance(Duration.ofMinutes(10));
    }
    Instant retryAfter = START.plus(Duration.ofHours(1));

    assertThat(verifier.claim(tag, CLAIM_CODE, Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.Throttled(retryAfter));
    clock.set(retryAfter.minusMillis(1));
    assertThat(verifier.claim(tag, "WRONG-6", Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.Throttled(retryAfter));
    clock.set(retryAfter);
    assertThat(verifier.claim(tag, CLAIM_CODE, Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.Claimed(retryAfter, false));
  }

  @Test
  void claim_throttleCountsPerSerial() {
    String other = claimableTag(OTHER_SERIAL).text();
    for (int i = 0; i < 5; i++) {
      verifier.claim(tag, "WRONG-" + i, Optional.empty(), null);
    }

    assertThat(verifier.claim(other, CLAIM_CODE, Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.Claimed(START, false));
  }

  @Test
  void claim_withAStricterPolicy_throttlesSooner() {
    ScanVerifier strict = verifier.toBuilder()
        .policy(CopyDetectionPolicy.builder()
            .maxFailedClaims(2)
            .failedClaimWindow(Duration.ofMinutes(5))
            .build())
        .build();
    strict.claim(tag, "WRONG-1", Optional.empty(), null);
    clock.advance(Duration.ofMinutes(1));
    strict.claim(tag, "WRONG-2", Optional.empty(), null);

    assertThat(strict.claim(tag, CLAIM_CODE, Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.Throttled(START.plus(Duration.ofMinutes(5))));
  }

  @Test
  void claim_whenTheTagHasNoClaimCode_isNoClaimCode() {
    assertThat(verifier.claim(plainTag(SERIAL).text(), CLAIM_CODE, Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.NoClaimCode());
  }

  @Test
  void claim_whenTheTagIsNotGenuine_isTagNotGenuine() {
    assertThat(verifier.claim("HTTPS://BATTRANG.VN/T/123", CLAIM_CODE, Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.TagNotGenuine(RejectionReason.MALFORMED));
    assertThat(verifier.claim(null, CLAIM_CODE, Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.TagNotGenuine(RejectionReason.MALFORMED));
  }

  @Test
  void claim_whenTheRequestIsMalformed_isInvalidRequest_andNotCounted() {
    assertThat(verifier.claim(tag, null, Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.InvalidRequest("claimCode must not be null"));
    assertThat(verifier.claim(tag, " \t", Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.InvalidRequest("claimCode must not be blank"));
    assertThat(verifier.claim(tag, "X".repeat(65), Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.InvalidRequest("claimCode must be at most 64 characters"));
    assertThat(verifier.claim(tag, "X".repeat(10_000_000), Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.InvalidRequest("claimCode must be at most 64 characters"));
    assertThat(verifier.claim(tag, CLAIM_CODE, Optional.of(" "), null))
        .isEqualTo(new ClaimOutcome.InvalidRequest("buyerToken must not be blank"));
    assertThat(verifier.claim(tag, CLAIM_CODE, Optional.of("b".repeat(513)), null))
        .isEqualTo(new ClaimOutcome.InvalidRequest("buyerToken must be at most 512 characters"));
    assertThat(ledger.failedClaims(SERIAL, START.minusSeconds(1), START, 10)).isEmpty();
    assertThat(verifier.claim(tag, CLAIM_CODE, null, null))
        .isEqualTo(new ClaimOutcome.Claimed(START, false));
    // A code of 64 letters with two combining marks each: 192 UTF-16 units, 64 once composed.
    assertThat(verifier.claim(tag, "e\u0302\u0303".repeat(64), Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.WrongCode());
  }

  // --- claim, ledger down ---

  @Test
  void claim_whenTheLedgerIsDown_isLedgerUnavailable() {
    ScanVerifier down = verifierOver(FailingLedger.down(ledger, Op.FAILED_CLAIMS));

    ClaimOutcome outcome = down.claim(tag, CLAIM_CODE, Optional.empty(), null);

    assertThat(outcome)
        .isEqualTo(new ClaimOutcome.LedgerUnavailable(
            "the ledger database is unreachable (java.sql.SQLException)"));
  }

  @Test
  void claim_whenTheClaimWriteFails_isLedgerUnavailable() {
    ScanVerifier down = verifierOver(FailingLedger.down(ledger, Op.CLAIM));

    assertThat(down.claim(tag, CLAIM_CODE, Optional.empty(), null))
        .isInstanceOf(ClaimOutcome.LedgerUnavailable.class);
    assertThat(verifier.claim(tag, CLAIM_CODE, Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.Claimed(START, false));
  }

  @Test
  void claim_whenAWrongCodeCannotBeCounted_isLedgerUnavailableNotWrongCode() {
    ScanVerifier down = verifierOver(FailingLedger.down(ledger, Op.RECORD_FAILED_CLAIM));

    assertThat(down.claim(tag, "WRONG", Optional.empty(), null))
        .isInstanceOf(ClaimOutcome.LedgerUnavailable.class);
  }

  @Test
  void claim_whenTheSaltCannotBeRead_forABuyerToken_isLedgerUnavailable() {
    ScanVerifier down =
        verifierOver(FailingLedger.down(InMemoryScanLedger.create(new SecureRandom()), Op.SALT));

    assertThat(down.claim(tag, CLAIM_CODE, Optional.of("buyer-lan"), null))
        .isInstanceOf(ClaimOutcome.LedgerUnavailable.class);
    assertThat(down.claim(tag, CLAIM_CODE, Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.Claimed(START, false));
  }

  @Test
  void claim_whenOnlyTheScanRecordFails_theOutcomeStands() {
    ScanVerifier down = verifierOver(FailingLedger.down(ledger, Op.RECORD));

    assertThat(down.claim(tag, CLAIM_CODE, Optional.empty(), null))
        .isEqualTo(new ClaimOutcome.Claimed(START, false));
  }

  // --- concurrency ---

  @Test
  void claim_concurrentlyFromSixteenThreads_exactlyOneWins() throws Exception {
    int threads = 16;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<ClaimOutcome>> outcomes = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        String buyer = "buyer-" + t;
        outcomes.add(pool.submit(() -> {
          start.await();
          return verifier.claim(tag, CLAIM_CODE, Optional.of(buyer), null);
        }));
      }
      start.countDown();
      List<ClaimOutcome> results = new ArrayList<>();
      for (Future<ClaimOutcome> outcome : outcomes) {
        results.add(outcome.get(60, TimeUnit.SECONDS));
      }

      assertThat(results).filteredOn(ClaimOutcome.Claimed.class::isInstance).hasSize(1);
      assertThat(results)
          .filteredOn(ClaimOutcome.AlreadyClaimed.class::isInstance)
          .hasSize(threads - 1)
          .allSatisfy(o -> assertThat(o).isEqualTo(new ClaimOutcome.AlreadyClaimed(START, false)));
    } finally {
      pool.shutdownNow();
    }
  }

  // --- never throws ---

  static Stream<Long> seeds() {
    return Stream.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void verifyAndClaim_withRandomInput_neverThrow(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      String text = mutate(random, tag);
      String code = mutate(random, CLAIM_CODE);
      Optional<String> buyer =
          random.nextBoolean() ? Optional.empty() : Optional.of(mutate(random, "buyer"));

      assertThat(verifier.verify(text, ScanContext.at(HA_NOI))).isNotNull();
      ClaimOutcome outcome = verifier.claim(text, code, buyer, null);
      assertThat(outcome).isNotNull();
      assertThat(outcome).isNotInstanceOf(ClaimOutcome.LedgerUnavailable.class);
      byte[] bytes = new byte[random.nextInt(64)];
      random.nextBytes(bytes);
      assertThat(verifier.verifyImage(bytes, null).status())
          .isEqualTo(ScanVerdict.Status.NOT_GENUINE);
    }
  }

  private static String mutate(Random random, String base) {
    switch (random.nextInt(5)) {
      case 0:
        return "";
      case 1:
        byte[] bytes = new byte[random.nextInt(100)];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
      case 2:
        return base;
      default:
        char[] chars = base.toCharArray();
        chars[random.nextInt(chars.length)] = (char) ('0' + random.nextInt(43));
        return new String(chars);
    }
  }

  // --- builder and secrets ---

  @Test
  void build_whenASettingIsMissing_failsNamingIt() {
    assertThatThrownBy(() -> ScanVerifier.builder().ledger(ledger).clock(clock).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("tagVerifier must not be null: null");
    assertThatThrownBy(
            () -> ScanVerifier.builder().tagVerifier(TAG_VERIFIER).clock(clock).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ledger must not be null: null");
    assertThatThrownBy(() ->
            ScanVerifier.builder().tagVerifier(TAG_VERIFIER).ledger(ledger).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("clock must not be null: null");
    assertThatThrownBy(() -> verifier.toBuilder().policy(null).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("policy must not be null: null");
  }

  @Test
  void toBuilder_keepsEverySetting() {
    assertThat(verifier.toBuilder().build().policy()).isEqualTo(CopyDetectionPolicy.defaults());
    assertThat(verifier.toBuilder().build().toString()).isEqualTo(verifier.toString());
  }

  @Test
  void toString_showsNeitherSaltNorSecrets() {
    ScanVerifier withSalt = verifier.toBuilder().salt(salt).build();

    assertThat(withSalt.toString())
        .startsWith(
            "ScanVerifier[ledger=InMemoryScanLedger[serials=0], policy=CopyDetectionPolicy[")
        .doesNotContain("LedgerSalt");
  }
}
