package io.github.craftmark.provenance.ledger;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.tag.TagSerial;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The scan ledger's store: an append-only record of the scans and claims of tag serials, which
 * {@link ScanVerifier} reads to tell a copied tag from the genuine item.
 *
 * <p>Three implementations: {@link InMemoryScanLedger} (tests, one JVM), {@code JdbcScanLedger}
 * over embedded H2 (the default, a file in the application's data directory) and over PostgreSQL
 * (several machines behind one database). One contract test suite runs against all three.
 *
 * <p><b>Each method is one short transaction</b>: it either happens entirely or not at all, holds
 * no lock once it returns, and never waits on another method of the same ledger except for the
 * rows it writes. Methods are safe to call from any number of threads, and — for a shared database
 * — from any number of JVMs at once; the atomicity each method must give is stated on it.
 *
 * <p><b>Time.</b> Stores keep instants to the millisecond ({@link ScanRecord} truncates). Every
 * window is {@code (from, to]}: an instant {@code at} is in it when {@code from < at <= to}, so a
 * window of 30 days up to now holds a scan made now and not one made exactly 30 days ago. Instants
 * given as bounds may be truncated to milliseconds without changing any answer. Days of aggregates
 * are UTC days.
 *
 * <p><b>Errors.</b> A store failure throws {@link LedgerException} (message without SQL data,
 * device ids, buyer tokens or the salt); bad arguments throw {@link InvalidValueException}. No
 * method returns null.
 */
public interface ScanLedger extends AutoCloseable {

  /** The most scans {@link #history(TagSerial, int)} returns at once. */
  int MAX_HISTORY = 1000;

  /** The most instants {@link #failedClaims(TagSerial, Instant, Instant, int)} returns at once. */
  int MAX_FAILED_CLAIMS = 1000;

  /**
   * Returns this ledger's secret salt for device fingerprints and buyer token hashes, creating and
   * storing a random one the first time.
   *
   * <p>Atomic: every call, from every thread and every JVM sharing the store, returns the same salt
   * — of concurrent first calls, one salt is stored and all of them return it (insert if absent,
   * then read).
   *
   * @return the salt
   * @throws LedgerException when the store fails
   */
  LedgerSalt salt();

  /**
   * Appends one scan.
   *
   * <p>Atomic: once it returns, the scan is durable and visible to every later read; concurrent
   * records never lose each other (no read-modify-write). Identical records are kept as distinct
   * scans.
   *
   * @param scan the scan
   * @throws LedgerException when the store fails; the scan is then not recorded
   * @throws InvalidValueException when {@code scan} is null
   */
  void record(ScanRecord scan);

  /**
   * Returns the newest scans of one serial, newest first; of scans with the same instant, the one
   * recorded last comes first.
   *
   * <p>Reads one consistent state of the serial's scans. Aggregated scans are not listed.
   *
   * @param serial the serial
   * @param limit the most scans to return, 1..{@value #MAX_HISTORY}
   * @return the scans, and whether older ones exist beyond the limit
   * @throws LedgerException when the store fails
   * @throws InvalidValueException when {@code serial} is null or {@code limit} out of range
   */
  ScanHistory history(TagSerial serial, int limit);

  /**
   * Counts the scans of one serial in the window {@code (from, to]}: scans, distinct known places,
   * distinct devices, the two newest placed scans at or before {@code to}, and the claim.
   *
   * <p>Reads one consistent state (a single read transaction): a scan recorded meanwhile is counted
   * in all of the figures or in none. Daily aggregates count when their UTC day starts in the
   * window; their places count towards {@link ScanStats#distinctPlaces()}, their devices are gone.
   * The unknown place never counts as a place.
   *
   * @param serial the serial
   * @param from the window's exclusive start
   * @param to the window's inclusive end, not before {@code from}
   * @return the statistics, zero for a serial never seen
   * @throws LedgerException when the store fails
   * @throws InvalidValueException when an argument is null or {@code from} is after {@code to}
   */
  ScanStats stats(TagSerial serial, Instant from, Instant to);

  /**
   * Claims a serial: the first claim wins and is kept for ever; every later one learns when the
   * winner claimed.
   *
   * <p>Atomic — the heart of copy detection: of any number of concurrent claims of one serial, from
   * any number of threads and JVMs sharing the store, exactly one returns {@link
   * ClaimOutcome.Claimed} (with its own {@code at}); every other, then and later, returns {@link
   * ClaimOutcome.AlreadyClaimed} with the winner's time as stored, and {@code sameBuyer} true only
   * when both claims gave buyer hashes and they are equal. A database does this with a unique key
   * on the serial: insert, and on a duplicate key read the winner. A claim that fails with {@link
   * LedgerException} has not claimed. This method does not check codes and records no scan.
   *
   * @param serial the serial
   * @param at when it is claimed
   * @param place where, coarsely
   * @param buyer the hash of the buyer token to bind, if any
   * @return {@link ClaimOutcome.Claimed} or {@link ClaimOutcome.AlreadyClaimed}, nothing else
   * @throws LedgerException when the store fails
   * @throws InvalidValueException when an argument is null
   */
  ClaimOutcome claim(TagSerial serial, Instant at, ScanPlace place, Optional<BuyerTokenHash> buyer);

  /**
   * Appends one failed claim attempt (a wrong code) of a serial, for throttling.
   *
   * <p>Atomic like {@link #record(ScanRecord)}: concurrent attempts are each kept.
   *
   * @param serial the serial
   * @param at when the attempt was made, kept to the millisecond
   * @throws LedgerException when the store fails
   * @throws InvalidValueException when an argument is null
   */
  void recordFailedClaim(TagSerial serial, Instant at);

  /**
   * Returns the times of the newest failed claim attempts of a serial in {@code (from, to]},
   * newest first.
   *
   * <p>With {@code limit} = the throttle's maximum N, a full list means "throttled", and its last
   * element plus the window is when the next attempt will be allowed.
   *
   * @param serial the serial
   * @param from the window's exclusive start
   * @param to the window's inclusive end, not before {@code from}
   * @param limit the most instants to return, 1..{@value #MAX_FAILED_CLAIMS}
   * @return the instants, to the millisecond, newest first
   * @throws LedgerException when the store fails
   * @throws InvalidValueException when an argument is null or out of range
   */
  List<Instant> failedClaims(TagSerial serial, Instant from, Instant to, int limit);

  /**
   * Applies a retention policy: removes individual scans before {@link
   * RetentionPolicy#scanCutoff(Instant)}, first folding them into daily aggregates (one per serial,
   * UTC day and place, adding to an existing one) when the policy aggregates; deletes aggregates
   * before {@link RetentionPolicy#aggregateCutoff(Instant)} and failed claim attempts before the
   * scan cutoff. Claims are never removed.
   *
   * <p>Atomic per batch: a scan is either still held one by one or counted in its aggregate, never
   * both and never neither, even while scans are recorded and read; a store may work in several
   * short transactions of a bounded number of scans each, so as not to block writers. Running it
   * again, or from two JVMs at once, changes no count.
   *
   * @param policy the policy
   * @param now the current time
   * @return the number of individual scans removed
   * @throws LedgerException when the store fails; batches done before the failure stay done
   * @throws InvalidValueException when an argument is null
   */
  long prune(RetentionPolicy policy, Instant now);

  /**
   * Releases what the ledger itself opened (an embedded database it created). A ledger over a
   * caller's {@code DataSource} leaves it open. The default does nothing.
   *
   * @throws LedgerException when closing fails
   */
  @Override
  default void close() {}
}
