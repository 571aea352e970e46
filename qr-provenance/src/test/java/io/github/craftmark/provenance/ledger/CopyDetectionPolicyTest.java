package io.github.craftmark.provenance.ledger;

import static io.github.craftmark.provenance.ledger.LedgerFixture.SERIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CopyDetectionPolicyTest {
  private static final Instant NOW = Instant.parse("2025-07-02T02:00:00Z");
  private static final CopyDetectionPolicy DEFAULTS = CopyDetectionPolicy.defaults();
  private static final ScanPlace HA_NOI = ScanPlace.province("01");
  private static final ScanPlace BAC_NINH = ScanPlace.province("24");
  private static final ScanPlace HOAN_KIEM = ScanPlace.geohash("w7er8");
  private static final ScanPlace SAI_GON = ScanPlace.geohash("w3gv2");

  private static ScanRecord scan(Instant at, ScanPlace place) {
    return ScanRecord.genuine(SERIAL, at, place);
  }

  private static ScanStats stats(
      long scans, int places, List<ScanRecord> latestPlaced, Optional<ClaimRecord> claim) {
    return new ScanStats(
        SERIAL, NOW.minus(Duration.ofDays(30)), NOW, scans, places, 0, latestPlaced, claim);
  }

  @Test
  void defaults_areTheDocumentedOnes() {
    assertThat(DEFAULTS.window()).isEqualTo(Duration.ofDays(30));
    assertThat(DEFAULTS.maxDistinctPlaces()).isEqualTo(3);
    assertThat(DEFAULTS.maxScans()).isEqualTo(20);
    assertThat(DEFAULTS.maxSpeedKmh()).isEqualTo(200);
    assertThat(DEFAULTS.claimedFarAwayKm()).isEqualTo(300);
    assertThat(DEFAULTS.isEnabled(CopyRule.TOO_MANY_PLACES)).isTrue();
    assertThat(DEFAULTS.isEnabled(CopyRule.TOO_MANY_SCANS)).isTrue();
    assertThat(DEFAULTS.isEnabled(CopyRule.IMPOSSIBLE_TRAVEL)).isTrue();
    assertThat(DEFAULTS.isEnabled(CopyRule.SCANNED_FAR_FROM_CLAIM)).isFalse();
    assertThat(DEFAULTS.maxFailedClaims()).isEqualTo(5);
    assertThat(DEFAULTS.failedClaimWindow()).isEqualTo(Duration.ofHours(1));
    assertThat(DEFAULTS)
        .hasToString("CopyDetectionPolicy[window=PT720H, maxDistinctPlaces=3, maxScans=20,"
            + " maxSpeedKmh=200.0, claimedFarAwayKm=300.0, enabled=[TOO_MANY_PLACES, TOO_MANY_SCANS,"
            + " IMPOSSIBLE_TRAVEL], maxFailedClaims=5, failedClaimWindow=PT1H]");
  }

  @Test
  void toBuilder_keepsEverySetting() {
    CopyDetectionPolicy custom = CopyDetectionPolicy.builder()
        .window(Duration.ofDays(7))
        .maxDistinctPlaces(5)
        .maxScans(50)
        .maxSpeedKmh(900)
        .claimedFarAwayKm(100)
        .enable(CopyRule.SCANNED_FAR_FROM_CLAIM)
        .disable(CopyRule.TOO_MANY_SCANS)
        .maxFailedClaims(3)
        .failedClaimWindow(Duration.ofMinutes(30))
        .build();

    assertThat(custom.toBuilder().build()).isEqualTo(custom).hasSameHashCodeAs(custom);
    assertThat(custom).isNotEqualTo(DEFAULTS);
    assertThat(DEFAULTS.toBuilder().build()).isEqualTo(DEFAULTS);
    CopyDetectionPolicy none = CopyDetectionPolicy.builder()
        .disable(CopyRule.TOO_MANY_PLACES)
        .disable(CopyRule.TOO_MANY_SCANS)
        .disable(CopyRule.IMPOSSIBLE_TRAVEL)
        .build();
    assertThat(none.toBuilder().build()).isEqualTo(none);
  }

  @Test
  void build_whenOutOfRange_failsNamingTheSetting() {
    assertInvalid(
        CopyDetectionPolicy.builder().window(Duration.ofMinutes(59)),
        "window must be 1 hour..3650 days: PT59M");
    assertInvalid(CopyDetectionPolicy.builder().window(null), "window must not be null: null");
    assertInvalid(
        CopyDetectionPolicy.builder().maxDistinctPlaces(0), "maxDistinctPlaces must be 1..1000: 0");
    assertInvalid(CopyDetectionPolicy.builder().maxScans(0), "maxScans must be 1..1000000: 0");
    assertInvalid(
        CopyDetectionPolicy.builder().maxSpeedKmh(Double.NaN), "maxSpeedKmh must be 1..10000: NaN");
    assertInvalid(
        CopyDetectionPolicy.builder().claimedFarAwayKm(0.5),
        "claimedFarAwayKm must be 1..20000: 0.5");
    assertInvalid(
        CopyDetectionPolicy.builder().maxFailedClaims(1001),
        "maxFailedClaims must be 1..1000: 1001");
    assertInvalid(
        CopyDetectionPolicy.builder().failedClaimWindow(Duration.ofSeconds(59)),
        "failedClaimWindow must be 1 minute..30 days: PT59S");
    assertThatThrownBy(() -> CopyDetectionPolicy.builder().enable(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("rule must not be null: null");
  }

  private static void assertInvalid(CopyDetectionPolicy.Builder builder, String message) {
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void assess_atTheThresholds_firesNothing() {
    ScanRecord current = scan(NOW, HA_NOI);

    CopyAssessment assessment =
        DEFAULTS.assess(current, stats(20, 3, List.of(current), Optional.empty()));

    assertThat(assessment.signals()).isEmpty();
    assertThat(assessment.scansInWindow()).isEqualTo(20);
    assertThat(assessment.placesInWindow()).isEqualTo(3);
  }

  @Test
  void assess_aboveBothCounts_firesBoth_inRuleOrder() {
    ScanRecord current = scan(NOW, HA_NOI);

    CopyAssessment assessment =
        DEFAULTS.assess(current, stats(21, 4, List.of(current), Optional.empty()));

    assertThat(assessment.signals())
        .extracting(CopySignal::rule)
        .containsExactly(CopyRule.TOO_MANY_PLACES, CopyRule.TOO_MANY_SCANS);
    assertThat(assessment.fired(CopyRule.IMPOSSIBLE_TRAVEL)).isFalse();
  }

  @Test
  void assess_disabledRules_neverFire() {
    CopyDetectionPolicy quiet = DEFAULTS.toBuilder()
        .disable(CopyRule.TOO_MANY_PLACES)
        .disable(CopyRule.TOO_MANY_SCANS)
        .disable(CopyRule.IMPOSSIBLE_TRAVEL)
        .build();
    ScanRecord current = scan(NOW, HOAN_KIEM);
    ScanRecord before = scan(NOW.minusSeconds(60), SAI_GON);

    assertThat(quiet
            .assess(current, stats(99, 9, List.of(current, before), Optional.empty()))
            .signals())
        .isEmpty();
  }

  @Test
  void assess_travelBetweenGeohashCells_usesTheCellCentres() {
    ScanRecord current = scan(NOW, SAI_GON);
    ScanRecord before = scan(NOW.minus(Duration.ofMinutes(90)), HOAN_KIEM);

    CopyAssessment assessment =
        DEFAULTS.assess(current, stats(2, 2, List.of(current, before), Optional.empty()));

    assertThat(assessment.signals())
        .containsExactly(new CopySignal(
            CopyRule.IMPOSSIBLE_TRAVEL,
            "Scanned at least 1134 km from the previous scan 90 minutes before; that would need"
                + " more than 200 km/h.",
            "Được quét cách lần quét trước ít nhất 1134 km chỉ sau 90 phút; cần tốc độ hơn 200"
                + " km/h."));
  }

  @Test
  void assess_travelJustWithinTheSpeed_doesNotFire() {
    ScanRecord current = scan(NOW, SAI_GON);
    // 1134.26 km at 200 km/h takes 5 h 40 min 17 s.
    ScanRecord slowEnough = scan(NOW.minus(Duration.ofSeconds(5 * 3600 + 40 * 60 + 18)), HOAN_KIEM);
    ScanRecord tooFast = scan(NOW.minus(Duration.ofSeconds(5 * 3600 + 40 * 60 + 16)), HOAN_KIEM);

    assertThat(DEFAULTS
            .assess(current, stats(2, 2, List.of(current, slowEnough), Optional.empty()))
            .signals())
        .isEmpty();
    assertThat(DEFAULTS
            .assess(current, stats(2, 2, List.of(current, tooFast), Optional.empty()))
            .fired(CopyRule.IMPOSSIBLE_TRAVEL))
        .isTrue();
  }

  @Test
  void assess_neighbouringProvinces_neverFireEvenAtOnce() {
    ScanRecord current = scan(NOW, BAC_NINH);
    ScanRecord before = scan(NOW, HA_NOI);

    assertThat(DEFAULTS
            .assess(current, stats(2, 2, List.of(current, before), Optional.empty()))
            .signals())
        .isEmpty();
  }

  @Test
  void assess_previousScanReportedLater_stillComparesTheTimeBetween() {
    ScanRecord current = scan(NOW, HOAN_KIEM);
    ScanRecord fromAFastClock = scan(NOW.plusSeconds(600), SAI_GON);

    assertThat(DEFAULTS
            .assess(current, stats(2, 2, List.of(fromAFastClock, current), Optional.empty()))
            .fired(CopyRule.IMPOSSIBLE_TRAVEL))
        .isTrue();
  }

  @Test
  void assess_withoutAPlaceOrAPreviousPlacedScan_skipsTravel() {
    ScanRecord unplaced = scan(NOW, ScanPlace.unknown());
    ScanRecord before = scan(NOW.minusSeconds(60), SAI_GON);
    ScanRecord alone = scan(NOW, HOAN_KIEM);
    ScanRecord unknownProvince = scan(NOW.minusSeconds(60), ScanPlace.province("99"));

    assertThat(DEFAULTS
            .assess(unplaced, stats(2, 1, List.of(before), Optional.empty()))
            .signals())
        .isEmpty();
    assertThat(DEFAULTS
            .assess(alone, stats(1, 1, List.of(alone), Optional.empty()))
            .signals())
        .isEmpty();
    assertThat(DEFAULTS
            .assess(alone, stats(2, 2, List.of(alone, unknownProvince), Optional.empty()))
            .signals())
        .isEmpty();
  }

  @Test
  void assess_farFromTheClaim_firesOnlyWhenEnabled() {
    CopyDetectionPolicy watchful =
        DEFAULTS.toBuilder().enable(CopyRule.SCANNED_FAR_FROM_CLAIM).build();
    ScanRecord current = scan(NOW, SAI_GON);
    Optional<ClaimRecord> claimedInHaNoi =
        Optional.of(new ClaimRecord(Instant.parse("2025-06-20T08:00:00Z"), HA_NOI, true));

    assertThat(DEFAULTS
            .assess(current, stats(1, 1, List.of(current), claimedInHaNoi))
            .signals())
        .isEmpty();
    assertThat(watchful
            .assess(current, stats(1, 1, List.of(current), claimedInHaNoi))
            .signals())
        .containsExactly(
            new CopySignal(
                CopyRule.SCANNED_FAR_FROM_CLAIM,
                "Scanned at least 1085 km from where it was claimed on 2025-06-20; more than 300 km.",
                "Được quét cách nơi đã xác nhận sản phẩm (ngày 2025-06-20) ít nhất 1085 km; hơn 300 km."));
    assertThat(watchful
            .assess(scan(NOW, HOAN_KIEM), stats(1, 1, List.of(), claimedInHaNoi))
            .signals())
        .isEmpty();
    assertThat(watchful
            .assess(scan(NOW, SAI_GON), stats(1, 1, List.of(), Optional.empty()))
            .signals())
        .isEmpty();
  }

  @Test
  void assess_withAWindowInHours_saysHours() {
    CopyDetectionPolicy daily =
        DEFAULTS.toBuilder().window(Duration.ofHours(12)).maxScans(1).build();
    ScanRecord current = scan(NOW, HA_NOI);

    assertThat(daily
            .assess(current, stats(2, 1, List.of(current), Optional.empty()))
            .signals()
            .get(0)
            .detail())
        .isEqualTo("Scanned 2 times in 12 hours; more than 1 suggests copies of the QR code.");
  }

  @Test
  void assess_statsOfAnotherSerial_areRejected() {
    ScanRecord current = scan(NOW, HA_NOI);
    ScanStats other = new ScanStats(
        LedgerFixture.OTHER_SERIAL, NOW.minusSeconds(1), NOW, 0, 0, 0, List.of(), Optional.empty());

    assertThatThrownBy(() -> DEFAULTS.assess(current, other))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("stats must be of serial " + SERIAL + ": " + LedgerFixture.OTHER_SERIAL);
  }
}
