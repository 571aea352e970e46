package io.github.craftmark.provenance.internal.tag;

/**
 * A tag's bytes or digits broke format v1. Internal: the parser turns it into a public error or a
 * verdict. It carries no stack trace, because hostile input may raise it often and cheaply.
 */
public final class TagDecodingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is: a character index or a byte offset, as the message says. */
  private final int index;

  /**
   * Creates the exception.
   *
   * @param message what was expected and what was found
   * @param index where the problem is
   */
  public TagDecodingException(String message, int index) {
    super(message, null, false, false);
    this.index = index;
  }

  /**
   * Returns where the problem is.
   *
   * @return the index
   */
  public int index() {
    return index;
  }
}
