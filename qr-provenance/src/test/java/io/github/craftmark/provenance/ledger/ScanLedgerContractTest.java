package io.github.craftmark.provenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.tag.TagSerial;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ScanLedger} must have, run against each store by a subclass that
 * supplies a fresh ledger (and may supply the clock the tests take their times from).
 *
 * <p>Each test uses serials of its own, drawn at random, so a store shared with earlier runs
 * still gives exact counts; only the pruning tests touch other serials' data.
 */
public abstract class ScanLedgerContractTest {
  /** Long enough for 16,000 claims on a slow shared machine; a deadlock never ends. */
  private static final long CONCURRENCY_TIMEOUT_SECONDS = 300;

  private static final SecureRandom SERIALS = new SecureRandom();
  private static final ScanPlace HA_NOI = ScanPlace.province("01");
  private static final ScanPlace HO_CHI_MINH = ScanPlace.province("79");
  private static final ScanPlace DA_NANG = ScanPlace.province("48");
  private static final ScanPlace HOAN_KIEM_CELL = ScanPlace.geohash("w7er8");

  /** The ledger under test, fresh for each test. */
  protected ScanLedger ledger;

  /** The start of each test's times, from {@link #clock()}, to the millisecond. */
  protected Instant t0;

  private LedgerSalt salt;

  /**
   * Returns a fresh, empty ledger for one test.
   *
   * @return the ledger
   * @throws Exception when the store cannot be set up
   */
  protected abstract ScanLedger newLedger() throws Exception;

  /**
   * Returns the clock the tests take their times from; a fixed mid-day instant by default.
   *
   * @return the clock
   */
  protected Clock clock() {
    return Clock.fixed(Instant.parse("2025-07-15T03:04:05.678Z"), ZoneOffset.UTC);
  }

  @BeforeEach
  void openLedger() throws Exception {
    ledger = newLedger();
    t0 = clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    salt = LedgerSalt.of(new byte[32]);
  }

  @AfterEach
  void closeLedger() {
    if (ledger != null) {
      ledger.close();
    }
  }

  private static TagSerial newSerial() {
    return TagSerial.random(SERIALS);
  }

  private DeviceFingerprint device(String id) {
    return DeviceFingerprint.compute(salt, id);
  }

  private BuyerTokenHash buyer(String token) {
    return BuyerTokenHash.compute(salt, token);
  }

  private static ScanRecord scan(TagSerial serial, Instant at, ScanPlace place) {
    return ScanRecord.genuine(serial, at, place);
  }

  private Instant at(long seconds) {
    return t0.plusSeconds(seconds);
  }

  // --- salt ---

  @Test
  void salt_isTheSameOnEveryCall() {
    LedgerSalt first = ledger.salt();

    assertThat(ledger.salt()).isEqualTo(first);
    assertThat(first.revealBytes()).hasSizeBetween(LedgerSalt.MIN_LENGTH, LedgerSalt.MAX_LENGTH);
  }

  // --- record and history ---

  @Test
  void history_ofSerialNeverSeen_isEmpty() {
    TagSerial serial = newSerial();

    assertThat(ledger.history(serial, 10)).isEqualTo(new ScanHistory(serial, List.of(), false));
  }

  @Test
  void record_keepsEveryFieldToTheMillisecond() {
    TagSerial serial = newSerial();
    ScanRecord withDevice = new ScanRecord(
        serial,
        t0.plusNanos(123_456),
        HOAN_KIEM_CELL,
        Optional.of(device("phone-1")),
        "claim-wrong-code");
    ScanRecord unknownPlace = scan(serial, at(1), ScanPlace.unknown());
    ScanRecord inProvince = scan(serial, at(2), HO_CHI_MINH);

    ledger.record(withDevice);
    ledger.record(unknownPlace);
    ledger.record(inProvince);

    ScanHistory history = ledger.history(serial, 10);
    assertThat(history.scans()).containsExactly(inProvince, unknownPlace, withDevice);
    assertThat(history.scans().get(2).at()).isEqualTo(t0);
    assertThat(history.more()).isFalse();
  }

  @Test
  void history_isNewestFirst_andSameInstantLastRecordedFirst() {
    TagSerial serial = newSerial();
    ScanRecord late = scan(serial, at(60), HA_NOI);
    ScanRecord early = scan(serial, at(0), HA_NOI);
    ScanRecord sameFirst = scan(serial, at(30), DA_NANG);
    ScanRecord sameSecond = scan(serial, at(30), HO_CHI_MINH);

    ledger.record(late);
    ledger.record(early);
    ledger.record(sameFirst);
    ledger.record(sameSecond);

    assertThat(ledger.history(serial, 10).scans())
        .containsExactly(late, sameSecond, sameFirst, early);
  }

  @Test
  void history_keepsIdenticalScansApart() {
    TagSerial serial = newSerial();
    ScanRecord scan = scan(serial, at(0), HA_NOI);

    ledger.record(scan);
    ledger.record(scan);

    assertThat(ledger.history(serial, 10).scans()).containsExactly(scan, scan);
    assertThat(ledger.stats(serial, at(-1), at(0)).scans()).isEqualTo(2);
  }

  @Test
  void history_whenMoreThanLimit_returnsNewestAndSaysMore() {
    TagSerial serial = newSerial();
    List<ScanRecord> scans = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ScanRecord scan = scan(serial, at(i), HA_NOI);
      scans.add(scan);
      ledger.record(scan);
    }

    ScanHistory three = ledger.history(serial, 3);
    ScanHistory five = ledger.history(serial, 5);

    assertThat(three.scans()).containsExactly(scans.get(4), scans.get(3), scans.get(2));
    assertThat(three.more()).isTrue();
    assertThat(five.scans()).hasSize(5);
    assertThat(five.more()).isFalse();
  }

  @Test
  void history_doesNotMixSerials() {
    TagSerial one = newSerial();
    TagSerial other = newSerial();
    ledger.record(scan(one, at(0), HA_NOI));

    assertThat(ledger.history(other, 10).scans()).isEmpty();
    assertThat(ledger.stats(other, at(-10), at(10)).scans()).isZero();
  }

  // --- stats ---

  @Test
  void stats_ofSerialNeverSeen_isZero() {
    TagSerial serial = newSerial();

    assertThat(ledger.stats(serial, at(-60), at(0)))
        .isEqualTo(new ScanStats(serial, at(-60), at(0), 0, 0, 0, List.of(), Optional.empty()));
  }

  @Test
  void stats_windowExcludesItsStartAndIncludesItsEnd() {
    TagSerial serial = newSerial();
    Instant from = at(0);
    Instant to = at(30);
    ledger.record(scan(serial, from.minusMillis(1), HA_NOI));
    ledger.record(scan(serial, from, HA_NOI));
    ledger.record(scan(serial, from.plusMillis(1), DA_NANG));
    ledger.record(scan(serial, to, HO_CHI_MINH));
    ledger.record(scan(serial, to.plusMillis(1), HOAN_KIEM_CELL));

    ScanStats stats = ledger.stats(serial, from, to);

    assertThat(stats.scans()).isEqualTo(2);
    assertThat(stats.distinctPlaces()).isEqualTo(2);
    assertThat(ledger.stats(serial, from.minusMillis(1), to).scans()).isEqualTo(3);
    assertThat(ledger.stats(serial, from, to.plusMillis(1)).scans()).isEqualTo(3);
    assertThat(ledger.stats(serial, to, to).scans()).isZero();
    assertThat(ledger.stats(serial, to.minusMillis(1), to).scans()).isEqualTo(1);
  }

  @Test
  void stats_boundsFinerThanMilliseconds_giveTheSameAnswer() {
    TagSerial serial = newSerial();
    ledger.record(scan(serial, at(0), HA_NOI));
    ledger.record(scan(serial, at(10), HA_NOI));

    assertThat(ledger
            .stats(serial, at(0).plusNanos(999_999), at(10).plusNanos(999_999))
            .scans())
        .isEqualTo(1);
    assertThat(ledger.stats(serial, at(0).minusNanos(1), at(10).minusNanos(1)).scans())
        .isEqualTo(1);
  }

  @Test
  void stats_countsDistinctKnownPlacesAndDevices() {
    TagSerial serial = newSerial();
    DeviceFingerprint phone = device("phone");
    DeviceFingerprint tablet = device("tablet");
    ledger.record(scan(serial, at(1), HA_NOI).withDevice(phone));
    ledger.record(scan(serial, at(2), HA_NOI).withDevice(phone));
    ledger.record(scan(serial, at(3), ScanPlace.unknown()).withDevice(tablet));
    ledger.record(scan(serial, at(4), ScanPlace.unknown()));
    ledger.record(scan(serial, at(5), HOAN_KIEM_CELL));
    ledger.record(scan(serial, at(6), ScanPlace.geohash("w7er")));

    ScanStats stats = ledger.stats(serial, at(0), at(10));

    assertThat(stats.scans()).isEqualTo(6);
    assertThat(stats.distinctPlaces()).isEqualTo(3);
    assertThat(stats.distinctDevices()).isEqualTo(2);
  }

  @Test
  void stats_latestPlacedScans_areTheTwoNewestPlacedUpToTheEnd_ofAnyAge() {
    TagSerial serial = newSerial();
    ScanRecord longAgo = scan(serial, at(-86_400 * 400L), DA_NANG);
    ScanRecord placed = scan(serial, at(5), HA_NOI);
    ScanRecord unplaced = scan(serial, at(7), ScanPlace.unknown());
    ScanRecord after = scan(serial, at(20), HO_CHI_MINH);
    ledger.record(longAgo);
    ledger.record(placed);
    ledger.record(unplaced);
    ledger.record(after);

    assertThat(ledger.stats(serial, at(0), at(10)).latestPlacedScans())
        .containsExactly(placed, longAgo);
    assertThat(ledger.stats(serial, at(0), at(20)).latestPlacedScans())
        .containsExactly(after, placed);
    assertThat(ledger.stats(serial, at(0), at(20)).lastPlacedScan()).contains(after);
    assertThat(ledger.stats(serial, at(-86_400 * 500L), at(-86_400 * 400L)).latestPlacedScans())
        .containsExactly(longAgo);
    assertThat(ledger.stats(serial, at(-86_400 * 500L), at(-86_400 * 450L)).lastPlacedScan())
        .isEmpty();
  }

  @Test
  void stats_latestPlacedScans_ofTheSameInstant_lastRecordedFirst() {
    TagSerial serial = newSerial();
    ScanRecord first = scan(serial, at(5), HA_NOI);
    ScanRecord second = scan(serial, at(5), DA_NANG);
    ScanRecord third = scan(serial, at(5), HO_CHI_MINH);
    ledger.record(first);
    ledger.record(second);
    ledger.record(third);

    assertThat(ledger.stats(serial, at(0), at(5)).latestPlacedScans())
        .containsExactly(third, second);
  }

  @Test
  void stats_reportsTheClaim_onlyOnceClaimedByTheEnd() {
    TagSerial serial = newSerial();
    ledger.claim(serial, at(10), HA_NOI, Optional.of(buyer("account-42")));

    assertThat(ledger.stats(serial, at(0), at(9)).claim()).isEmpty();
    assertThat(ledger.stats(serial, at(0), at(10)).claim())
        .contains(new ClaimRecord(at(10), HA_NOI, true));
    assertThat(ledger.stats(serial, at(20), at(30)).claim())
        .contains(new ClaimRecord(at(10), HA_NOI, true));
  }

  // --- claims ---

  @Test
  void claim_firstWins_laterClaimsGetTheWinnersTime() {
    TagSerial serial = newSerial();

    ClaimOutcome first = ledger.claim(serial, at(0).plusNanos(500), HA_NOI, Optional.empty());
    ClaimOutcome second = ledger.claim(serial, at(60), HO_CHI_MINH, Optional.empty());
    ClaimOutcome earlierTime = ledger.claim(serial, at(-60), DA_NANG, Optional.empty());

    assertThat(first).isEqualTo(new ClaimOutcome.Claimed(at(0), false));
    assertThat(second).isEqualTo(new ClaimOutcome.AlreadyClaimed(at(0), false));
    assertThat(earlierTime).isEqualTo(new ClaimOutcome.AlreadyClaimed(at(0), false));
    assertThat(ledger.stats(serial, at(-1), at(100)).claim())
        .contains(new ClaimRecord(at(0), HA_NOI, false));
  }

  @Test
  void claim_recordsNoScan() {
    TagSerial serial = newSerial();

    ledger.claim(serial, at(0), HA_NOI, Optional.empty());

    assertThat(ledger.history(serial, 10).scans()).isEmpty();
    assertThat(ledger.stats(serial, at(-1), at(1)).scans()).isZero();
  }

  @Test
  void claim_sameBuyer_onlyWhenBothGaveTheSameToken() {
    TagSerial withToken = newSerial();
    TagSerial withoutToken = newSerial();

    assertThat(ledger.claim(withToken, at(0), HA_NOI, Optional.of(buyer("lan@example.vn"))))
        .isEqualTo(new ClaimOutcome.Claimed(at(0), true));
    assertThat(ledger.claim(withToken, at(1), HA_NOI, Optional.of(buyer("lan@example.vn"))))
        .isEqualTo(new ClaimOutcome.AlreadyClaimed(at(0), true));
    assertThat(ledger.claim(withToken, at(2), HA_NOI, Optional.of(buyer("minh@example.vn"))))
        .isEqualTo(new ClaimOutcome.AlreadyClaimed(at(0), false));
    assertThat(ledger.claim(withToken, at(3), HA_NOI, Optional.empty()))
        .isEqualTo(new ClaimOutcome.AlreadyClaimed(at(0), false));

    ledger.claim(withoutToken, at(0), HA_NOI, Optional.empty());
    assertThat(ledger.claim(withoutToken, at(1), HA_NOI, Optional.of(buyer("lan@example.vn"))))
        .isEqualTo(new ClaimOutcome.AlreadyClaimed(at(0), false));
  }

  @Test
  void claim_ofOneSerial_doesNotClaimAnother() {
    TagSerial one = newSerial();
    TagSerial other = newSerial();
    ledger.claim(one, at(0), HA_NOI, Optional.empty());

    assertThat(ledger.claim(other, at(5), HA_NOI, Optional.empty()))
        .isEqualTo(new ClaimOutcome.Claimed(at(5), false));
  }

  // --- failed claims ---

  @Test
  void failedClaims_inTheWindow_newestFirst_limited() {
    TagSerial serial = newSerial();
    for (int i = 0; i <= 6; i++) {
      ledger.recordFailedClaim(serial, at(i * 10L));
    }
    ledger.recordFailedClaim(newSerial(), at(35));

    assertThat(ledger.failedClaims(serial, at(10), at(40), 10))
        .containsExactly(at(40), at(30), at(20));
    assertThat(ledger.failedClaims(serial, at(0), at(60), 2)).containsExactly(at(60), at(50));
    assertThat(ledger.failedClaims(serial, at(60), at(100), 10)).isEmpty();
    assertThat(ledger.failedClaims(newSerial(), at(0), at(60), 10)).isEmpty();
  }

  @Test
  void failedClaims_keepsAttemptsOfTheSameMillisecond() {
    TagSerial serial = newSerial();
    ledger.recordFailedClaim(serial, at(1));
    ledger.recordFailedClaim(serial, at(1).plusNanos(10));

    assertThat(ledger.failedClaims(serial, at(0), at(1), 10)).containsExactly(at(1), at(1));
  }

  // --- pruning and aggregation ---

  /** Midnight UTC, 100 days before the first test time's day. */
  private Instant day(int offset) {
    return t0.atOffset(ZoneOffset.UTC)
        .toLocalDate()
        .minusDays(100)
        .plusDays(offset)
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant();
  }

  @Test
  void prune_aggregating_keepsScanAndPlaceCountsOfWholeDays() {
    TagSerial serial = newSerial();
    ledger.record(scan(serial, day(0), HA_NOI).withDevice(device("a")));
    ledger.record(scan(serial, day(0).plusSeconds(3600), HA_NOI).withDevice(device("b")));
    ledger.record(scan(serial, day(1).plusSeconds(7200), DA_NANG));
    ledger.record(scan(serial, day(1).plusSeconds(7201), ScanPlace.unknown()));
    ledger.record(scan(serial, day(2).minusMillis(1), HOAN_KIEM_CELL));
    ScanRecord kept = scan(serial, day(2).plusSeconds(60), HO_CHI_MINH);
    ledger.record(kept);
    Instant from = day(0).minusMillis(1);
    Instant to = day(3);
    ScanStats before = ledger.stats(serial, from, to);

    long removed = ledger.prune(RetentionPolicy.aggregateAfter(Duration.ofDays(98)), t0);

    ScanStats after = ledger.stats(serial, from, to);
    assertThat(removed).isGreaterThanOrEqualTo(5);
    assertThat(ledger.history(serial, 10).scans()).containsExactly(kept);
    assertThat(before.scans()).isEqualTo(6);
    assertThat(before.distinctPlaces()).isEqualTo(4);
    assertThat(before.distinctDevices()).isEqualTo(2);
    assertThat(after.scans()).isEqualTo(6);
    assertThat(after.distinctPlaces()).isEqualTo(4);
    assertThat(after.distinctDevices()).isZero();
    assertThat(after.latestPlacedScans()).containsExactly(kept);
    assertThat(
            ledger.stats(serial, day(1).minusMillis(1), day(2).minusMillis(1)).scans())
        .isEqualTo(3);
  }

  @Test
  void prune_aggregatedDay_countsWhenItsStartIsInTheWindow() {
    TagSerial serial = newSerial();
    ledger.record(scan(serial, day(0).plusSeconds(36_000), HA_NOI));
    ledger.record(scan(serial, day(0).plusSeconds(36_001), DA_NANG));
    ledger.prune(RetentionPolicy.aggregateAfter(Duration.ofDays(99)), t0);

    assertThat(ledger.stats(serial, day(0).minusMillis(1), day(0)).scans()).isEqualTo(2);
    assertThat(ledger.stats(serial, day(0).minusMillis(1), day(0)).distinctPlaces())
        .isEqualTo(2);
    assertThat(ledger.stats(serial, day(0), day(1)).scans()).isZero();
    assertThat(ledger.stats(serial, day(-1), day(0).minusMillis(1)).scans()).isZero();
  }

  @Test
  void prune_cutsAtTheStartOfTheDayOfNowMinusKeep() {
    TagSerial serial = newSerial();
    ScanRecord lastOfDay = scan(serial, day(1).minusMillis(1), HA_NOI);
    ScanRecord firstOfNextDay = scan(serial, day(1), HA_NOI);
    ledger.record(lastOfDay);
    ledger.record(firstOfNextDay);
    RetentionPolicy policy = RetentionPolicy.deleteAfter(Duration.ofDays(99));
    Instant now = day(100).plusSeconds(43_200);

    assertThat(policy.scanCutoff(now)).isEqualTo(day(1));
    ledger.prune(policy, now);

    assertThat(ledger.history(serial, 10).scans()).containsExactly(firstOfNextDay);
  }

  @Test
  void prune_deleting_forgetsOldScans() {
    TagSerial serial = newSerial();
    ledger.record(scan(serial, day(0), HA_NOI));
    ledger.record(scan(serial, day(0).plusSeconds(1), DA_NANG));

    ledger.prune(RetentionPolicy.deleteAfter(Duration.ofDays(30)), t0);

    assertThat(ledger.history(serial, 10).scans()).isEmpty();
    assertThat(ledger.stats(serial, day(-1), t0))
        .isEqualTo(new ScanStats(serial, day(-1), t0, 0, 0, 0, List.of(), Optional.empty()));
  }

  @Test
  void prune_again_changesNoCount() {
    TagSerial serial = newSerial();
    ledger.record(scan(serial, day(0).plusSeconds(5), HA_NOI));
    ledger.record(scan(serial, day(0).plusSeconds(6), HA_NOI));
    RetentionPolicy policy = RetentionPolicy.aggregateAfter(Duration.ofDays(30));

    ledger.prune(policy, t0);
    ledger.prune(policy, t0);

    assertThat(ledger.stats(serial, day(-1), t0).scans()).isEqualTo(2);
    assertThat(ledger.stats(serial, day(-1), t0).distinctPlaces()).isEqualTo(1);
  }

  @Test
  void prune_addsALateOldScanToTheDaysAggregate() {
    TagSerial serial = newSerial();
    RetentionPolicy policy = RetentionPolicy.aggregateAfter(Duration.ofDays(30));
    ledger.record(scan(serial, day(0).plusSeconds(5), HA_NOI));
    ledger.prune(policy, t0);
    ledger.record(scan(serial, day(0).plusSeconds(50), HA_NOI));
    ledger.record(scan(serial, day(0).plusSeconds(60), DA_NANG));

    assertThat(ledger.prune(policy, t0)).isGreaterThanOrEqualTo(2);

    ScanStats stats = ledger.stats(serial, day(-1), t0);
    assertThat(stats.scans()).isEqualTo(3);
    assertThat(stats.distinctPlaces()).isEqualTo(2);
    assertThat(ledger.history(serial, 10).scans()).isEmpty();
  }

  @Test
  void prune_deletesAggregatesOlderThanTheirKeep() {
    TagSerial serial = newSerial();
    RetentionPolicy policy = RetentionPolicy.aggregateAfter(Duration.ofDays(30))
        .withAggregatesKeptFor(Duration.ofDays(99));
    ledger.record(scan(serial, day(0).plusSeconds(5), HA_NOI));
    ledger.record(scan(serial, day(1).plusSeconds(5), DA_NANG));

    ledger.prune(policy, t0);

    assertThat(policy.aggregateCutoff(t0)).contains(day(1));
    ScanStats stats = ledger.stats(serial, day(-1), t0);
    assertThat(stats.scans()).isEqualTo(1);
    assertThat(stats.distinctPlaces()).isEqualTo(1);
  }

  @Test
  void prune_deletesOldFailedClaims_butNeverClaims() {
    TagSerial serial = newSerial();
    ledger.claim(serial, day(0), HA_NOI, Optional.of(buyer("lan")));
    ledger.recordFailedClaim(serial, day(0).plusSeconds(1));
    ledger.recordFailedClaim(serial, t0.minusSeconds(60));

    ledger.prune(RetentionPolicy.deleteAfter(Duration.ofDays(1)), t0);

    assertThat(ledger.failedClaims(serial, day(-1), t0, 10)).containsExactly(t0.minusSeconds(60));
    assertThat(ledger.claim(serial, t0, HO_CHI_MINH, Optional.of(buyer("lan"))))
        .isEqualTo(new ClaimOutcome.AlreadyClaimed(day(0), true));
    assertThat(ledger.stats(serial, day(-1), t0).claim())
        .contains(new ClaimRecord(day(0), HA_NOI, true));
  }

  // --- arguments ---

  @Test
  void arguments_whenInvalid_areRejectedNamingTheField() {
    TagSerial serial = newSerial();

    assertThatThrownBy(() -> ledger.record(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("scan must not be null: null");
    assertThatThrownBy(() -> ledger.history(serial, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("limit must be 1..1000: 0");
    assertThatThrownBy(() -> ledger.history(null, 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("serial must not be null: null");
    assertThatThrownBy(() -> ledger.stats(serial, at(1), at(0)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("from must not be after to " + at(0) + ": " + at(1));
    assertThatThrownBy(() -> ledger.failedClaims(serial, at(0), at(1), 1001))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("limit must be 1..1000: 1001");
    assertThatThrownBy(() -> ledger.claim(serial, at(0), HA_NOI, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("buyer must not be null: null");
    assertThatThrownBy(() -> ledger.claim(serial, null, HA_NOI, Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("at must not be null: null");
    assertThatThrownBy(() -> ledger.recordFailedClaim(serial, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("at must not be null: null");
    assertThatThrownBy(() -> ledger.prune(null, t0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("policy must not be null: null");
  }

  // --- concurrency ---

  /**
   * 16 threads × 1,000 operations over 100 serials: each records a scan, then claims with the
   * right code (three times in four) or counts a wrong code. Exactly one claim per serial wins,
   * every loser learns the winner's time, and no scan or failed attempt is lost.
   */
  @Test
  void concurrentClaims_exactlyOneWinsPerSerial_andNothingIsLost() throws Exception {
    int threads = 16;
    int perThread = 1000;
    List<TagSerial> serials = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      serials.add(newSerial());
    }
    Map<TagSerial, AtomicInteger> scans = new ConcurrentHashMap<>();
    Map<TagSerial, AtomicInteger> wrongCodes = new ConcurrentHashMap<>();
    Map<TagSerial, List<ClaimOutcome>> outcomes = new ConcurrentHashMap<>();
    for (TagSerial serial : serials) {
      scans.put(serial, new AtomicInteger());
      wrongCodes.put(serial, new AtomicInteger());
      outcomes.put(serial, java.util.Collections.synchronizedList(new ArrayList<>()));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Random random = new Random(4_000 + t);
        int thread = t;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            // Few serials drawn often: every serial is claimed by many threads at once.
            TagSerial serial = serials.get(random.nextInt(serials.size()));
            Instant when = t0.plusMillis(thread * 10_000L + i);
            ledger.record(scan(serial, when, ScanPlace.province(i % 2 == 0 ? "01" : "79")));
            scans.get(serial).incrementAndGet();
            if (random.nextInt(4) == 0) {
              ledger.recordFailedClaim(serial, when);
              wrongCodes.get(serial).incrementAndGet();
            } else {
              outcomes.get(serial).add(ledger.claim(serial, when, HA_NOI, Optional.empty()));
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(CONCURRENCY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    Instant from = t0.minusMillis(1);
    Instant to = t0.plusMillis(threads * 10_000L);
    long totalScans = 0;
    for (TagSerial serial : serials) {
      List<ClaimOutcome> claims = outcomes.get(serial);
      List<ClaimOutcome.Claimed> won = claims.stream()
          .filter(ClaimOutcome.Claimed.class::isInstance)
          .map(ClaimOutcome.Claimed.class::cast)
          .toList();
      assertThat(won).as("winners of %s", serial).hasSize(1);
      Instant winnerAt = won.get(0).at();
      assertThat(claims)
          .filteredOn(c -> !(c instanceof ClaimOutcome.Claimed))
          .allSatisfy(
              c -> assertThat(c).isEqualTo(new ClaimOutcome.AlreadyClaimed(winnerAt, false)));
      ScanStats stats = ledger.stats(serial, from, to);
      assertThat(stats.scans())
          .as("scans of %s", serial)
          .isEqualTo(scans.get(serial).get());
      assertThat(stats.claim()).contains(new ClaimRecord(winnerAt, HA_NOI, false));
      assertThat(ledger.failedClaims(serial, from, to, ScanLedger.MAX_FAILED_CLAIMS))
          .as("failed claims of %s", serial)
          .hasSize(wrongCodes.get(serial).get());
      totalScans += stats.scans();
    }
    assertThat(totalScans).isEqualTo((long) threads * perThread);
    Map<TagSerial, Integer> claimCalls = new HashMap<>();
    outcomes.forEach((serial, list) -> claimCalls.put(serial, list.size()));
    assertThat(claimCalls.values()).allSatisfy(n -> assertThat(n).isGreaterThan(1));
  }
}
