package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class ShopRefTest {
  @Test
  void key_isMarketplaceAndShopIdWithoutProperties() {
    ShopRef shop = ShopRef.of(Marketplace.TIKTOK_SHOP, "7495xyz")
        .withProperty("shop_cipher", "GCP_XF90igAAAABh00qsWgtvOiGFNqyubMt3");

    assertThat(shop.key()).isEqualTo("tiktok-shop:7495xyz");
    assertThat(shop).hasToString("tiktok-shop:7495xyz");
    assertThat(shop.property("shop_cipher")).contains("GCP_XF90igAAAABh00qsWgtvOiGFNqyubMt3");
    assertThat(shop.property("region")).isEmpty();
  }

  @Test
  void withProperty_replacesAndLeavesTheOriginalUnchanged() {
    ShopRef original = ShopRef.of(Marketplace.LAZADA, "100").withProperty("country", "vn");

    ShopRef changed = original.withProperty("country", "th");

    assertThat(original.property("country")).contains("vn");
    assertThat(changed.property("country")).contains("th");
    assertThat(changed).isNotEqualTo(original);
  }

  @Test
  void shopId_mustBeATokenWithoutSpaces() {
    assertThatThrownBy(() -> ShopRef.of(Marketplace.SHOPEE, "12 34"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("shopId must not contain white space or control characters: \"12 34\"");
    assertThatThrownBy(() -> ShopRef.of(Marketplace.SHOPEE, ""))
        .hasMessage("shopId must be 1..128 characters: \"\"");
    assertThatThrownBy(() -> ShopRef.of(null, "1"))
        .hasMessage("marketplace must not be null: null");
  }
}
