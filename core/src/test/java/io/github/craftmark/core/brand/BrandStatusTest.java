package io.github.craftmark.core.brand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrandStatusTest {

  @Test
  void inForce_onlyWhenRegistered() {
    assertThat(BrandStatus.REGISTERED.inForce()).isTrue();
    assertThat(BrandStatus.PENDING.inForce()).isFalse();
    assertThat(BrandStatus.EXPIRED.inForce()).isFalse();
    assertThat(BrandStatus.INVALIDATED.inForce()).isFalse();
  }
}
