package io.github.craftmark.platform.http;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.internal.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Paces calls per shop with a token bucket, so a busy application stays under a marketplace's
 * per-shop limit instead of collecting rate-limit errors.
 *
 * <p>Each shop ({@link ShopRef#key()}) has its own bucket of {@code burst} permits, refilled at
 * {@code permitsPerSecond}. {@link #acquire(ShopRef)} takes a permit, waiting when the bucket is
 * empty; waiting callers are served in the order they reserved. Thread-safe. The {@link Clock} and
 * {@link Sleeper} are injected so tests run without real waits.
 */
public final class RateLimiter {
  private static final RateLimiter UNLIMITED = new RateLimiter(0, 1, Clock.systemUTC(), d -> {});

  private final double permitsPerSecond;
  private final int burst;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  private RateLimiter(double permitsPerSecond, int burst, Clock clock, Sleeper sleeper) {
    this.permitsPerSecond = permitsPerSecond;
    this.burst = burst;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Returns a limiter that never waits.
   *
   * @return the limiter
   */
  public static RateLimiter unlimited() {
    return UNLIMITED;
  }

  /**
   * Returns a limiter on the system clock.
   *
   * @param permitsPerSecond calls per second per shop, above 0
   * @param burst calls a shop may make at once after a quiet spell, at least 1
   * @return the limiter
   */
  public static RateLimiter perSecond(double permitsPerSecond, int burst) {
    return builder().permitsPerSecond(permitsPerSecond).burst(burst).build();
  }

  /**
   * Returns a builder: 10 calls per second, burst 10, system clock and sleeper.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Takes a permit for a shop, waiting until one is free.
   *
   * @param shop the shop the call is for
   * @return how long it waited
   * @throws PlatformException with code {@link PlatformException#TRANSPORT_ERROR} when interrupted
   *     while waiting; the thread's interrupt flag is set again
   */
  public Duration acquire(ShopRef shop) {
    Checks.notNull("shop", shop);
    if (this == UNLIMITED) {
      return Duration.ZERO;
    }
    Duration wait = bucket(shop).reserve(clock.instant());
    if (!wait.isZero()) {
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw PlatformException.builder(shop.marketplace(), PlatformException.TRANSPORT_ERROR)
            .message("interrupted while waiting for the rate limit of shop " + shop.key())
            .cause(e)
            .build();
      }
    }
    return wait;
  }

  /**
   * Takes a permit for a shop if one is free now.
   *
   * @param shop the shop the call is for
   * @return true when a permit was taken
   */
  public boolean tryAcquire(ShopRef shop) {
    Checks.notNull("shop", shop);
    return this == UNLIMITED || bucket(shop).tryTake(clock.instant());
  }

  private Bucket bucket(ShopRef shop) {
    return buckets.computeIfAbsent(shop.key(), k -> new Bucket(clock.instant()));
  }

  /** Returns the rate and burst. */
  @Override
  public String toString() {
    return this == UNLIMITED
        ? "RateLimiter[unlimited]"
        : "RateLimiter[" + permitsPerSecond + "/s, burst " + burst + "]";
  }

  /** One shop's bucket; permits may go negative, which queues the callers that reserved them. */
  private final class Bucket {
    private double permits;
    private Instant last;

    Bucket(Instant now) {
      this.permits = burst;
      this.last = now;
    }

    synchronized Duration reserve(Instant now) {
      refill(now);
      permits -= 1;
      if (permits >= 0) {
        return Duration.ZERO;
      }
      return Duration.ofNanos((long) Math.ceil(-permits / permitsPerSecond * 1e9));
    }

    synchronized boolean tryTake(Instant now) {
      refill(now);
      if (permits >= 1) {
        permits -= 1;
        return true;
      }
      return false;
    }

    private void refill(Instant now) {
      if (now.isAfter(last)) {
        double seconds = Duration.between(last, now).toNanos() / 1e9;
        permits = Math.min(burst, permits + seconds * permitsPerSecond);
        last = now;
      }
    }
  }

  /** Builds a {@link RateLimiter}; setters check their argument at once. */
  public static final class Builder {
    private double permitsPerSecond = 10;
    private int burst = 10;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder() {}

    /**
     * Sets the steady rate per shop.
     *
     * @param permits calls per second, above 0 and at most 100,000
     * @return this builder
     */
    public Builder permitsPerSecond(double permits) {
      if (!(permits > 0 && permits <= 100_000)) {
        throw new InvalidValueException(
            "permitsPerSecond", "must be above 0 and at most 100000", permits);
      }
      this.permitsPerSecond = permits;
      return this;
    }

    /**
     * Sets how many calls a shop may make at once after a quiet spell.
     *
     * @param permits 1..100,000
     * @return this builder
     */
    public Builder burst(int permits) {
      this.burst = Checks.inRange("burst", permits, 1, 100_000);
      return this;
    }

    /**
     * Sets the clock the buckets refill by.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /**
     * Sets how callers wait.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Checks.notNull("sleeper", sleeper);
      return this;
    }

    /**
     * Builds the limiter.
     *
     * @return the limiter
     */
    public RateLimiter build() {
      return new RateLimiter(permitsPerSecond, burst, clock, sleeper);
    }
  }
}
