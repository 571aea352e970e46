package io.github.craftmark.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.http.RetryPolicy.Safety;
import io.github.craftmark.platform.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {
  private final TestClock clock = new TestClock();

  private RetryPolicy.Builder policy(long seed) {
    return RetryPolicy.builder()
        .maxAttempts(4)
        .baseDelay(Duration.ofMillis(500))
        .maxDelay(Duration.ofSeconds(20))
        .sleeper(clock.sleeper())
        .random(new Random(seed));
  }

  private static PlatformException failure(int status, String code) {
    return PlatformException.builder(Marketplace.LAZADA, code)
        .httpStatus(status)
        .requestId("req-1")
        .build();
  }

  /** A call that fails with the given failures, then returns "ok". */
  private static RetryPolicy.Call<String> failing(AtomicInteger calls, PlatformException... e) {
    return () -> {
      int n = calls.getAndIncrement();
      if (n < e.length) {
        throw e[n];
      }
      return "ok";
    };
  }

  @Test
  void execute_whenFirstCallSucceeds_callsOnceAndNeverSleeps() {
    AtomicInteger calls = new AtomicInteger();

    String result = policy(1).build().execute(Safety.IDEMPOTENT, failing(calls));

    assertThat(result).isEqualTo("ok");
    assertThat(calls).hasValue(1);
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void execute_on429_retriesWithFullJitterUnderTheDoublingCeiling() {
    AtomicInteger calls = new AtomicInteger();

    String result = policy(42)
        .build()
        .execute(
            Safety.IDEMPOTENT,
            failing(calls, failure(429, "429"), failure(429, "429"), failure(429, "429")));

    Random same = new Random(42);
    assertThat(result).isEqualTo("ok");
    assertThat(calls).hasValue(4);
    assertThat(clock.sleeps())
        .containsExactly(
            Duration.ofMillis(same.nextLong(501)),
            Duration.ofMillis(same.nextLong(1001)),
            Duration.ofMillis(same.nextLong(2001)));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504, 599})
  void execute_onServerError_retries(int status) {
    AtomicInteger calls = new AtomicInteger();

    policy(1).build().execute(Safety.IDEMPOTENT, failing(calls, failure(status, "E")));

    assertThat(calls).hasValue(2);
    assertThat(clock.sleeps()).hasSize(1);
  }

  @Test
  void execute_onPlatformRateLimitCodeWithHttp200_retries() {
    AtomicInteger calls = new AtomicInteger();
    RetryPolicy retry = policy(1).build().withRateLimitCodes("ApiCallLimit");

    retry.execute(Safety.IDEMPOTENT, failing(calls, failure(200, "ApiCallLimit")));

    assertThat(calls).hasValue(2);
    assertThat(retry.isRateLimited(failure(200, "ApiCallLimit"))).isTrue();
    assertThat(retry.isRateLimited(failure(200, "IllegalAccessToken"))).isFalse();
  }

  @Test
  void execute_onFailureMarkedRetryable_retries() {
    AtomicInteger calls = new AtomicInteger();
    PlatformException network = PlatformException.builder(
            Marketplace.SHOPEE, PlatformException.TRANSPORT_ERROR)
        .retryable(true)
        .build();

    policy(1).build().execute(Safety.IDEMPOTENT, failing(calls, network));

    assertThat(calls).hasValue(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 400, 401, 403, 404})
  void execute_onOtherFailure_throwsAtOnce(int status) {
    AtomicInteger calls = new AtomicInteger();
    PlatformException refused = failure(status, "IllegalAccessToken");

    assertThatThrownBy(() -> policy(1).build().execute(Safety.IDEMPOTENT, failing(calls, refused)))
        .isSameAs(refused);
    assertThat(calls).hasValue(1);
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void execute_whenNotIdempotent_neverRetriesEvenARateLimit() {
    AtomicInteger calls = new AtomicInteger();
    PlatformException limited = failure(429, "429");

    assertThatThrownBy(
            () -> policy(1).build().execute(Safety.NOT_IDEMPOTENT, failing(calls, limited)))
        .isSameAs(limited);
    assertThat(calls).hasValue(1);
  }

  @Test
  void execute_whenAttemptsRunOut_throwsTheLastFailure() {
    AtomicInteger calls = new AtomicInteger();
    PlatformException last = failure(503, "last");

    assertThatThrownBy(() -> policy(1)
            .build()
            .execute(
                Safety.IDEMPOTENT,
                failing(calls, failure(503, "a"), failure(503, "b"), failure(503, "c"), last)))
        .isSameAs(last);
    assertThat(calls).hasValue(4);
    assertThat(clock.sleeps()).hasSize(3);
  }

  @Test
  void execute_withRetryAfter_waitsAtLeastThatLong() {
    AtomicInteger calls = new AtomicInteger();
    PlatformException limited = PlatformException.builder(Marketplace.TIKTOK_SHOP, "429")
        .httpStatus(429)
        .retryAfter(Duration.ofSeconds(7))
        .build();

    policy(3).build().execute(Safety.IDEMPOTENT, failing(calls, limited));

    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void execute_withRetryAfterBeyondMaxDelay_throwsAtOnce() {
    AtomicInteger calls = new AtomicInteger();
    PlatformException limited = PlatformException.builder(Marketplace.TIKTOK_SHOP, "429")
        .httpStatus(429)
        .retryAfter(Duration.ofMinutes(10))
        .build();

    assertThatThrownBy(() -> policy(3).build().execute(Safety.IDEMPOTENT, failing(calls, limited)))
        .isSameAs(limited);
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void execute_whenInterruptedWhileWaiting_throwsTheFailureWithTheFlagSet() {
    AtomicInteger calls = new AtomicInteger();
    PlatformException limited = failure(429, "429");
    RetryPolicy retry = policy(1)
        .sleeper(d -> {
          throw new InterruptedException("stop");
        })
        .build();

    try {
      assertThatThrownBy(() -> retry.execute(Safety.IDEMPOTENT, failing(calls, limited)))
          .isSameAs(limited)
          .satisfies(e -> assertThat(e.getSuppressed())
              .singleElement()
              .isInstanceOf(InterruptedException.class));
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(calls).hasValue(1);
  }

  @Test
  void none_neverRetries() {
    AtomicInteger calls = new AtomicInteger();
    PlatformException limited = failure(429, "429");

    assertThatThrownBy(() -> RetryPolicy.none().execute(Safety.IDEMPOTENT, failing(calls, limited)))
        .isSameAs(limited);
    assertThat(calls).hasValue(1);
  }

  static Stream<Long> seeds() {
    Random seeds = new Random(20250301);
    return IntStream.range(0, 25).mapToObj(i -> seeds.nextLong());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void delays_stayWithinTheCappedDoublingCeiling(long seed) {
    TestClock local = new TestClock();
    RetryPolicy retry = RetryPolicy.builder()
        .maxAttempts(12)
        .baseDelay(Duration.ofMillis(1 + Math.floorMod(seed, 700)))
        .maxDelay(Duration.ofSeconds(5))
        .sleeper(local.sleeper())
        .random(new Random(seed))
        .build();
    List<PlatformException> failures = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      failures.add(failure(503, "busy"));
    }

    retry.execute(
        Safety.IDEMPOTENT,
        failing(new AtomicInteger(), failures.toArray(PlatformException[]::new)));

    long base = 1 + Math.floorMod(seed, 700);
    List<Duration> sleeps = local.sleeps();
    assertThat(sleeps).hasSize(11);
    for (int n = 1; n <= sleeps.size(); n++) {
      long ceiling = Math.min(5000, base << (n - 1));
      assertThat(sleeps.get(n - 1)).isBetween(Duration.ZERO, Duration.ofMillis(ceiling));
    }
  }

  @Test
  void builder_rejectsBadValuesNamingTheField() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("maxAttempts must be 1..20: 0");
    assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ZERO))
        .hasMessage("baseDelay must be positive: PT0S");
    assertThatThrownBy(
            () -> RetryPolicy.builder().baseDelay(Duration.ofNanos(10)).build())
        .hasMessage("baseDelay must be at least 1 ms: PT0.00000001S");
    assertThatThrownBy(() -> RetryPolicy.builder()
            .baseDelay(Duration.ofSeconds(2))
            .maxDelay(Duration.ofSeconds(1))
            .build())
        .hasMessage("maxDelay must be at least baseDelay PT2S: PT1S");
    assertThatThrownBy(() -> RetryPolicy.builder().rateLimitCodes(" "))
        .hasMessage("rateLimitCodes must not be blank: \" \"");
  }

  @Test
  void toBuilder_keepsEverySetting() {
    RetryPolicy original = policy(1).rateLimitCodes("ApiCallLimit").build();

    RetryPolicy copy = original.toBuilder().build();

    assertThat(copy.maxAttempts()).isEqualTo(4);
    assertThat(copy.rateLimitCodes()).containsExactly("ApiCallLimit");
    assertThat(copy).hasToString(original.toString());
    assertThat(original)
        .hasToString("RetryPolicy[attempts 4, base PT0.5S, max PT20S, codes [ApiCallLimit]]");
  }
}
