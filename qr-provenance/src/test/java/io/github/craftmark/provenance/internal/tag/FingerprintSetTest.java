package io.github.craftmark.provenance.internal.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintSetTest {

  @Test
  void add_tellsNewFromRepeated_likeAHashSet() {
    Random random = new Random(8);
    FingerprintSet set = new FingerprintSet(20_000);
    Set<Long> reference = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      // Few distinct values, so that repeats are common; 0 included.
      long value = random.nextInt(15_000) * 0x1_0000_0001L;
      assertThat(set.add(value)).isEqualTo(reference.add(value));
    }
    assertThat(set.size()).isEqualTo(reference.size());
  }

  @Test
  void add_beyondTheCapacity_fails() {
    FingerprintSet set = new FingerprintSet(2);
    for (long v = 1; v <= 2; v++) {
      assertThat(set.add(v)).isTrue();
    }
    assertThatThrownBy(() -> set.add(3)).isInstanceOf(IllegalStateException.class);
  }
}
