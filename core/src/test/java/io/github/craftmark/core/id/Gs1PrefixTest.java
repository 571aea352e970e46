package io.github.craftmark.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Gs1PrefixTest {

  @Test
  void of_knowsGs1VietnamAndLeavesUnknownRangesEmpty() {
    assertThat(Gs1Prefix.of("893").isGs1Vietnam()).isTrue();
    assertThat(Gs1Prefix.of("890").isGs1Vietnam()).isFalse();
    assertThat(Gs1Prefix.of("890").memberOrganisation()).isEmpty();
    assertThat(Gs1Prefix.of("690").memberOrganisation()).contains("GS1 China");
  }

  @Test
  void isRestrictedCirculation_coversInStoreAndCouponRanges() {
    assertThat(Gs1Prefix.of("200").isRestrictedCirculation()).isTrue();
    assertThat(Gs1Prefix.of("299").isRestrictedCirculation()).isTrue();
    assertThat(Gs1Prefix.of("300").isRestrictedCirculation()).isFalse();
    assertThat(Gs1Prefix.of("893").isRestrictedCirculation()).isFalse();
    assertThat(Gs1Prefix.of("990").isRestrictedCirculation()).isTrue();
  }

  @Test
  void of_whenNotThreeDigits_isRejected() {
    assertThatThrownBy(() -> Gs1Prefix.of("89")).hasMessage("prefix must be 3 digits: \"89\"");
  }
}
