package io.github.craftmark.platform.internal.shopee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class ShopAuthTest {
  @Test
  void toString_hidesTheToken() {
    assertThat(new ShopAuth(14701711, "59777174636562737266615546704c6d").toString())
        .isEqualTo("ShopAuth[shopId=14701711, accessToken=***]");
  }

  @Test
  void constructor_whenTokenBlankOrShopMissing_failsWithoutShowingTheToken() {
    assertThatThrownBy(() -> new ShopAuth(1, " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("accessToken must not be blank");
    assertThatThrownBy(() -> new ShopAuth(0, "s3cret"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("shopId must be positive: 0");
  }
}
