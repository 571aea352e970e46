package io.github.craftmark.platform.internal.lazada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LazadaOAuthTest {
  @Test
  void authorizationUri_hasTheDocumentedParametersInOrder() {
    URI uri = LazadaOAuth.authorizationUri(
        LazadaOAuth.AUTHORIZE_ENDPOINT,
        "100001",
        URI.create("https://shop.example.vn/lazada/callback?from=craftmark"),
        Optional.of("phiên 1/2"),
        Optional.of("vn"));

    assertThat(uri)
        .hasToString("https://auth.lazada.com/oauth/authorize?response_type=code"
            + "&force_auth=true"
            + "&redirect_uri=https%3A%2F%2Fshop.example.vn%2Flazada%2Fcallback%3Ffrom%3Dcraftmark"
            + "&client_id=100001&state=phi%C3%AAn%201%2F2&country=vn");
  }

  @Test
  void authorizationUri_withoutStateOrCountry_leavesThemOut() {
    URI uri = LazadaOAuth.authorizationUri(
        LazadaOAuth.AUTHORIZE_ENDPOINT,
        "100001",
        URI.create("https://shop.example.vn/cb"),
        Optional.empty(),
        Optional.empty());

    assertThat(uri.getQuery())
        .isEqualTo(
            "response_type=code&force_auth=true&redirect_uri=https://shop.example.vn/cb&client_id=100001");
  }

  @Test
  void authorizationUri_relativeRedirect_isRejected() {
    assertThatThrownBy(() -> LazadaOAuth.authorizationUri(
            LazadaOAuth.AUTHORIZE_ENDPOINT,
            "100001",
            URI.create("/cb"),
            Optional.empty(),
            Optional.empty()))
        .hasMessage("redirectUri must be an absolute URI: /cb");
  }

  @Test
  void endpoints_areLazadasCentralAuthAddresses() {
    assertThat(LazadaOAuth.AUTH_GATEWAY).hasToString("https://auth.lazada.com/rest");
    assertThat(LazadaOAuth.TOKEN_CREATE).isEqualTo("/auth/token/create");
    assertThat(LazadaOAuth.TOKEN_REFRESH).isEqualTo("/auth/token/refresh");
  }
}
