package io.github.craftmark.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.PlatformException;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TokenManagerTest {
  private static final ShopRef SHOP = ShopRef.of(Marketplace.SHOPEE, "123456");

  private final TestClock clock = new TestClock();
  private final InMemoryTokenStore store = new InMemoryTokenStore();

  private AccessToken token(String suffix, Duration validFor) {
    return AccessToken.of(
        "access-" + suffix,
        "refresh-" + suffix,
        clock.instant().plus(validFor),
        clock.instant().plus(Duration.ofDays(30)));
  }

  /** A refresher that behaves like Shopee: each refresh token works once. */
  private final class SingleUseRefresher implements TokenRefresher {
    final AtomicInteger calls = new AtomicInteger();
    final Set<String> spent = ConcurrentHashMap.newKeySet();

    @Override
    public AccessToken refresh(ShopRef shop, AccessToken current) {
      int n = calls.incrementAndGet();
      String refreshToken = current.refreshToken().orElseThrow();
      if (!spent.add(refreshToken)) {
        throw PlatformException.builder(Marketplace.SHOPEE, "error_param")
            .message("refresh token already used")
            .build();
      }
      return token("n" + n, Duration.ofHours(4));
    }
  }

  private TokenManager manager(TokenRefresher refresher) {
    return TokenManager.builder(store, refresher)
        .clock(clock)
        .refreshMargin(Duration.ofMinutes(5))
        .build();
  }

  @Test
  void token_whenValidBeyondTheMargin_returnsItWithoutRefreshing() {
    SingleUseRefresher refresher = new SingleUseRefresher();
    AccessToken valid = token("a", Duration.ofMinutes(5).plusSeconds(1));
    store.save(SHOP, valid);

    assertThat(manager(refresher).token(SHOP)).isSameAs(valid);
    assertThat(refresher.calls).hasValue(0);
  }

  @Test
  void token_whenExpiringWithinTheMargin_refreshesAndSaves() {
    SingleUseRefresher refresher = new SingleUseRefresher();
    store.save(SHOP, token("a", Duration.ofMinutes(5)));

    AccessToken fresh = manager(refresher).token(SHOP);

    assertThat(fresh.accessToken()).isEqualTo("access-n1");
    assertThat(store.load(SHOP)).contains(fresh);
    assertThat(refresher.calls).hasValue(1);
  }

  @Test
  void token_afterTheClockPassesTheMargin_refreshesOnce() {
    SingleUseRefresher refresher = new SingleUseRefresher();
    store.save(SHOP, token("a", Duration.ofHours(4)));
    TokenManager manager = manager(refresher);

    assertThat(manager.token(SHOP).accessToken()).isEqualTo("access-a");
    clock.advance(Duration.ofHours(4).minusMinutes(5).minusSeconds(1));
    assertThat(manager.token(SHOP).accessToken()).isEqualTo("access-a");
    clock.advance(Duration.ofSeconds(1));
    assertThat(manager.token(SHOP).accessToken()).isEqualTo("access-n1");
    assertThat(manager.token(SHOP).accessToken()).isEqualTo("access-n1");
    assertThat(refresher.calls).hasValue(1);
  }

  /** Waits until every thread but one is parked (here: waiting for the shared refresh). */
  private static void awaitParked(List<Thread> threads, Thread self) throws InterruptedException {
    for (int spins = 0; spins < 30_000; spins++) {
      boolean allParked = threads.stream()
          .filter(t -> t != self)
          .allMatch(t -> t.getState() == Thread.State.WAITING);
      if (allParked) {
        return;
      }
      Thread.sleep(1);
    }
    throw new AssertionError("the other callers never waited for the refresh");
  }

  /** The store, counting down once per thread at that thread's first read. */
  private TokenStore countingStore(CountDownLatch allRead) {
    ThreadLocal<Boolean> counted = ThreadLocal.withInitial(() -> false);
    return new TokenStore() {
      @Override
      public Optional<AccessToken> load(ShopRef shop) {
        if (!counted.get()) {
          counted.set(true);
          allRead.countDown();
        }
        return store.load(shop);
      }

      @Override
      public void save(ShopRef shop, AccessToken token) {
        store.save(shop, token);
      }

      @Override
      public void remove(ShopRef shop) {
        store.remove(shop);
      }
    };
  }

  @Test
  void token_from32ThreadsWithAnExpiredToken_refreshesExactlyOnce() throws Exception {
    int threads = 32;
    store.save(SHOP, token("old", Duration.ofMinutes(-1)));
    // Every thread has read the expired token before the refresh may finish, so without
    // single-flight each of them would refresh.
    CountDownLatch allRead = new CountDownLatch(threads);
    TokenStore countingStore = countingStore(allRead);
    SingleUseRefresher singleUse = new SingleUseRefresher();
    TokenRefresher refresher = (shop, current) -> {
      try {
        assertThat(allRead.await(30, TimeUnit.SECONDS)).isTrue();
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
      return singleUse.refresh(shop, current);
    };
    TokenManager manager =
        TokenManager.builder(countingStore, refresher).clock(clock).build();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<AccessToken>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return manager.token(SHOP);
        }));
      }
      start.countDown();

      for (Future<AccessToken> result : results) {
        assertThat(result.get().accessToken()).isEqualTo("access-n1");
      }
      assertThat(singleUse.calls).hasValue(1);
      assertThat(store.load(SHOP).orElseThrow().accessToken()).isEqualTo("access-n1");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void token_whenTheRefreshFails_tellsEveryWaiterAndTriesAgainNextTime() throws Exception {
    int threads = 8;
    store.save(SHOP, token("old", Duration.ofMinutes(-1)));
    CountDownLatch allRead = new CountDownLatch(threads);
    TokenStore countingStore = countingStore(allRead);
    AtomicInteger calls = new AtomicInteger();
    List<Thread> workers = new CopyOnWriteArrayList<>();
    TokenRefresher refresher = (shop, current) -> {
      if (calls.incrementAndGet() == 1) {
        try {
          assertThat(allRead.await(30, TimeUnit.SECONDS)).isTrue();
          // Fail only once every other caller waits on this refresh: a caller still between its
          // read and joining would rightly start a new refresh after the failure.
          awaitParked(workers, Thread.currentThread());
        } catch (InterruptedException e) {
          throw new AssertionError(e);
        }
        throw PlatformException.builder(Marketplace.SHOPEE, "error_server")
            .httpStatus(500)
            .requestId("req-refresh-1")
            .build();
      }
      return token("n" + calls.get(), Duration.ofHours(4));
    };
    TokenManager manager =
        TokenManager.builder(countingStore, refresher).clock(clock).build();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread worker = new Thread(task);
      workers.add(worker);
      return worker;
    });
    try {
      List<Future<AccessToken>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return manager.token(SHOP);
        }));
      }
      start.countDown();

      for (Future<AccessToken> result : results) {
        assertThatThrownBy(result::get)
            .isInstanceOf(ExecutionException.class)
            .cause()
            .isInstanceOfSatisfying(PlatformException.class, e -> {
              assertThat(e.errorCode()).isEqualTo("error_server");
              assertThat(e.requestId()).contains("req-refresh-1");
            });
      }
      assertThat(calls).hasValue(1);

      assertThat(manager.token(SHOP).accessToken()).isEqualTo("access-n2");
      assertThat(calls).hasValue(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void token_whenTheShopHasNoToken_throwsNoToken() {
    assertThatThrownBy(() -> manager(new SingleUseRefresher()).token(SHOP))
        .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errorCode())
            .isEqualTo(PlatformException.NO_TOKEN))
        .hasMessage("Shopee error NO_TOKEN: shop shopee:123456 has not authorised the application");
  }

  @Test
  void token_whenTheRefreshTokenHasExpired_throwsNoTokenWithoutCalling() {
    SingleUseRefresher refresher = new SingleUseRefresher();
    store.save(
        SHOP,
        AccessToken.of(
            "a", "r", clock.instant().minusSeconds(10), clock.instant().minusSeconds(1)));

    assertThatThrownBy(() -> manager(refresher).token(SHOP))
        .hasMessage("Shopee error NO_TOKEN: the refresh token of shop shopee:123456 has expired"
            + " or is missing; the seller must authorise again");
    assertThat(refresher.calls).hasValue(0);
  }

  @Test
  void token_withoutARefreshToken_throwsNoTokenOnceExpired() {
    store.save(SHOP, AccessToken.withoutRefresh("a", clock.instant()));

    assertThatThrownBy(() -> manager(new SingleUseRefresher()).token(SHOP))
        .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errorCode())
            .isEqualTo(PlatformException.NO_TOKEN));
  }

  @Test
  void refreshRejected_whenTheStoreStillHoldsTheRejectedToken_refreshesEvenIfNotExpired() {
    SingleUseRefresher refresher = new SingleUseRefresher();
    AccessToken rejected = token("a", Duration.ofHours(3));
    store.save(SHOP, rejected);

    AccessToken fresh = manager(refresher).refreshRejected(SHOP, rejected);

    assertThat(fresh.accessToken()).isEqualTo("access-n1");
    assertThat(refresher.calls).hasValue(1);
  }

  @Test
  void refreshRejected_whenAnotherThreadAlreadyReplacedIt_returnsTheNewOne() {
    SingleUseRefresher refresher = new SingleUseRefresher();
    AccessToken rejected = token("a", Duration.ofHours(3));
    AccessToken replaced = token("b", Duration.ofHours(4));
    store.save(SHOP, replaced);

    assertThat(manager(refresher).refreshRejected(SHOP, rejected)).isSameAs(replaced);
    assertThat(refresher.calls).hasValue(0);
  }

  @Test
  void builder_rejectsBadValuesNamingTheField() {
    assertThatThrownBy(() -> TokenManager.builder(null, (s, t) -> t))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("store must not be null: null");
    assertThatThrownBy(
            () -> TokenManager.builder(store, (s, t) -> t).refreshMargin(Duration.ofSeconds(-1)))
        .hasMessage("refreshMargin must not be negative: PT-1S");
  }

  @Test
  void token_onAnotherShop_refreshesIndependently() {
    SingleUseRefresher refresher = new SingleUseRefresher();
    ShopRef other = ShopRef.of(Marketplace.SHOPEE, "777");
    store.save(SHOP, token("a", Duration.ZERO));
    store.save(other, token("b", Duration.ZERO));
    TokenManager manager = manager(refresher);

    manager.token(SHOP);
    manager.token(other);

    assertThat(refresher.calls).hasValue(2);
    assertThat(refresher.spent).containsExactlyInAnyOrder("refresh-a", "refresh-b");
  }

  @Test
  void issuing_whenTheShopHasNoToken_issuesOneFor16ThreadsAndSavesIt() throws Exception {
    int threads = 16;
    AtomicInteger issued = new AtomicInteger();
    CountDownLatch allRead = new CountDownLatch(threads);
    TokenManager manager = TokenManager.issuing(countingStore(allRead), shop -> {
          issued.incrementAndGet();
          try {
            assertThat(allRead.await(30, TimeUnit.SECONDS)).isTrue();
          } catch (InterruptedException e) {
            throw new AssertionError(e);
          }
          return AccessToken.withoutRefresh("issued", clock.instant().plus(Duration.ofHours(1)));
        })
        .clock(clock)
        .build();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<AccessToken>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> manager.token(SHOP)));
      }
      for (Future<AccessToken> result : results) {
        assertThat(result.get().accessToken()).isEqualTo("issued");
      }
      assertThat(issued).hasValue(1);
      assertThat(store.load(SHOP).orElseThrow().accessToken()).isEqualTo("issued");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void issuing_whenTheTokenExpires_issuesANewOneWithoutARefreshToken() {
    AtomicInteger issued = new AtomicInteger();
    TokenManager manager = TokenManager.issuing(
            store,
            shop -> AccessToken.withoutRefresh(
                "issued-" + issued.incrementAndGet(), clock.instant().plus(Duration.ofHours(1))))
        .clock(clock)
        .build();

    assertThat(manager.token(SHOP).accessToken()).isEqualTo("issued-1");
    clock.advance(Duration.ofMinutes(55));
    assertThat(manager.token(SHOP).accessToken()).isEqualTo("issued-2");
    assertThat(manager.token(SHOP).accessToken()).isEqualTo("issued-2");
  }
}
