package io.github.craftmark.platform.internal.shopee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.shopee.ShopeeSigner;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ShopeeAuthorizationTest {
  private final ShopeeSigner signer = ShopeeSigner.of(2001887, "EXAMPLE-partner-key");

  @Test
  void link_isTheSignedAuthPartnerUrlWithTheRedirectEncoded() {
    URI link = ShopeeAuthorization.link(
        URI.create("https://partner.shopeemobile.com"),
        signer,
        1655714431,
        URI.create("https://gom.example.vn/shopee/callback?from=app"));

    // sign: printf '%s' '2001887/api/v2/shop/auth_partner1655714431'
    //         | openssl dgst -sha256 -hmac 'EXAMPLE-partner-key'
    assertThat(link.toString())
        .isEqualTo("https://partner.shopeemobile.com/api/v2/shop/auth_partner?partner_id=2001887"
            + "&timestamp=1655714431"
            + "&sign=1ac1515af5f9dc4d025d2e4da1715fd3ebdf7edd0535d8f677103211861c5598"
            + "&redirect=https%3A%2F%2Fgom.example.vn%2Fshopee%2Fcallback%3Ffrom%3Dapp");
  }

  @Test
  void link_whenRedirectIsRelative_fails() {
    assertThatThrownBy(() -> ShopeeAuthorization.link(
            URI.create("https://partner.shopeemobile.com"), signer, 1, URI.create("/callback")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("redirect must be an absolute http(s) URI: /callback");
  }

  @Test
  void parseCallback_readsCodeAndShopId() {
    ShopeeAuthorization.Callback callback = ShopeeAuthorization.parseCallback(URI.create(
        "https://gom.example.vn/shopee/callback?from=app&code=4e424c6b%2B&shop_id=14701711"));

    assertThat(callback.code()).isEqualTo("4e424c6b+");
    assertThat(callback.shopId()).isEqualTo(14701711);
    assertThat(callback.toString()).isEqualTo("Callback[code=***, shopId=14701711]");
  }

  @Test
  void parseCallback_whenCodeOrShopMissing_failsWithoutShowingTheCode() {
    assertThatThrownBy(() ->
            ShopeeAuthorization.parseCallback(URI.create("https://gom.example.vn/cb?shop_id=1")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("code must be in the callback query");
    assertThatThrownBy(() ->
            ShopeeAuthorization.parseCallback(URI.create("https://gom.example.vn/cb?code=s3cret")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("shop_id must be a positive number in the callback: null");
    assertThatThrownBy(() -> ShopeeAuthorization.parseCallback(
            URI.create("https://gom.example.vn/cb?code=s3cret&shop_id=-4")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("shop_id must be a positive number in the callback: \"-4\"");
    assertThatThrownBy(() -> ShopeeAuthorization.parseCallback(
            URI.create("https://gom.example.vn/cb?code=s3cret&shop_id=12x")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("shop_id must be a positive number in the callback: \"12x\"");
  }
}
