package io.github.craftmark.examples.workshop;

import java.nio.file.Path;

/** A catalogue file could not be read: the message names the file, the line and the field. */
public final class CatalogueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The 1-based line of the problem, or 0 when unknown. */
  private final int line;
  /** The field of the problem, or null. */
  private final String field;

  /**
   * Makes the exception.
   *
   * @param file the file
   * @param line the 1-based line, or 0 when unknown
   * @param field the field (a JSON path or a CSV column), or null
   * @param problem what is wrong
   */
  public CatalogueException(Path file, int line, String field, String problem) {
    super(file.getFileName()
        + (line > 0 ? " line " + line : "")
        + (field != null ? " field " + field : "")
        + ": "
        + problem);
    this.line = line;
    this.field = field;
  }

  /**
   * Returns the line of the problem.
   *
   * @return the 1-based line, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the field of the problem.
   *
   * @return the field, or null when unknown
   */
  public String field() {
    return field;
  }
}
