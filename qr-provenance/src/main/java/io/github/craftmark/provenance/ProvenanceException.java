package io.github.craftmark.provenance;

import io.github.craftmark.core.CraftMarkException;

/**
 * The root of the errors thrown by the signed-tag module: bad keys, malformed trust lists and
 * other inputs that cannot be used.
 *
 * <p>Verifying a tag never throws it: a fake or damaged tag is a verdict, not an exception. Messages
 * never contain private keys, passphrases or other secrets.
 */
public class ProvenanceException extends CraftMarkException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, with what was expected and what was found
   */
  public ProvenanceException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and its cause.
   *
   * @param message what went wrong, with what was expected and what was found
   * @param cause the underlying failure
   */
  public ProvenanceException(String message, Throwable cause) {
    super(message, cause);
  }
}
