package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class MarketplaceTest {
  @Test
  void builtIns_haveStableCodesAndNames() {
    assertThat(Marketplace.SHOPEE.code()).isEqualTo("shopee");
    assertThat(Marketplace.LAZADA.code()).isEqualTo("lazada");
    assertThat(Marketplace.TIKTOK_SHOP.code()).isEqualTo("tiktok-shop");
    assertThat(Marketplace.FAKE.code()).isEqualTo("fake");
    assertThat(Marketplace.TIKTOK_SHOP.displayName()).isEqualTo("TikTok Shop");
    assertThat(Marketplace.all())
        .startsWith(
            Marketplace.SHOPEE, Marketplace.LAZADA, Marketplace.TIKTOK_SHOP, Marketplace.FAKE);
  }

  @Test
  void fromCode_findsBuiltInAndRegistered() {
    Marketplace tiki = Marketplace.register("tiki-test", "Tiki");

    assertThat(Marketplace.fromCode("shopee")).isSameAs(Marketplace.SHOPEE);
    assertThat(Marketplace.fromCode("tiki-test")).isSameAs(tiki);
    assertThat(Marketplace.register("tiki-test", "Tiki")).isSameAs(tiki);
    assertThat(Marketplace.find("tiki-test")).contains(tiki);
  }

  @Test
  void fromCode_whenUnknown_namesTheCode() {
    assertThatThrownBy(() -> Marketplace.fromCode("sendo"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("marketplace must be a built-in or registered code: \"sendo\"");
    assertThat(Marketplace.find("sendo")).isEmpty();
    assertThat(Marketplace.find(null)).isEmpty();
  }

  @Test
  void register_whenCodeTakenWithAnotherName_fails() {
    assertThatThrownBy(() -> Marketplace.register("shopee", "Shopee Mall"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("code is already registered as Shopee: \"shopee\"");
  }

  @Test
  void of_whenCodeIsNotASlug_fails() {
    assertThatThrownBy(() -> Marketplace.of("Tiki", "Tiki"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("code must be a lower-case ASCII slug of at most 32 chars: \"Tiki\"");
    assertThatThrownBy(() -> Marketplace.of("tiki", " "))
        .hasMessage("displayName must not be blank: \" \"");
  }

  @Test
  void equality_isByCode() {
    assertThat(Marketplace.of("shopee", "Another name")).isEqualTo(Marketplace.SHOPEE);
    assertThat(Marketplace.of("shopee", "x").hashCode()).isEqualTo(Marketplace.SHOPEE.hashCode());
    assertThat(Marketplace.SHOPEE).hasToString("shopee");
  }
}
