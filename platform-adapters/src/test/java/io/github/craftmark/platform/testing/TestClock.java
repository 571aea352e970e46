package io.github.craftmark.platform.testing;

import io.github.craftmark.platform.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock tests move by hand, with a {@link Sleeper} that records each wait and moves the clock by
 * it instead of blocking. Thread-safe.
 */
public final class TestClock extends Clock {
  private Instant now;
  private final List<Duration> sleeps = new ArrayList<>();

  /**
   * Creates a clock showing an instant.
   *
   * @param start the instant
   */
  public TestClock(Instant start) {
    this.now = start;
  }

  /** Creates a clock at 2025-03-01T02:00:00Z (09:00 in Hà Nội). */
  public TestClock() {
    this(Instant.parse("2025-03-01T02:00:00Z"));
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("TestClock is UTC only");
  }

  /**
   * Moves the clock forward.
   *
   * @param duration how far
   */
  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  /**
   * Sets the clock.
   *
   * @param instant the new instant
   */
  public synchronized void set(Instant instant) {
    now = instant;
  }

  /**
   * Returns a sleeper that records each wait and advances this clock by it.
   *
   * @return the sleeper
   */
  public Sleeper sleeper() {
    return duration -> {
      synchronized (this) {
        sleeps.add(duration);
        now = now.plus(duration);
      }
    };
  }

  /**
   * Returns the waits recorded by {@link #sleeper()}, in order.
   *
   * @return a snapshot
   */
  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
