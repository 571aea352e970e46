package io.github.craftmark.platform.internal.shopee;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.shopee.ShopeeSigner;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The seller authorisation step: the {@code /api/v2/shop/auth_partner} link a seller opens, and
 * the redirect Shopee sends back with a one-time {@code code} (valid 10 minutes) and the {@code
 * shop_id}.
 */
public final class ShopeeAuthorization {
  private ShopeeAuthorization() {}

  /**
   * Builds the authorisation link. It carries a public-API signature over {@code partner_id +
   * /api/v2/shop/auth_partner + timestamp}, so it stops working five minutes after {@code
   * timestamp}.
   *
   * @param base the API host, e.g. {@code https://partner.shopeemobile.com}
   * @param signer signs with the partner key
   * @param timestamp Unix seconds
   * @param redirect where Shopee sends the seller back; its domain must be registered on the console
   * @return the link
   */
  public static URI link(URI base, ShopeeSigner signer, long timestamp, URI redirect) {
    if (redirect == null
        || !redirect.isAbsolute()
        || redirect.getHost() == null
        || !(redirect.getScheme().equals("https") || redirect.getScheme().equals("http"))) {
      throw new InvalidValueException("redirect", "must be an absolute http(s) URI", redirect);
    }
    String path = ShopeeEndpoint.AUTH_PARTNER.path();
    return URI.create(ShopeeRequest.origin(base)
        + path
        + "?partner_id="
        + signer.partnerId()
        + "&timestamp="
        + timestamp
        + "&sign="
        + signer.signPublic(path, timestamp)
        + "&redirect="
        + ShopeeRequest.encode(redirect.toString()));
  }

  /**
   * Reads the redirect Shopee sent the seller back to.
   *
   * @param callback the full redirect URI, e.g. {@code https://gom.example.vn/cb?code=…&shop_id=…}
   * @return the code and shop id
   * @throws InvalidValueException when {@code code} or a positive numeric {@code shop_id} is
   *     missing (the code itself is never shown)
   */
  public static Callback parseCallback(URI callback) {
    if (callback == null) {
      throw new InvalidValueException("callback", "must not be null", null);
    }
    String code = null;
    String shopId = null;
    String query = callback.getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        if (name.equals("code") && code == null) {
          code = value;
        } else if (name.equals("shop_id") && shopId == null) {
          shopId = value;
        }
      }
    }
    if (code == null || code.isBlank()) {
      throw InvalidValueException.withoutValue("code", "must be in the callback query");
    }
    long shop;
    try {
      shop = Long.parseLong(shopId == null ? "" : shopId);
    } catch (NumberFormatException e) {
      throw new InvalidValueException(
          "shop_id", "must be a positive number in the callback", shopId);
    }
    if (shop <= 0) {
      throw new InvalidValueException(
          "shop_id", "must be a positive number in the callback", shopId);
    }
    return new Callback(code, shop);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /**
   * What the authorisation redirect carries.
   *
   * @param code the one-time authorisation code (secret; hidden from {@link #toString()})
   * @param shopId the shop that granted access
   */
  public record Callback(String code, long shopId) {
    @Override
    public String toString() {
      return "Callback[code=***, shopId=" + shopId + "]";
    }
  }
}
