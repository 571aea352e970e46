package io.github.craftmark.platform.http;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.internal.Checks;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Retries a marketplace call that failed for a passing reason, waiting longer each time: exponential
 * back-off with full jitter.
 *
 * <p>A failure is retried when the call is {@link Safety#IDEMPOTENT} and the {@link
 * PlatformException} is HTTP 429, any 5xx, one of the platform's rate-limit codes given to {@link
 * Builder#rateLimitCodes(String...)} (e.g. Lazada {@code ApiCallLimit}), or marked {@link
 * PlatformException#isRetryable()} by the adapter (network failures). A {@link
 * Safety#NOT_IDEMPOTENT} call (creating a listing, uploading an image) is never retried here: a
 * timeout may hide a success, and a second try would create a duplicate.
 *
 * <p>Before retry <i>n</i> (1, 2, …) it waits a uniformly random time in {@code [0, min(maxDelay,
 * baseDelay × 2^(n-1))]} ("full jitter", which spreads the retries of many clients), or at least
 * the platform's {@code Retry-After} when it gave one. A {@code Retry-After} longer than {@code
 * maxDelay} is not waited for: the failure is thrown at once. Immutable and thread-safe; the
 * {@link Sleeper} and {@link RandomGenerator} are injected so tests see every wait.
 */
public final class RetryPolicy {
  private static final System.Logger LOG = System.getLogger(RetryPolicy.class.getName());

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Set<String> rateLimitCodes;
  private final Sleeper sleeper;
  private final RandomGenerator random;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.rateLimitCodes = Collections.unmodifiableSet(new LinkedHashSet<>(b.rateLimitCodes));
    this.sleeper = b.sleeper;
    this.random = b.random;
  }

  /** Whether a call may be made twice without harm. */
  public enum Safety {
    /** Reads, and updates that set an absolute value (price, stock): retried. */
    IDEMPOTENT,
    /** Creations and uploads: never retried, since a lost answer may hide a success. */
    NOT_IDEMPOTENT
  }

  /**
   * One attempt at a marketplace call.
   *
   * @param <T> what the call returns
   */
  @FunctionalInterface
  public interface Call<T> {
    /**
     * Makes the call once.
     *
     * @return its result
     * @throws PlatformException when it failed; the policy decides whether to try again
     */
    T call();
  }

  /**
   * Returns the default policy: 4 attempts, 500 ms base delay, 20 s at most, no platform codes,
   * system sleeper and a thread-local random.
   *
   * @return the policy
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /**
   * Returns a policy that never retries.
   *
   * @return the policy
   */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /**
   * Returns a builder with the default values.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this policy's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxAttempts = maxAttempts;
    b.baseDelay = baseDelay;
    b.maxDelay = maxDelay;
    b.rateLimitCodes.addAll(rateLimitCodes);
    b.sleeper = sleeper;
    b.random = random;
    return b;
  }

  /**
   * Returns a copy that also treats these platform error codes as rate limits: how an adapter adds
   * its platform's codes to the policy the user configured.
   *
   * @param codes the codes, e.g. {@code "ApiCallLimit"}
   * @return the copy
   */
  public RetryPolicy withRateLimitCodes(String... codes) {
    return toBuilder().rateLimitCodes(codes).build();
  }

  /**
   * Makes a call, retrying it as this policy allows.
   *
   * @param <T> what the call returns
   * @param safety whether the call may be made twice without harm
   * @param call the call
   * @return the call's result
   * @throws PlatformException the last failure, when it is not retryable or attempts ran out; when
   *     interrupted while waiting, the last failure with the interrupt flag set again
   */
  public <T> T execute(Safety safety, Call<T> call) {
    Checks.notNull("safety", safety);
    Checks.notNull("call", call);
    for (int attempt = 1; ; attempt++) {
      try {
        return call.call();
      } catch (PlatformException e) {
        if (safety != Safety.IDEMPOTENT || attempt >= maxAttempts || !isRetryable(e)) {
          throw e;
        }
        if (e.retryAfter().isPresent() && e.retryAfter().get().compareTo(maxDelay) > 0) {
          throw e;
        }
        Duration delay = delayBeforeRetry(attempt, e);
        LOG.log(
            System.Logger.Level.DEBUG,
            "{0} error {1} (HTTP {2}); retry {3} of {4} in {5} ms",
            e.marketplace(),
            e.errorCode(),
            e.httpStatus(),
            attempt,
            maxAttempts - 1,
            delay.toMillis());
        try {
          sleeper.sleep(delay);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          e.addSuppressed(interrupted);
          throw e;
        }
      }
    }
  }

  /**
   * Tells whether a failure is worth retrying for an idempotent call: HTTP 429, any 5xx, a
   * configured rate-limit code, or marked retryable by the adapter.
   *
   * @param failure the failure
   * @return true when another attempt may succeed
   */
  public boolean isRetryable(PlatformException failure) {
    int status = failure.httpStatus();
    return status == 429
        || (status >= 500 && status <= 599)
        || rateLimitCodes.contains(failure.errorCode())
        || failure.isRetryable();
  }

  /**
   * Tells whether a failure means the platform refused the call for its rate limit.
   *
   * @param failure the failure
   * @return true for HTTP 429 or a configured rate-limit code
   */
  public boolean isRateLimited(PlatformException failure) {
    return failure.httpStatus() == 429 || rateLimitCodes.contains(failure.errorCode());
  }

  /**
   * Draws the wait before a retry: full jitter over the capped exponential, at least the failure's
   * {@code Retry-After}.
   *
   * @param retry which retry, from 1
   * @param failure the failure being retried
   * @return the wait
   */
  Duration delayBeforeRetry(int retry, PlatformException failure) {
    long baseMillis = baseDelay.toMillis();
    int shift = Math.min(retry - 1, 30);
    long ceiling = baseMillis > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : baseMillis << shift;
    long capMillis = Math.min(maxDelay.toMillis(), ceiling);
    Duration jitter = Duration.ofMillis(random.nextLong(capMillis + 1));
    Duration asked = failure.retryAfter().orElse(Duration.ZERO);
    return jitter.compareTo(asked) >= 0 ? jitter : asked;
  }

  /**
   * Returns the most attempts made, the first included.
   *
   * @return 1..20
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Returns the platform error codes treated as rate limits.
   *
   * @return the codes
   */
  public Set<String> rateLimitCodes() {
    return rateLimitCodes;
  }

  /** Returns the attempts, delays and codes. */
  @Override
  public String toString() {
    return "RetryPolicy[attempts " + maxAttempts + ", base " + baseDelay + ", max " + maxDelay
        + ", codes " + rateLimitCodes + "]";
  }

  /** Builds a {@link RetryPolicy}; setters check their argument at once. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration baseDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(20);
    private final Set<String> rateLimitCodes = new LinkedHashSet<>();
    private Sleeper sleeper = Sleeper.system();
    private RandomGenerator random = new ThreadLocalRandomGenerator();

    private Builder() {}

    /**
     * Sets the most attempts, the first included; 1 means no retry.
     *
     * @param attempts 1..20
     * @return this builder
     */
    public Builder maxAttempts(int attempts) {
      this.maxAttempts = Checks.inRange("maxAttempts", attempts, 1, 20);
      return this;
    }

    /**
     * Sets the ceiling of the first wait; each further retry doubles it.
     *
     * @param delay a positive duration of at least 1 ms
     * @return this builder
     */
    public Builder baseDelay(Duration delay) {
      this.baseDelay = Checks.positive("baseDelay", delay);
      return this;
    }

    /**
     * Sets the longest wait.
     *
     * @param delay a positive duration
     * @return this builder
     */
    public Builder maxDelay(Duration delay) {
      this.maxDelay = Checks.positive("maxDelay", delay);
      return this;
    }

    /**
     * Adds platform error codes that mean "rate limited".
     *
     * @param codes the codes, e.g. {@code "ApiCallLimit"}
     * @return this builder
     */
    public Builder rateLimitCodes(String... codes) {
      for (String code : Checks.list("rateLimitCodes", List.of(codes))) {
        rateLimitCodes.add(Checks.text("rateLimitCodes", code, 200));
      }
      return this;
    }

    /**
     * Sets how the policy waits.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Checks.notNull("sleeper", sleeper);
      return this;
    }

    /**
     * Sets the source of the jitter.
     *
     * @param random the random generator; shared across threads, so it must be thread-safe
     * @return this builder
     */
    public Builder random(RandomGenerator random) {
      this.random = Checks.notNull("random", random);
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws InvalidValueException when maxDelay is below baseDelay or baseDelay is below 1 ms
     */
    public RetryPolicy build() {
      if (baseDelay.toMillis() < 1) {
        throw new InvalidValueException("baseDelay", "must be at least 1 ms", baseDelay);
      }
      if (maxDelay.compareTo(baseDelay) < 0) {
        throw new InvalidValueException(
            "maxDelay", "must be at least baseDelay " + baseDelay, maxDelay);
      }
      return new RetryPolicy(this);
    }
  }

  /** Draws from the calling thread's own generator, so the default needs no locking. */
  private static final class ThreadLocalRandomGenerator implements RandomGenerator {
    @Override
    public long nextLong() {
      return java.util.concurrent.ThreadLocalRandom.current().nextLong();
    }
  }
}
