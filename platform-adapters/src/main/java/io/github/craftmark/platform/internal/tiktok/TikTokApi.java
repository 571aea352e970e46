package io.github.craftmark.platform.internal.tiktok;

import java.net.URI;

/**
 * TikTok Shop Open API constants: hosts, paths of API version 202309, limits and error codes, as
 * published in TikTok Shop Partner Center.
 */
public final class TikTokApi {
  private TikTokApi() {}

  /** The API version every path below belongs to. */
  public static final String VERSION = "202309";

  /** The production host of the shop APIs. */
  public static final URI OPEN_API = URI.create("https://open-api.tiktokglobalshop.com");

  /** The production host of the token APIs. */
  public static final URI AUTH_API = URI.create("https://auth.tiktok-shops.com");

  /** Exchanges an authorization code for tokens ({@code GET}, unsigned, secret in the query). */
  public static final String TOKEN_GET = "/api/v2/token/get";

  /** Exchanges a refresh token for new tokens ({@code GET}, unsigned, secret in the query). */
  public static final String TOKEN_REFRESH = "/api/v2/token/refresh";

  /** Where a seller authorises the app (legacy link by app key). */
  public static final String AUTHORIZE = "/oauth/authorize";

  /** Lists the shops a token may act for, with their {@code cipher} ({@code GET}). */
  public static final String AUTHORIZED_SHOPS = "/authorization/202309/shops";

  /** Uploads one product image ({@code POST}, multipart only, no {@code shop_cipher}). */
  public static final String IMAGE_UPLOAD = "/product/202309/images/upload";

  /** Creates a product ({@code POST}). */
  public static final String PRODUCTS = "/product/202309/products";

  /** Searches the shop's products, one page per call ({@code POST}). */
  public static final String PRODUCTS_SEARCH = "/product/202309/products/search";

  /** Searches the shop's orders, one page per call ({@code POST}). */
  public static final String ORDERS_SEARCH = "/order/202309/orders/search";

  /** Reads orders by id, {@code ids} comma-separated ({@code GET}). */
  public static final String ORDERS = "/order/202309/orders";

  /** Timestamps older than this many seconds are rejected. */
  public static final long TIMESTAMP_TOLERANCE_SECONDS = 300;

  /** Most products or orders one search page returns. */
  public static final int MAX_PAGE_SIZE = 100;

  /** Most order ids one {@link #ORDERS} call accepts. */
  public static final int MAX_ORDER_IDS = 50;

  /** Body code of a successful call. */
  public static final long OK = 0;

  /** "Too many requests" (sent with HTTP 429): back off and retry. */
  public static final long TOO_MANY_REQUESTS = 36009002;

  /** "Internal error. Please try again.": transient. */
  public static final long INTERNAL_ERROR = 36009003;

  /** Invalid parameter, including a missing or stale {@code timestamp}, {@code app_key} or header. */
  public static final long INVALID_PARAMETER = 36009004;

  /** The access token is invalid. */
  public static final long ACCESS_TOKEN_INVALID = 105001;

  /** The access token has expired: refresh it. */
  public static final long ACCESS_TOKEN_EXPIRED = 105002;

  /** The {@code sign} query parameter is wrong. */
  public static final long INVALID_SIGN = 106001;

  /** The authorization code is invalid, used or expired. */
  public static final long INVALID_AUTH_CODE = 36004004;

  /** The path for updating one product's SKU prices ({@code POST}). */
  public static String priceUpdatePath(String productId) {
    return PRODUCTS + "/" + productId + "/prices/update";
  }

  /** The path for updating one product's SKU inventory ({@code POST}). */
  public static String inventoryUpdatePath(String productId) {
    return PRODUCTS + "/" + productId + "/inventory/update";
  }
}
