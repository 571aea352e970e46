package io.github.craftmark.provenance.ledger;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.ledger.LedgerChecks;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How long a scan ledger keeps scans one by one, and what it does with older ones: fold them into
 * daily aggregates (so long windows still count them) or delete them.
 *
 * <p>{@link ScanLedger#prune(RetentionPolicy, Instant)} removes every individual scan before {@link
 * #scanCutoff(Instant)}: the start of the UTC day of {@code now − keepScans}, so that whole days are
 * folded. With {@link #aggregate()} each removed scan is first counted into one aggregate row per
 * serial, UTC day and place; the device fingerprint is dropped. Aggregates before {@link
 * #aggregateCutoff(Instant)} are deleted, if {@link #keepAggregates()} is set. Failed claim attempts
 * before the scan cutoff are deleted too. Claims are never pruned.
 *
 * @param keepScans how long scans are kept one by one: at least 1 day
 * @param aggregate whether scans are folded into daily aggregates before they are removed
 * @param keepAggregates how long aggregates are kept, at least {@code keepScans}; empty: for ever
 */
public record RetentionPolicy(
    Duration keepScans, boolean aggregate, Optional<Duration> keepAggregates) {

  /**
   * Validates the policy.
   *
   * @param keepScans how long scans are kept one by one
   * @param aggregate whether scans are folded into daily aggregates
   * @param keepAggregates how long aggregates are kept; empty: for ever
   */
  public RetentionPolicy {
    LedgerChecks.notNull("keepScans", keepScans);
    LedgerChecks.notNull("keepAggregates", keepAggregates);
    if (keepScans.compareTo(Duration.ofDays(1)) < 0) {
      throw new InvalidValueException("keepScans", "must be at least 1 day", keepScans);
    }
    if (keepAggregates.isPresent() && keepAggregates.get().compareTo(keepScans) < 0) {
      throw new InvalidValueException(
          "keepAggregates", "must be at least keepScans " + keepScans, keepAggregates.get());
    }
    if (!aggregate && keepAggregates.isPresent()) {
      throw new InvalidValueException(
          "keepAggregates", "must be empty when scans are not aggregated", keepAggregates.get());
    }
  }

  /**
   * Keeps scans one by one for {@code keepScans}, then folds them into daily aggregates kept for
   * ever.
   *
   * @param keepScans at least 1 day, e.g. {@code Duration.ofDays(90)}
   * @return the policy
   */
  public static RetentionPolicy aggregateAfter(Duration keepScans) {
    return new RetentionPolicy(keepScans, true, Optional.empty());
  }

  /**
   * Keeps scans for {@code keepScans}, then deletes them without a trace.
   *
   * @param keepScans at least 1 day
   * @return the policy
   */
  public static RetentionPolicy deleteAfter(Duration keepScans) {
    return new RetentionPolicy(keepScans, false, Optional.empty());
  }

  /**
   * Returns this aggregating policy with aggregates deleted after {@code keepAggregates}.
   *
   * @param keepAggregates at least {@link #keepScans()}
   * @return the new policy
   */
  public RetentionPolicy withAggregatesKeptFor(Duration keepAggregates) {
    return new RetentionPolicy(
        keepScans, aggregate, Optional.of(LedgerChecks.notNull("keepAggregates", keepAggregates)));
  }

  /**
   * Returns the instant before which individual scans and failed claim attempts are removed: the
   * start of the UTC day of {@code now − keepScans}.
   *
   * @param now the current time
   * @return the cutoff, at a UTC midnight
   */
  public Instant scanCutoff(Instant now) {
    return utcDayStart(LedgerChecks.notNull("now", now).minus(keepScans));
  }

  /**
   * Returns the instant before which aggregates are deleted: days starting before it go.
   *
   * @param now the current time
   * @return the cutoff at a UTC midnight, or empty when aggregates are kept for ever
   */
  public Optional<Instant> aggregateCutoff(Instant now) {
    LedgerChecks.notNull("now", now);
    return keepAggregates.map(keep -> utcDayStart(now.minus(keep)));
  }

  private static Instant utcDayStart(Instant at) {
    return at.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
  }
}
