package io.github.craftmark.provenance.ledger;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.ledger.LedgerChecks;
import io.github.craftmark.provenance.tag.TagSerial;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A scan ledger held in memory: for tests, demos and a single JVM that may forget everything on
 * restart.
 *
 * <p>Thread-safe: each serial's scans, claim and failed attempts are guarded by one lock, so every
 * method is atomic as {@link ScanLedger} requires, and calls on different serials never wait on
 * each other. Memory grows with every scan until {@link #prune(RetentionPolicy, Instant)}.
 */
public final class InMemoryScanLedger implements ScanLedger {
  private final ConcurrentHashMap<TagSerial, SerialState> serials = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private final LedgerSalt salt;

  private InMemoryScanLedger(LedgerSalt salt) {
    this.salt = salt;
  }

  /**
   * Creates an empty ledger with a new random salt.
   *
   * @param random the source of the salt
   * @return the ledger
   * @throws InvalidValueException when {@code random} is null
   */
  public static InMemoryScanLedger create(SecureRandom random) {
    return new InMemoryScanLedger(LedgerSalt.random(random));
  }

  /**
   * Creates an empty ledger with this salt.
   *
   * @param salt the salt {@link #salt()} returns
   * @return the ledger
   * @throws InvalidValueException when {@code salt} is null
   */
  public static InMemoryScanLedger withSalt(LedgerSalt salt) {
    return new InMemoryScanLedger(LedgerChecks.notNull("salt", salt));
  }

  @Override
  public LedgerSalt salt() {
    return salt;
  }

  @Override
  public void record(ScanRecord scan) {
    LedgerChecks.notNull("scan", scan);
    SerialState state = state(scan.serial());
    synchronized (state) {
      state.scans.put(new Key(scan.at().toEpochMilli(), sequence.incrementAndGet()), scan);
    }
  }

  @Override
  public ScanHistory history(TagSerial serial, int limit) {
    LedgerChecks.serial(serial);
    LedgerChecks.limit(limit, MAX_HISTORY);
    SerialState state = serials.get(serial);
    if (state == null) {
      return new ScanHistory(serial, List.of(), false);
    }
    synchronized (state) {
      List<ScanRecord> scans = new ArrayList<>(Math.min(limit, state.scans.size()));
      Iterator<ScanRecord> newestFirst = state.scans.descendingMap().values().iterator();
      while (newestFirst.hasNext() && scans.size() < limit) {
        scans.add(newestFirst.next());
      }
      return new ScanHistory(serial, scans, newestFirst.hasNext());
    }
  }

  @Override
  public ScanStats stats(TagSerial serial, Instant from, Instant to) {
    LedgerChecks.serial(serial);
    LedgerChecks.window(from, to);
    long fromMillis = from.toEpochMilli();
    long toMillis = to.toEpochMilli();
    SerialState state = serials.get(serial);
    if (state == null) {
      return new ScanStats(serial, from, to, 0, 0, 0, List.of(), Optional.empty());
    }
    synchronized (state) {
      long scans = 0;
      Set<String> places = new HashSet<>();
      Set<DeviceFingerprint> devices = new HashSet<>();
      for (ScanRecord scan : window(state.scans, fromMillis, toMillis).values()) {
        scans++;
        if (scan.place().isKnown()) {
          places.add(scan.place().key());
        }
        scan.device().ifPresent(devices::add);
      }
      for (Map.Entry<DayPlace, Long> aggregate : state.aggregates.entrySet()) {
        long dayStart = aggregate.getKey().dayStartMillis();
        if (dayStart > fromMillis && dayStart <= toMillis) {
          scans += aggregate.getValue();
          if (!aggregate.getKey().placeKey().equals(ScanPlace.unknown().key())) {
            places.add(aggregate.getKey().placeKey());
          }
        }
      }
      List<ScanRecord> placed = new ArrayList<>(ScanStats.MAX_LATEST_PLACED);
      for (ScanRecord scan : state
          .scans
          .headMap(new Key(toMillis, Long.MAX_VALUE), true)
          .descendingMap()
          .values()) {
        if (scan.place().isKnown()) {
          placed.add(scan);
          if (placed.size() == ScanStats.MAX_LATEST_PLACED) {
            break;
          }
        }
      }
      Optional<ClaimRecord> claim = Optional.ofNullable(state.claim)
          .filter(c -> c.at().toEpochMilli() <= toMillis)
          .map(c -> new ClaimRecord(c.at(), c.place(), c.buyer().isPresent()));
      return new ScanStats(serial, from, to, scans, places.size(), devices.size(), placed, claim);
    }
  }

  @Override
  public ClaimOutcome claim(
      TagSerial serial, Instant at, ScanPlace place, Optional<BuyerTokenHash> buyer) {
    LedgerChecks.serial(serial);
    Instant when = LedgerChecks.millis("at", at);
    LedgerChecks.notNull("place", place);
    LedgerChecks.notNull("buyer", buyer);
    SerialState state = state(serial);
    synchronized (state) {
      Claim winner = state.claim;
      if (winner == null) {
        state.claim = new Claim(when, place, buyer);
        return new ClaimOutcome.Claimed(when, buyer.isPresent());
      }
      boolean sameBuyer = buyer.isPresent()
          && winner.buyer().isPresent()
          && winner.buyer().get().matches(buyer.get());
      return new ClaimOutcome.AlreadyClaimed(winner.at(), sameBuyer);
    }
  }

  @Override
  public void recordFailedClaim(TagSerial serial, Instant at) {
    LedgerChecks.serial(serial);
    Instant when = LedgerChecks.millis("at", at);
    SerialState state = state(serial);
    synchronized (state) {
      state.failedClaims.put(new Key(when.toEpochMilli(), sequence.incrementAndGet()), when);
    }
  }

  @Override
  public List<Instant> failedClaims(TagSerial serial, Instant from, Instant to, int limit) {
    LedgerChecks.serial(serial);
    LedgerChecks.window(from, to);
    LedgerChecks.limit(limit, MAX_FAILED_CLAIMS);
    SerialState state = serials.get(serial);
    if (state == null) {
      return List.of();
    }
    synchronized (state) {
      List<Instant> newest = new ArrayList<>();
      for (Instant at : window(state.failedClaims, from.toEpochMilli(), to.toEpochMilli())
          .descendingMap()
          .values()) {
        if (newest.size() == limit) {
          break;
        }
        newest.add(at);
      }
      return List.copyOf(newest);
    }
  }

  @Override
  public long prune(RetentionPolicy policy, Instant now) {
    LedgerChecks.notNull("policy", policy);
    LedgerChecks.notNull("now", now);
    long cutoff = policy.scanCutoff(now).toEpochMilli();
    Optional<Long> aggregateCutoff = policy.aggregateCutoff(now).map(Instant::toEpochMilli);
    long removed = 0;
    for (SerialState state : serials.values()) {
      synchronized (state) {
        NavigableMap<Key, ScanRecord> old =
            state.scans.headMap(new Key(cutoff, Long.MIN_VALUE), false);
        for (ScanRecord scan : old.values()) {
          if (policy.aggregate()) {
            state.aggregates.merge(DayPlace.of(scan), 1L, Long::sum);
          }
          removed++;
        }
        old.clear();
        state.failedClaims.headMap(new Key(cutoff, Long.MIN_VALUE), false).clear();
        aggregateCutoff.ifPresent(
            limit -> state.aggregates.keySet().removeIf(day -> day.dayStartMillis() < limit));
      }
    }
    return removed;
  }

  private SerialState state(TagSerial serial) {
    return serials.computeIfAbsent(serial, s -> new SerialState());
  }

  private static <V> NavigableMap<Key, V> window(
      NavigableMap<Key, V> map, long fromMillis, long toMillis) {
    return map.subMap(
        new Key(fromMillis, Long.MAX_VALUE), false, new Key(toMillis, Long.MAX_VALUE), true);
  }

  /** Returns {@code "InMemoryScanLedger[serials=N]"}. */
  @Override
  public String toString() {
    return "InMemoryScanLedger[serials=" + serials.size() + "]";
  }

  /** Orders entries by time, then by the order they were recorded. */
  private record Key(long millis, long sequence) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byTime = Long.compare(millis, other.millis);
      return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
  }

  private record DayPlace(LocalDate day, String placeKey) {
    static DayPlace of(ScanRecord scan) {
      return new DayPlace(
          LocalDate.ofInstant(scan.at(), ZoneOffset.UTC), scan.place().key());
    }

    long dayStartMillis() {
      return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
  }

  private record Claim(Instant at, ScanPlace place, Optional<BuyerTokenHash> buyer) {}

  private static final class SerialState {
    final NavigableMap<Key, ScanRecord> scans = new TreeMap<>();
    final Map<DayPlace, Long> aggregates = new HashMap<>();
    final NavigableMap<Key, Instant> failedClaims = new TreeMap<>();
    Claim claim;
  }
}
