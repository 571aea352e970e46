package io.github.craftmark.platform.http;

import java.time.Duration;

/**
 * Waits for a while: how {@link RetryPolicy} backs off and {@link RateLimiter} paces calls.
 *
 * <p>Tests inject one that records the waits (and advances a test clock) instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {
  /**
   * Waits for a duration.
   *
   * @param duration how long, 0 or more
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns the sleeper that blocks the calling thread with {@link Thread#sleep(long, int)}.
   *
   * @return the system sleeper
   */
  static Sleeper system() {
    return duration -> {
      if (!duration.isNegative() && !duration.isZero()) {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    };
  }
}
