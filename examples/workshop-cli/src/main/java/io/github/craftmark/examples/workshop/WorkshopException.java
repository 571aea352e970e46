package io.github.craftmark.examples.workshop;

/** A command could not do what was asked; the message says why, for the person at the terminal. */
public final class WorkshopException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception.
   *
   * @param message what went wrong and what to do
   */
  public WorkshopException(String message) {
    super(message);
  }

  /**
   * Makes the exception with its cause.
   *
   * @param message what went wrong and what to do
   * @param cause the underlying failure
   */
  public WorkshopException(String message, Throwable cause) {
    super(message, cause);
  }
}
