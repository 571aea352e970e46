package io.github.craftmark.benchmarks;

import io.github.craftmark.core.text.VietnameseText;
import java.text.Normalizer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Folding Vietnamese text for slugs and search keys, beside its building block: the JDK's NFD
 * decomposition of the same text. The ratio says what our folding costs over the normaliser.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VietnameseTextBenchmark {
  private final String productName = "Bình hút lộc men rạn đắp nổi Bát Tràng cao 25 cm";

  /** The building block: NFD decomposition alone. */
  @Benchmark
  public String jdkNormalizeNfd() {
    return Normalizer.normalize(productName, Normalizer.Form.NFD);
  }

  /** A slug: fold, lower case, join with dashes. */
  @Benchmark
  public String slug() {
    return VietnameseText.slug(productName);
  }

  /** A search key: fold, lower case, collapse white space. */
  @Benchmark
  public String searchKey() {
    return VietnameseText.searchKey(productName);
  }
}
