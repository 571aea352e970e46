package io.github.craftmark.platform.internal.shopee;

import io.github.craftmark.core.CraftMarkException;

/** A successful Shopee response lacked a field the adapter needs, or carried a malformed one. */
public final class ShopeeFormatException extends CraftMarkException {
  private static final long serialVersionUID = 1L;

  /** Shopee's request id, for support. */
  private final String requestId;

  /**
   * Creates the exception.
   *
   * @param message what was expected and what was found (never a token)
   * @param requestId Shopee's request id, empty when none
   */
  public ShopeeFormatException(String message, String requestId) {
    super(message + (requestId.isEmpty() ? "" : " (request_id " + requestId + ")"));
    this.requestId = requestId;
  }

  /** Returns Shopee's request id, empty when none. */
  public String requestId() {
    return requestId;
  }
}
