package io.github.craftmark.provenance.key;

import io.github.craftmark.provenance.ProvenanceException;

/**
 * A key could not be read: bad PEM, DER or JWK, an unsupported algorithm or curve, or a wrong
 * passphrase for an encrypted private key.
 *
 * <p>The message says what was expected and what was found, never the key material or the
 * passphrase.
 */
public class KeyFormatException extends ProvenanceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what was expected and what was found
   */
  public KeyFormatException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and its cause.
   *
   * @param message what was expected and what was found
   * @param cause the underlying failure
   */
  public KeyFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
