package io.github.craftmark.provenance.ledger;

import io.github.craftmark.provenance.tag.TagSerial;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A ledger whose chosen operations fail as a database that is down would. */
final class FailingLedger implements ScanLedger {
  enum Op {
    SALT,
    RECORD,
    HISTORY,
    STATS,
    CLAIM,
    RECORD_FAILED_CLAIM,
    FAILED_CLAIMS,
    PRUNE
  }

  private final ScanLedger delegate;
  private final Set<Op> failing;
  private final RuntimeException failure;

  FailingLedger(ScanLedger delegate, Set<Op> failing, RuntimeException failure) {
    this.delegate = delegate;
    this.failing = Set.copyOf(failing);
    this.failure = failure;
  }

  static FailingLedger down(ScanLedger delegate, Op... ops) {
    return new FailingLedger(
        delegate,
        Set.of(ops),
        new LedgerException(
            "the ledger database is unreachable",
            new java.sql.SQLException("Connection refused: secret-host:5432 password=hunter2")));
  }

  private void check(Op op) {
    if (failing.contains(op)) {
      throw failure;
    }
  }

  @Override
  public LedgerSalt salt() {
    check(Op.SALT);
    return delegate.salt();
  }

  @Override
  public void record(ScanRecord scan) {
    check(Op.RECORD);
    delegate.record(scan);
  }

  @Override
  public ScanHistory history(TagSerial serial, int limit) {
    check(Op.HISTORY);
    return delegate.history(serial, limit);
  }

  @Override
  public ScanStats stats(TagSerial serial, Instant from, Instant to) {
    check(Op.STATS);
    return delegate.stats(serial, from, to);
  }

  @Override
  public ClaimOutcome claim(
      TagSerial serial, Instant at, ScanPlace place, Optional<BuyerTokenHash> buyer) {
    check(Op.CLAIM);
    return delegate.claim(serial, at, place, buyer);
  }

  @Override
  public void recordFailedClaim(TagSerial serial, Instant at) {
    check(Op.RECORD_FAILED_CLAIM);
    delegate.recordFailedClaim(serial, at);
  }

  @Override
  public List<Instant> failedClaims(TagSerial serial, Instant from, Instant to, int limit) {
    check(Op.FAILED_CLAIMS);
    return delegate.failedClaims(serial, from, to, limit);
  }

  @Override
  public long prune(RetentionPolicy policy, Instant now) {
    check(Op.PRUNE);
    return delegate.prune(policy, now);
  }

  @Override
  public String toString() {
    return "FailingLedger" + failing;
  }
}
