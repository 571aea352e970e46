package io.github.craftmark.provenance.internal.tag;

/**
 * A tag's bytes or digits broke format v1. Internal: the parser turns it into a public error or a
 * verdict. It carries no stack trace, because hostile input may raise it often and cheaply.
 */
public final class TagDecodingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is: a character index or a byte offset, as the message says. */
  private final int index;

  /** Whether the tag is of a format version or algorithm this reader does not know. */
  private final boolean unsupportedVersion;

  /**
   * Creates the exception for a malformed tag.
   *
   * @param message what was expected and what was found
   * @param index where the problem is
   */
  public TagDecodingException(String message, int index) {
    this(message, index, false);
  }

  /**
   * Creates the exception.
   *
   * @param message what was expected and what was found
   * @param index where the problem is
   * @param unsupportedVersion whether the tag is of a format version this reader does not know
   */
  public TagDecodingException(String message, int index, boolean unsupportedVersion) {
    super(message, null, false, false);
    this.index = index;
    this.unsupportedVersion = unsupportedVersion;
  }

  /**
   * Tells whether the tag is of a format version or algorithm this reader does not know, rather
   * than malformed.
   *
   * @return whether the version is unsupported
   */
  public boolean unsupportedVersion() {
    return unsupportedVersion;
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
