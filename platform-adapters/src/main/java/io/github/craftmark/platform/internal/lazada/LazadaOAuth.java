package io.github.craftmark.platform.internal.lazada;

import io.github.craftmark.core.InvalidValueException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Lazada's seller authorisation ("code for token"): the authorise link, and the two token calls on
 * the central auth gateway.
 */
final class LazadaOAuth {
  /** The page a seller opens to authorise the app (Seller authorization introduction). */
  static final URI AUTHORIZE_ENDPOINT = URI.create("https://auth.lazada.com/oauth/authorize");

  /** The central auth gateway for every venture; token calls are made here, not per country. */
  static final URI AUTH_GATEWAY = URI.create("https://auth.lazada.com/rest");

  static final String TOKEN_CREATE = "/auth/token/create";
  static final String TOKEN_REFRESH = "/auth/token/refresh";

  private LazadaOAuth() {}

  /**
   * The link that starts authorisation: {@code response_type=code}, {@code force_auth=true} (a
   * fresh login session, so a seller who is signed in elsewhere picks the right shop), the
   * registered callback and the app key as {@code client_id}; {@code state} comes back unchanged.
   *
   * @param authorizeEndpoint normally {@link #AUTHORIZE_ENDPOINT}
   * @param appKey the app key
   * @param redirectUri the callback registered in the App Console, exactly
   * @param state an opaque value to bind the callback to the session, if any
   * @param country a venture to preselect ({@code vn}), if any
   */
  static URI authorizationUri(
      URI authorizeEndpoint,
      String appKey,
      URI redirectUri,
      Optional<String> state,
      Optional<String> country) {
    if (redirectUri == null || !redirectUri.isAbsolute()) {
      throw new InvalidValueException("redirectUri", "must be an absolute URI", redirectUri);
    }
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("force_auth", "true");
    query.put("redirect_uri", redirectUri.toString());
    query.put("client_id", appKey);
    state.ifPresent(s -> query.put("state", s));
    country.ifPresent(c -> query.put("country", c));
    String base = authorizeEndpoint.toString();
    return URI.create(base + (base.contains("?") ? "&" : "?") + LazadaQuery.of(query));
  }
}
