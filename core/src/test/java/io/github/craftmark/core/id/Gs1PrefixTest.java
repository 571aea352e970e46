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
  void ofGtin8_readsGs18Prefixes() {
    assertThat(Gs1Prefix.ofGtin8("000").isRestrictedCirculation()).isTrue();
    assertThat(Gs1Prefix.ofGtin8("099").isRestrictedCirculation()).isTrue();
    assertThat(Gs1Prefix.ofGtin8("100").isRestrictedCirculation()).isFalse();
    assertThat(Gs1Prefix.ofGtin8("100").memberOrganisation()).contains("GS1 US");
    assertThat(Gs1Prefix.ofGtin8("250").isRestrictedCirculation()).isTrue();
    assertThat(Gs1Prefix.ofGtin8("893")).hasToString("893 (GS1 Vietnam)");
    assertThat(Gs1Prefix.ofGtin8("990").isRestrictedCirculation()).isFalse();
    assertThat(Gs1Prefix.ofGtin8("990").memberOrganisation()).isEmpty();
    assertThat(Gs1Prefix.of("012")).isNotEqualTo(Gs1Prefix.ofGtin8("012"));
  }

  @Test
  void isGs1Vietnam_neverClaimsOrigin_andIsFalseForOtherOffices() {
    assertThat(Gs1Prefix.of("893").memberOrganisation()).contains("GS1 Vietnam");
    assertThat(Gs1Prefix.of("893").toString()).doesNotContainIgnoringCase("made in");
    assertThat(Gs1Prefix.of("690").isGs1Vietnam()).isFalse();
  }

  @Test
  void of_whenNotThreeDigits_isRejected() {
    assertThatThrownBy(() -> Gs1Prefix.ofGtin8("8a3"))
        .hasMessage("prefix must be 3 digits: \"8a3\"");
    assertThatThrownBy(() -> Gs1Prefix.of(null)).hasMessage("prefix must not be null: null");
    assertThatThrownBy(() -> Gs1Prefix.of("89")).hasMessage("prefix must be 3 digits: \"89\"");
  }
}
