package io.github.craftmark.core;

import java.util.Objects;

/**
 * A value given to a CraftMark type broke one of its rules.
 *
 * <p>The message names the field, what was expected and the value found, for example {@code "stars
 * must be 3..5: 7"}. {@link #field()} gives the field's name for programmatic handling.
 */
public class InvalidValueException extends CraftMarkException {
  private static final long serialVersionUID = 1L;

  /** The name of the rejected field. */
  private final String field;

  /**
   * Creates an exception whose message is {@code field + " " + expectation + ": " + value}.
   *
   * @param field the name of the field or parameter, e.g. {@code "stars"}
   * @param expectation what the field must be, e.g. {@code "must be 3..5"}
   * @param value the value found; {@code null} is shown as {@code null}
   */
  public InvalidValueException(String field, String expectation, Object value) {
    super(field + " " + expectation + ": " + describe(value));
    this.field = Objects.requireNonNull(field, "field");
  }

  /**
   * Creates an exception whose message does not show the value: for secrets, or for values that are
   * too large to show. The message is {@code field + " " + expectation}.
   *
   * @param field the name of the field or parameter
   * @param expectation what the field must be
   * @return the exception
   */
  public static InvalidValueException withoutValue(String field, String expectation) {
    return new InvalidValueException(field, expectation);
  }

  private InvalidValueException(String field, String expectation) {
    super(field + " " + expectation);
    this.field = Objects.requireNonNull(field, "field");
  }

  /**
   * Returns the name of the field or parameter whose value was rejected.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  private static final int MAX_SHOWN = 200;

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    String text = value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
    return shorten(text, MAX_SHOWN);
  }

  /**
   * Cuts {@code text} to {@code max} code points (never inside a surrogate pair) and shows line
   * breaks and other control characters escaped, so that a value read from input cannot forge
   * extra lines in a log.
   */
  static String shorten(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max + 8));
    int shown = 0;
    for (int i = 0; i < text.length(); ) {
      if (shown == max) {
        return out.append('…').toString();
      }
      int c = text.codePointAt(i);
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
      shown++;
    }
    return out.toString();
  }
}
