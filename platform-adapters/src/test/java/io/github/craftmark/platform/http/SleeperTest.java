package io.github.craftmark.platform.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SleeperTest {
  @Test
  void system_whenInterrupted_throwsInterruptedException() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> Sleeper.system().sleep(Duration.ofMillis(1)))
          .isInstanceOf(InterruptedException.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void system_withZeroOrNegative_returnsAtOnceEvenWhenInterrupted() {
    Thread.currentThread().interrupt();
    try {
      assertThatCode(() -> {
            Sleeper.system().sleep(Duration.ZERO);
            Sleeper.system().sleep(Duration.ofMillis(-5));
          })
          .doesNotThrowAnyException();
    } finally {
      Thread.interrupted();
    }
  }
}
