package io.github.craftmark.core.internal;

import io.github.craftmark.core.InvalidValueException;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Argument checks shared by the value types; every failure names the field and the value. */
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
   * Returns {@code value} stripped of surrounding white space and normalised to NFC; fails when it
   * is null or blank.
   */
  public static String text(String field, String value) {
    notNull(field, value);
    String stripped = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    if (stripped.isEmpty()) {
      throw new InvalidValueException(field, "must not be blank", value);
    }
    return stripped;
  }

  /** Like {@link #text(String, String)} with an upper bound on the length in characters. */
  public static String text(String field, String value, int maxLength) {
    String result = text(field, value);
    if (result.codePointCount(0, result.length()) > maxLength) {
      throw new InvalidValueException(field, "must be at most " + maxLength + " characters", value);
    }
    return result;
  }

  /** Returns null for null, else the NFC-normalised, stripped text; blank becomes null. */
  public static String optionalText(String field, String value) {
    if (value == null) {
      return null;
    }
    String stripped = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /**
   * Returns the NFC-normalised, stripped text of an optional value, empty when it is null, empty
   * or blank; fails when it is longer than {@code maxLength} characters.
   */
  public static Optional<String> optionalText(String field, Optional<String> value, int maxLength) {
    String text = optionalText(field, value == null ? null : value.orElse(null));
    return text == null ? Optional.empty() : Optional.of(text(field, text, maxLength));
  }

  /** Returns {@code value}, or empty when it is null (Jackson passes null for a missing field). */
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

  /** Fails unless {@code min <= value <= max}. */
  public static long inRange(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new InvalidValueException(field, "must be " + min + ".." + max, value);
    }
    return value;
  }

  /** Fails when {@code value} is negative. */
  public static long nonNegative(String field, long value) {
    if (value < 0) {
      throw new InvalidValueException(field, "must not be negative", value);
    }
    return value;
  }

  /** Fails unless {@code value} is positive. */
  public static long positive(String field, long value) {
    if (value <= 0) {
      throw new InvalidValueException(field, "must be positive", value);
    }
    return value;
  }

  /** Fails unless {@code value} is an absolute http or https URI with a host. */
  public static URI httpUri(String field, URI value) {
    notNull(field, value);
    String scheme = value.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || value.getHost() == null) {
      throw new InvalidValueException(field, "must be an absolute http or https URI", value);
    }
    return value;
  }

  /**
   * Returns an unmodifiable copy of {@code values}; null becomes an empty list, and a null element
   * fails naming its index.
   */
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

  /**
   * Returns an unmodifiable copy of {@code values}, sorted by key so that JSON output is stable;
   * null becomes an empty map, and a null key or value fails.
   */
  public static <K extends Comparable<? super K>, V> SortedMap<K, V> sortedMap(
      String field, Map<? extends K, ? extends V> values) {
    TreeMap<K, V> copy = new TreeMap<>();
    if (values != null) {
      for (Map.Entry<? extends K, ? extends V> entry : values.entrySet()) {
        if (entry.getKey() == null) {
          throw new InvalidValueException(field, "must not have a null key", values);
        }
        if (entry.getValue() == null) {
          throw new InvalidValueException(
              field + "[" + entry.getKey() + "]", "must not be null", null);
        }
        copy.put(entry.getKey(), entry.getValue());
      }
    }
    return Collections.unmodifiableSortedMap(copy);
  }
}
