package io.github.craftmark.core;

/**
 * The root of every exception the CraftMark SDK throws.
 *
 * <p>It is unchecked: bad input is a programming or data error that callers handle where they
 * choose. Expected outcomes (a fake tag, a failed compliance rule) are returned as values, never
 * thrown. Messages never contain secrets.
 */
public class CraftMarkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, with what was expected and what was found
   */
  public CraftMarkException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and its cause.
   *
   * @param message what went wrong, with what was expected and what was found
   * @param cause the underlying failure
   */
  public CraftMarkException(String message, Throwable cause) {
    super(message, cause);
  }
}
