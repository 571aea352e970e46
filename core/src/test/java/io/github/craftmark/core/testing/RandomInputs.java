package io.github.craftmark.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Seeded random inputs for property tests: the same seed gives the same cases on every run, so a
 * failure names a reproducible input. Strings mix ASCII, Vietnamese letters with every diacritic
 * (precomposed and decomposed), punctuation, white space, other scripts and surrogate pairs.
 */
public final class RandomInputs {
  private static final String ALPHABET =
      "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
          + "áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
          + "ÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
          + "0123456789 \t\n-_.,;:!?()/\\'\"@#%&*+=₫\u00a0\u0300\u0301\u0303\u0309\u0323"
          + "中文ไทยß€";

  private RandomInputs() {}

  /** Returns {@code count} random strings of length 0 to {@code maxLength}, from {@code seed}. */
  public static List<String> strings(long seed, int count, int maxLength) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(count);
    out.add("");
    while (out.size() < count) {
      int length = random.nextInt(maxLength + 1);
      StringBuilder sb = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        int pick = random.nextInt(20);
        if (pick == 0) {
          sb.appendCodePoint(0x1F3FA); // an emoji outside the BMP: a surrogate pair
        } else if (pick == 1) {
          sb.append((char) random.nextInt(0x3000));
        } else {
          sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** The same strings as a stream, for {@code @MethodSource}. */
  public static Stream<String> stringStream(long seed, int count, int maxLength) {
    return strings(seed, count, maxLength).stream();
  }
}
