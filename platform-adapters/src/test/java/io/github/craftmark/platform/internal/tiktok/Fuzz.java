package io.github.craftmark.platform.internal.tiktok;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Seeded inputs for the parser fuzz tests: random bytes and mutations of valid documents. */
final class Fuzz {
  private Fuzz() {}

  static Stream<Long> seeds() {
    Random random = new Random(20240603L);
    return IntStream.range(0, 12).mapToObj(i -> random.nextLong());
  }

  /** A mutation of {@code valid}: bytes flipped, cut, duplicated or replaced by JSON tokens. */
  static byte[] mutate(Random random, String valid) {
    byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
    switch (random.nextInt(6)) {
      case 0 -> {
        byte[] noise = new byte[random.nextInt(64)];
        random.nextBytes(noise);
        return noise;
      }
      case 1 -> {
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      }
      case 2 -> {
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
      }
      case 3 -> {
        String[] tokens = {
          "null", "[]", "{}", "\"\"", "-1", "1e400", "true", "\"x\"", "9223372036854775808"
        };
        String text = valid;
        int at = random.nextInt(text.length());
        int end = Math.min(text.length(), at + random.nextInt(12));
        return (text.substring(0, at) + tokens[random.nextInt(tokens.length)] + text.substring(end))
            .getBytes(StandardCharsets.UTF_8);
      }
      case 4 -> {
        String[] values = {
          "null", "[]", "{}", "\"\"", "-5", "1.5", "\"abc\"", "12345678901234567890"
        };
        return valid
            .replaceAll(
                ":\\s*(\"[^\"]*\"|-?[0-9.]+)",
                random.nextBoolean() ? ":" + values[random.nextInt(values.length)] : ":$1")
            .getBytes(StandardCharsets.UTF_8);
      }
      default -> {
        return (valid + valid).getBytes(StandardCharsets.UTF_8);
      }
    }
  }
}
