package io.github.craftmark.core;

/**
 * Text could not be parsed into a CraftMark value.
 *
 * <p>Like {@link java.time.format.DateTimeParseException}, it carries the text that was parsed and
 * the index where parsing failed, so a caller can point at the problem.
 */
public class CraftMarkParseException extends CraftMarkException {
  private static final long serialVersionUID = 1L;

  private static final int MAX_SHOWN = 200;

  /** The text that was being parsed. */
  private final String parsedText;

  /** Where in {@link #parsedText} parsing failed. */
  private final int errorIndex;

  /**
   * Creates a parse exception.
   *
   * @param message what was expected and what was found
   * @param parsedText the text that was being parsed
   * @param errorIndex the index in {@code parsedText} where the problem is, 0 if unknown
   */
  public CraftMarkParseException(String message, CharSequence parsedText, int errorIndex) {
    super(message + " at index " + errorIndex + " in " + shown(parsedText));
    this.parsedText = parsedText == null ? "" : parsedText.toString();
    this.errorIndex = errorIndex;
  }

  /**
   * Returns the text that was being parsed.
   *
   * @return the parsed text, never null
   */
  public String parsedText() {
    return parsedText;
  }

  /**
   * Returns the index in {@link #parsedText()} where parsing failed.
   *
   * @return the error index
   */
  public int errorIndex() {
    return errorIndex;
  }

  private static String shown(CharSequence text) {
    if (text == null) {
      return "null";
    }
    return "\"" + InvalidValueException.shorten(text.toString(), MAX_SHOWN) + "\"";
  }
}
