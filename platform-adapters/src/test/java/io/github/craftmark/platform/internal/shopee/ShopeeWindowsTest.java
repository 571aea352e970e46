package io.github.craftmark.platform.internal.shopee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShopeeWindowsTest {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void split_within15Days_isOneWindow() {
    assertThat(ShopeeWindows.split(T0, T0.plus(Duration.ofDays(15))))
        .containsExactly(new ShopeeWindows.Window(T0, T0.plus(Duration.ofDays(15))));
  }

  @Test
  void split_over40Days_givesThreeAdjacentWindows() {
    List<ShopeeWindows.Window> windows = ShopeeWindows.split(T0, T0.plus(Duration.ofDays(40)));

    assertThat(windows)
        .containsExactly(
            new ShopeeWindows.Window(T0, T0.plus(Duration.ofDays(15))),
            new ShopeeWindows.Window(
                T0.plus(Duration.ofDays(15)).plusSeconds(1),
                T0.plus(Duration.ofDays(30)).plusSeconds(1)),
            new ShopeeWindows.Window(
                T0.plus(Duration.ofDays(30)).plusSeconds(2), T0.plus(Duration.ofDays(40))));
  }

  @Test
  void split_whenSinceIsAfterNow_fails() {
    assertThatThrownBy(() -> ShopeeWindows.split(T0.plusSeconds(1), T0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("since must not be after now (2026-01-01T00:00:00Z): 2026-01-01T00:00:01Z");
  }

  static LongStream randomSpans() {
    Random random = new Random(15L);
    return Stream.generate(() -> (long) random.nextInt(200 * 86_400))
        .limit(300)
        .mapToLong(Long::longValue);
  }

  @ParameterizedTest
  @MethodSource("randomSpans")
  void split_coversEverySecondExactlyOnceInWindowsOfAtMost15Days(long span) {
    Instant to = T0.plusSeconds(span);
    List<ShopeeWindows.Window> windows = ShopeeWindows.split(T0, to);

    assertThat(windows.get(0).from()).isEqualTo(T0);
    assertThat(windows.get(windows.size() - 1).to()).isEqualTo(to);
    for (int i = 0; i < windows.size(); i++) {
      ShopeeWindows.Window w = windows.get(i);
      assertThat(Duration.between(w.from(), w.to()))
          .isLessThanOrEqualTo(ShopeeWindows.MAX_WINDOW)
          .isGreaterThanOrEqualTo(Duration.ZERO);
      if (i > 0) {
        assertThat(w.from()).isEqualTo(windows.get(i - 1).to().plusSeconds(1));
      }
    }
  }
}
