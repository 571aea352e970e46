package io.github.craftmark.platform.internal;

import io.github.craftmark.core.InvalidValueException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Argument checks shared by the platform value types; every failure names the field. */
public final class Checks {
  private Checks() {}

  /** Fails with "field must not be null: null" when {@code value} is null. */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new InvalidValueException(field, "must not be null", null);
    }
    return value;
  }

  /**
   * Returns an API path as the signers take it: starting with {@code /}, without query, fragment or
   * space. Checked with {@link String#indexOf(int)}, as it runs on every signature.
   */
  public static String apiPath(String apiPath) {
    if (apiPath == null
        || !apiPath.startsWith("/")
        || apiPath.indexOf('?') >= 0
        || apiPath.indexOf('#') >= 0
        || apiPath.indexOf(' ') >= 0) {
      throw new InvalidValueException(
          "apiPath", "must start with / and hold no query, fragment or space", apiPath);
    }
    return apiPath;
  }

  /** Returns the text normalised to NFC and stripped; fails when it is null or blank. */
  public static String text(String field, String value) {
    notNull(field, value);
    String stripped = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    if (stripped.isEmpty()) {
      throw new InvalidValueException(field, "must not be blank", value);
    }
    return stripped;
  }

  /** Like {@link #text(String, String)} with an upper bound on the length in code points. */
  public static String text(String field, String value, int maxLength) {
    String result = text(field, value);
    if (result.codePointCount(0, result.length()) > maxLength) {
      throw new InvalidValueException(field, "must be at most " + maxLength + " characters", value);
    }
    return result;
  }

  /** Returns an identifier as given (no normalisation): 1..max characters, no control chars. */
  public static String token(String field, String value, int maxLength) {
    notNull(field, value);
    if (value.isEmpty() || value.length() > maxLength) {
      throw new InvalidValueException(field, "must be 1.." + maxLength + " characters", value);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || Character.isWhitespace(c)) {
        throw new InvalidValueException(
            field, "must not contain white space or control characters", value);
      }
    }
    return value;
  }

  /** Like {@link #token(String, String, int)} for a secret: the message never shows the value. */
  public static String secret(String field, String value, int maxLength) {
    if (value == null) {
      throw InvalidValueException.withoutValue(field, "must not be null");
    }
    if (value.isEmpty() || value.length() > maxLength) {
      throw InvalidValueException.withoutValue(field, "must be 1.." + maxLength + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || Character.isWhitespace(c)) {
        throw InvalidValueException.withoutValue(
            field, "must not contain white space or control characters");
      }
    }
    return value;
  }

  /** Returns the optional, or empty for null; the value inside is checked as text. */
  public static Optional<String> optionalText(String field, Optional<String> value, int max) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(text(field, value.get(), max));
  }

  /** Returns the optional, or empty for null; the value inside is checked as a token. */
  public static Optional<String> optionalToken(String field, Optional<String> value, int max) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(token(field, value.get(), max));
  }

  /** Returns {@code value}, or empty when it is null. */
  public static <T> Optional<T> optional(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  /** Fails unless {@code min <= value <= max}. */
  public static int inRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidValueException(field, "must be " + min + ".." + max, value);
    }
    return value;
  }

  /** Fails unless the duration is positive. */
  public static Duration positive(String field, Duration value) {
    notNull(field, value);
    if (value.isNegative() || value.isZero()) {
      throw new InvalidValueException(field, "must be positive", value);
    }
    return value;
  }

  /** Fails when the duration is negative. */
  public static Duration nonNegative(String field, Duration value) {
    notNull(field, value);
    if (value.isNegative()) {
      throw new InvalidValueException(field, "must not be negative", value);
    }
    return value;
  }

  /** Returns an unmodifiable copy; null becomes empty; a null element fails naming its index. */
  public static <T> List<T> list(String field, Collection<? extends T> values) {
    if (values == null) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(values.size());
    int index = 0;
    for (T value : values) {
      if (value == null) {
        throw new InvalidValueException(field + "[" + index + "]", "must not be null", null);
      }
      copy.add(value);
      index++;
    }
    return Collections.unmodifiableList(copy);
  }

  /** Returns an unmodifiable sorted copy of text keys and values; null becomes empty. */
  public static SortedMap<String, String> strings(String field, Map<String, String> values) {
    TreeMap<String, String> copy = new TreeMap<>();
    if (values != null) {
      for (Map.Entry<String, String> entry : values.entrySet()) {
        String key = text(field + " key", entry.getKey(), 200);
        String value = text(field + "[" + key + "]", entry.getValue(), 2000);
        if (copy.put(key, value) != null) {
          throw new InvalidValueException(field, "must not repeat a key", key);
        }
      }
    }
    return Collections.unmodifiableSortedMap(copy);
  }
}
