package io.github.craftmark.examples.verifyserver;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The page's language: Vietnamese by default, English by {@code ?lang=en}. */
enum Lang {
  VI("vi", "dd/MM/yyyy", "HH:mm 'ngày' dd/MM/yyyy", Locale.ROOT),
  EN("en", "d MMM yyyy", "d MMM yyyy, HH:mm", Locale.ENGLISH);

  private final String code;
  private final DateTimeFormatter date;
  private final DateTimeFormatter dateTime;

  Lang(String code, String datePattern, String dateTimePattern, Locale locale) {
    this.code = code;
    this.date = DateTimeFormatter.ofPattern(datePattern, locale);
    this.dateTime = DateTimeFormatter.ofPattern(dateTimePattern, locale);
  }

  /** Reads the {@code lang} parameter; anything but {@code en} is Vietnamese. */
  static Lang fromParameter(String value) {
    return "en".equalsIgnoreCase(value) ? EN : VI;
  }

  String code() {
    return code;
  }

  DateTimeFormatter date() {
    return date;
  }

  DateTimeFormatter dateTime() {
    return dateTime;
  }

  /** Picks the text in this language. */
  String pick(String vi, String en) {
    return this == VI ? vi : en;
  }
}
