package io.github.craftmark.core.internal;

import io.github.craftmark.core.InvalidValueException;

/** The syntax shared by the application-level entity ids. */
public final class IdRules {
  private IdRules() {}

  /** The longest id accepted, in characters. */
  public static final int MAX_LENGTH = 64;

  /** Returns {@code value} when it is a valid id, else fails naming {@code field}. */
  public static String check(String field, String value) {
    Checks.notNull(field, value);
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new InvalidValueException(field, "must be 1.." + MAX_LENGTH + " characters", value);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '_'
          || c == ':'
          || c == '-';
      if (!ok) {
        throw new InvalidValueException(
            field, "must use only ASCII letters, digits, '.', '_', ':' and '-'", value);
      }
    }
    return value;
  }
}
