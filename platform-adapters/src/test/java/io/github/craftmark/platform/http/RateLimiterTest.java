package io.github.craftmark.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private static final ShopRef SHOP = ShopRef.of(Marketplace.SHOPEE, "123456");
  private static final ShopRef OTHER = ShopRef.of(Marketplace.SHOPEE, "654321");

  private final TestClock clock = new TestClock();

  private RateLimiter limiter(double perSecond, int burst) {
    return RateLimiter.builder()
        .permitsPerSecond(perSecond)
        .burst(burst)
        .clock(clock)
        .sleeper(clock.sleeper())
        .build();
  }

  @Test
  void acquire_withinBurst_doesNotWait() {
    RateLimiter limiter = limiter(2, 3);

    for (int i = 0; i < 3; i++) {
      assertThat(limiter.acquire(SHOP)).isZero();
    }
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void acquire_beyondBurst_waitsOneIntervalPerPermit() {
    RateLimiter limiter = limiter(2, 1);

    limiter.acquire(SHOP);
    Duration second = limiter.acquire(SHOP);
    Duration third = limiter.acquire(SHOP);

    assertThat(second).isEqualTo(Duration.ofMillis(500));
    assertThat(third).isEqualTo(Duration.ofMillis(500));
    assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
  }

  @Test
  void acquire_afterAQuietSpell_refillsUpToTheBurstOnly() {
    RateLimiter limiter = limiter(1, 2);
    limiter.acquire(SHOP);
    limiter.acquire(SHOP);

    clock.advance(Duration.ofMinutes(10));

    assertThat(limiter.acquire(SHOP)).isZero();
    assertThat(limiter.acquire(SHOP)).isZero();
    assertThat(limiter.acquire(SHOP)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void acquire_keepsABucketPerShop() {
    RateLimiter limiter = limiter(1, 1);

    limiter.acquire(SHOP);

    assertThat(limiter.acquire(OTHER)).isZero();
    assertThat(limiter.acquire(SHOP.withProperty("shop_cipher", "x")))
        .isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void tryAcquire_whenEmpty_refusesWithoutWaiting() {
    RateLimiter limiter = limiter(1, 1);

    assertThat(limiter.tryAcquire(SHOP)).isTrue();
    assertThat(limiter.tryAcquire(SHOP)).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(limiter.tryAcquire(SHOP)).isTrue();
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void acquire_from32Threads_reservesOneIntervalApartInSomeOrder() throws Exception {
    // The clock stands still, so every wait is the queue position beyond the burst × 100 ms.
    List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    RateLimiter limiter = RateLimiter.builder()
        .permitsPerSecond(10)
        .burst(10)
        .clock(clock)
        .sleeper(waits::add)
        .build();
    int threads = 32;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Duration>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return limiter.acquire(SHOP);
        }));
      }
      start.countDown();
      List<Duration> returned = new ArrayList<>();
      for (Future<Duration> result : results) {
        returned.add(result.get());
      }

      List<Duration> expected = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        expected.add(i < 10 ? Duration.ZERO : Duration.ofMillis(100L * (i - 9)));
      }
      assertThat(returned).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(waits).containsExactlyInAnyOrderElementsOf(expected.subList(10, threads));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void acquire_whenInterrupted_throwsTransportErrorAndKeepsTheFlag() {
    RateLimiter limiter = RateLimiter.builder()
        .permitsPerSecond(1)
        .burst(1)
        .clock(clock)
        .sleeper(d -> {
          throw new InterruptedException();
        })
        .build();
    limiter.acquire(SHOP);

    try {
      assertThatThrownBy(() -> limiter.acquire(SHOP))
          .isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(PlatformException.TRANSPORT_ERROR);
            assertThat(e.marketplace()).isEqualTo(Marketplace.SHOPEE);
          })
          .hasMessage("Shopee error TRANSPORT_ERROR: interrupted while waiting for the rate limit"
              + " of shop shopee:123456");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void unlimited_neverWaits() {
    RateLimiter limiter = RateLimiter.unlimited();

    for (int i = 0; i < 1000; i++) {
      assertThat(limiter.acquire(SHOP)).isZero();
      assertThat(limiter.tryAcquire(SHOP)).isTrue();
    }
    assertThat(limiter).hasToString("RateLimiter[unlimited]");
  }

  @Test
  void builder_rejectsBadValuesNamingTheField() {
    assertThatThrownBy(() -> RateLimiter.builder().permitsPerSecond(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("permitsPerSecond must be above 0 and at most 100000: 0.0");
    assertThatThrownBy(() -> RateLimiter.builder().permitsPerSecond(Double.NaN))
        .hasMessage("permitsPerSecond must be above 0 and at most 100000: NaN");
    assertThatThrownBy(() -> RateLimiter.builder().burst(0))
        .hasMessage("burst must be 1..100000: 0");
    assertThat(RateLimiter.perSecond(5, 2)).hasToString("RateLimiter[5.0/s, burst 2]");
  }
}
