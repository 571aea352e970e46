package io.github.craftmark.platform.internal.lazada;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Seeded random inputs for the parsers' fuzz tests: every run tries the same inputs. */
final class Mutations {
  private Mutations() {}

  static Stream<Long> seeds() {
    return LongStream.range(7_000L, 7_040L).boxed();
  }

  /** A copy of {@code sample} with a few random flips, cuts, duplications or random bytes. */
  static byte[] mutate(byte[] sample, Random random) {
    byte[] bytes = sample.clone();
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && bytes.length > 0; e++) {
      switch (random.nextInt(5)) {
        case 0 -> bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        case 1 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
        case 2 -> {
          int at = random.nextInt(bytes.length);
          byte[] grown = new byte[bytes.length + 1];
          System.arraycopy(bytes, 0, grown, 0, at);
          grown[at] = (byte) "{}[]\",:0-e\\".charAt(random.nextInt(11));
          System.arraycopy(bytes, at, grown, at + 1, bytes.length - at);
          bytes = grown;
        }
        case 3 -> {
          int from = random.nextInt(bytes.length);
          int to = from + random.nextInt(bytes.length - from);
          byte[] cut = new byte[bytes.length - (to - from)];
          System.arraycopy(bytes, 0, cut, 0, from);
          System.arraycopy(bytes, to, cut, from, bytes.length - to);
          bytes = cut;
        }
        default -> {
          bytes = new byte[random.nextInt(64)];
          random.nextBytes(bytes);
        }
      }
    }
    return bytes;
  }
}
