package io.github.craftmark.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs the same call from many threads released at once, for the thread-safety tests. */
public final class Concurrently {
  private Concurrently() {}

  /**
   * Calls {@code call} {@code rounds} times on each of {@code threads} threads, all started
   * together by a latch, and counts the answers.
   *
   * @param threads how many threads
   * @param rounds calls per thread
   * @param call the call
   * @param <T> what it answers
   * @return each distinct answer and how often it came; a test expects exactly one
   * @throws Exception when a call fails or the threads take longer than a minute
   */
  public static <T> Map<T, Integer> countAnswers(int threads, int rounds, Callable<T> call)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    Map<T, Integer> answers = new ConcurrentHashMap<>();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(() -> {
          start.await();
          for (int r = 0; r < rounds; r++) {
            answers.merge(call.call(), 1, Integer::sum);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : running) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    return Map.copyOf(answers);
  }
}
