package io.github.craftmark.platform.internal.tiktok;

import io.github.craftmark.core.CraftMarkException;

/**
 * A TikTok Shop response did not have the documented shape. The message says what was expected and
 * never contains tokens or secrets.
 */
public final class TikTokResponseException extends CraftMarkException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was expected and what was found
   */
  public TikTokResponseException(String message) {
    super(message);
  }
}
