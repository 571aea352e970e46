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
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
  }
}
