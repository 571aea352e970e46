package io.github.craftmark.platform.internal.lazada;

import io.github.craftmark.core.CraftMarkException;

/**
 * A Lazada reply that said "success" but did not have the shape its API reference documents. The
 * message names the API and the field, never a token or a body (bodies can carry secrets).
 */
final class LazadaFormatException extends CraftMarkException {
  private static final long serialVersionUID = 1L;

  LazadaFormatException(String apiPath, String problem) {
    super("Lazada " + apiPath + " reply " + problem);
  }
}
