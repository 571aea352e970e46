package io.github.craftmark.provenance.internal.cbor;

import io.github.craftmark.provenance.ProvenanceException;

/**
 * CBOR input broke a rule of the strict reader (or the writer was misused).
 *
 * <p>It carries the byte offset where the problem was found. Callers turn it into a verdict or a
 * more specific {@link ProvenanceException}; it extends that root so that one that slips through is
 * still one of the module's errors.
 */
public final class CborException extends ProvenanceException {
  private static final long serialVersionUID = 1L;

  /** Where in the input the problem was found. */
  private final int offset;

  /**
   * Creates the exception; the message is {@code problem + " at offset " + offset}.
   *
   * @param problem what was expected and what was found
   * @param offset the byte offset in the input where the problem is
   */
  public CborException(String problem, int offset) {
    super(problem + " at offset " + offset);
    this.offset = offset;
  }

  /**
   * Returns the byte offset in the input where the problem was found.
   *
   * @return the offset, 0 for the start of the input
   */
  public int offset() {
    return offset;
  }
}
