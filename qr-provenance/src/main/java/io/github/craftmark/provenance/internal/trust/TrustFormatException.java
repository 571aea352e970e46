package io.github.craftmark.provenance.internal.trust;

import io.github.craftmark.provenance.ProvenanceException;

/** A member certificate or trust list broke a rule of its wire format. */
public final class TrustFormatException extends ProvenanceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what rule was broken, and where
   */
  public TrustFormatException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what rule was broken, and where
   * @param cause the underlying failure
   */
  public TrustFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
