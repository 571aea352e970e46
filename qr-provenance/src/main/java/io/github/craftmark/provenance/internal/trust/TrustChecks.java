package io.github.craftmark.provenance.internal.trust;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.tag.PrefixRules;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Argument checks of the trust value types; every failure names the field and the value. */
public final class TrustChecks {
  private TrustChecks() {}

  /** The longest id, in characters (the rule of the core ids). */
  public static final int MAX_ID_LENGTH = 64;

  /** The longest authority or brand name, in characters. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The longest craft category code, in characters (the rule of the core category). */
  public static final int MAX_CATEGORY_LENGTH = 48;

  /** The first day a date field may hold: 2000-01-01. */
  public static final LocalDate MIN_DATE = LocalDate.of(2000, 1, 1);

  /** The last day a date field may hold: 2199-12-31. */
  public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

  /** The first instant an instant field may hold: 2000-01-01T00:00:00Z. */
  public static final Instant MIN_INSTANT = Instant.parse("2000-01-01T00:00:00Z");

  /** The last instant an instant field may hold: 2199-12-31T23:59:59Z. */
  public static final Instant MAX_INSTANT = Instant.parse("2199-12-31T23:59:59Z");

  private static final Pattern CATEGORY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Fails with "field must not be null: null" when {@code value} is null. */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new InvalidValueException(field, "must not be null", null);
    }
    return value;
  }

  /** Returns {@code value} when it is 1..64 ASCII letters, digits, '.', '_', ':' or '-'. */
  public static String id(String field, String value) {
    notNull(field, value);
    if (value.isEmpty() || value.length() > MAX_ID_LENGTH) {
      throw new InvalidValueException(field, "must be 1.." + MAX_ID_LENGTH + " characters", value);
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

  /**
   * Returns {@code value} normalised to NFC and stripped; fails when blank or longer than 200
   * characters.
   */
  public static String name(String field, String value) {
    notNull(field, value);
    String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    if (text.isEmpty()) {
      throw new InvalidValueException(field, "must not be blank", value);
    }
    if (text.codePointCount(0, text.length()) > MAX_NAME_LENGTH) {
      throw new InvalidValueException(
          field, "must be at most " + MAX_NAME_LENGTH + " characters", value);
    }
    return text;
  }

  /**
   * Returns {@code value} when it is read back exactly as written: already NFC and stripped. Wire
   * decoders use it so that one list has one meaning.
   */
  public static boolean isCanonicalName(String value) {
    return Normalizer.isNormalized(value, Normalizer.Form.NFC) && value.strip().equals(value);
  }

  /** Returns {@code value} when it is a craft category code (lower-case slug, at most 48). */
  public static String category(String field, String value) {
    notNull(field, value);
    if (value.length() > MAX_CATEGORY_LENGTH || !CATEGORY.matcher(value).matches()) {
      throw new InvalidValueException(
          field,
          "must be a lower-case ASCII slug of at most " + MAX_CATEGORY_LENGTH + " chars",
          value);
    }
    return value;
  }

  /** Returns {@code value} when it is 0..65535. */
  public static int brandCode(String field, int value) {
    if (value < 0 || value > 0xFFFF) {
      throw new InvalidValueException(field, "must be 0..65535", value);
    }
    return value;
  }

  /** Returns {@code value} when it is in 2000-01-01..2199-12-31. */
  public static LocalDate date(String field, LocalDate value) {
    notNull(field, value);
    if (value.isBefore(MIN_DATE) || value.isAfter(MAX_DATE)) {
      throw new InvalidValueException(field, "must be 2000-01-01..2199-12-31", value);
    }
    return value;
  }

  /** Returns {@code value} when it is a whole second in 2000-01-01T00:00:00Z..2199-12-31T23:59:59Z. */
  public static Instant instant(String field, Instant value) {
    notNull(field, value);
    if (value.getNano() != 0) {
      throw new InvalidValueException(field, "must be a whole second", value);
    }
    if (value.isBefore(MIN_INSTANT) || value.isAfter(MAX_INSTANT)) {
      throw new InvalidValueException(
          field, "must be 2000-01-01T00:00:00Z..2199-12-31T23:59:59Z", value);
    }
    return value;
  }

  /**
   * Returns {@code value} when it is a verify prefix; fails naming what is wrong. The rule is the
   * tag format's ({@code TagPrefix}), so that every prefix a list names can issue tags.
   */
  public static String prefix(String field, String value) {
    notNull(field, value);
    String problem = PrefixRules.problem(value);
    if (problem != null) {
      throw new InvalidValueException(field, problem, value);
    }
    return value;
  }
}
