package io.github.craftmark.platform.internal.shopee;

/**
 * The Shopee Open Platform v2 calls the adapter makes, with how each is signed and whether it may
 * be sent again after a failure whose outcome is unknown.
 */
public enum ShopeeEndpoint {
  /** The seller authorisation link (opened in a browser, never called by the SDK). */
  AUTH_PARTNER("/api/v2/shop/auth_partner", Method.GET, Kind.PUBLIC, false),
  /** Exchanges the one-time authorisation code for the first token pair. */
  TOKEN_GET("/api/v2/auth/token/get", Method.POST, Kind.PUBLIC, false),
  /** Spends the single-use refresh token for a new token pair. */
  ACCESS_TOKEN_GET("/api/v2/auth/access_token/get", Method.POST, Kind.PUBLIC, false),
  /** Uploads one image to Shopee's media space (multipart). */
  UPLOAD_IMAGE("/api/v2/media_space/upload_image", Method.POST, Kind.PUBLIC, true),
  /** Creates an item. */
  ADD_ITEM("/api/v2/product/add_item", Method.POST, Kind.SHOP, false),
  /** Creates the variation tiers and models of an item. */
  INIT_TIER_VARIATION("/api/v2/product/init_tier_variation", Method.POST, Kind.SHOP, false),
  /** Sets model prices of one item (absolute values, so repeating it is harmless). */
  UPDATE_PRICE("/api/v2/product/update_price", Method.POST, Kind.SHOP, true),
  /** Sets model stock of one item (absolute values, so repeating it is harmless). */
  UPDATE_STOCK("/api/v2/product/update_stock", Method.POST, Kind.SHOP, true),
  /** Lists item ids page by page (offset paging). */
  GET_ITEM_LIST("/api/v2/product/get_item_list", Method.GET, Kind.SHOP, true),
  /** Reads the basic data of up to 50 items. */
  GET_ITEM_BASE_INFO("/api/v2/product/get_item_base_info", Method.GET, Kind.SHOP, true),
  /** Reads the models (variants) of one item. */
  GET_MODEL_LIST("/api/v2/product/get_model_list", Method.GET, Kind.SHOP, true),
  /** Lists order numbers in a time window of at most 15 days (cursor paging). */
  GET_ORDER_LIST("/api/v2/order/get_order_list", Method.GET, Kind.SHOP, true),
  /** Reads up to 50 orders. */
  GET_ORDER_DETAIL("/api/v2/order/get_order_detail", Method.GET, Kind.SHOP, true);

  /** The HTTP method of a call. */
  public enum Method {
    /** Parameters in the query. */
    GET,
    /** Common parameters in the query, request parameters in the body. */
    POST
  }

  /** Which common parameters a call carries and signs. */
  public enum Kind {
    /** {@code partner_id}, {@code timestamp}, {@code sign}. */
    PUBLIC,
    /** Public parameters plus {@code access_token} and {@code shop_id}. */
    SHOP
  }

  private final String path;
  private final Method method;
  private final Kind kind;
  private final boolean safeToRetry;

  ShopeeEndpoint(String path, Method method, Kind kind, boolean safeToRetry) {
    this.path = path;
    this.method = method;
    this.kind = kind;
    this.safeToRetry = safeToRetry;
  }

  /** Returns the API path, e.g. {@code /api/v2/product/add_item}. */
  public String path() {
    return path;
  }

  /** Returns the HTTP method. */
  public Method method() {
    return method;
  }

  /** Returns how the call is signed. */
  public Kind kind() {
    return kind;
  }

  /**
   * Tells whether the call may be sent again when its outcome is unknown (a 5xx or a lost
   * connection). A rate-limit rejection means Shopee did not act, so any call may be repeated then.
   */
  public boolean safeToRetry() {
    return safeToRetry;
  }

  /** Finds the endpoint with this path. */
  public static java.util.Optional<ShopeeEndpoint> forPath(String path) {
    for (ShopeeEndpoint endpoint : values()) {
      if (endpoint.path.equals(path)) {
        return java.util.Optional.of(endpoint);
      }
    }
    return java.util.Optional.empty();
  }
}
