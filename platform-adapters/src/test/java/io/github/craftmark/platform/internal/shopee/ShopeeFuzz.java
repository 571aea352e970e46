package io.github.craftmark.platform.internal.shopee;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded mutations of recorded-shape bodies, for the parsers' fuzz tests. */
final class ShopeeFuzz {
  private static final String[] SPLICES = {
    "",
    "null",
    "{}",
    "[]",
    "\"\"",
    "-1",
    "0",
    "1e999",
    "18446744073709551616",
    "\"x\"",
    "true",
    "{\"a\":",
    "]",
    "}",
    ",",
    "\"",
    "\\u0000",
    "1.5",
    "[1,2]",
    "{\"item_id\":\"7\"}",
    "Bình",
    "\uD83C\uDFFA"
  };

  private ShopeeFuzz() {}

  /** Returns {@code count} inputs derived from the seeds: byte flips, cuts and JSON splices. */
  static List<byte[]> mutations(long seed, int count, String... seeds) {
    Random random = new Random(seed);
    List<byte[]> out = new ArrayList<>(count);
    for (String s : seeds) {
      out.add(s.getBytes(StandardCharsets.UTF_8));
    }
    while (out.size() < count) {
      byte[] base = seeds[random.nextInt(seeds.length)].getBytes(StandardCharsets.UTF_8);
      switch (random.nextInt(4)) {
        case 0 -> {
          byte[] copy = base.clone();
          for (int i = 0, n = 1 + random.nextInt(4); i < n && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
          }
          out.add(copy);
        }
        case 1 -> out.add(java.util.Arrays.copyOf(base, random.nextInt(base.length + 1)));
        case 2 -> {
          String text = new String(base, StandardCharsets.UTF_8);
          int at = random.nextInt(text.length() + 1);
          int end = Math.min(text.length(), at + random.nextInt(12));
          out.add((text.substring(0, at)
                  + SPLICES[random.nextInt(SPLICES.length)]
                  + text.substring(end))
              .getBytes(StandardCharsets.UTF_8));
        }
        default -> {
          byte[] bytes = new byte[random.nextInt(64)];
          random.nextBytes(bytes);
          out.add(bytes);
        }
      }
    }
    return out;
  }
}
