package io.github.craftmark.core.producer;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach a producer: phone, email, website. Every part is optional.
 *
 * <p>The phone is stored in E.164 form ({@code "+84912345678"}). Input may be written the
 * Vietnamese way, {@code "0912 345 678"}, {@code "091.234.5678"}, {@code "(024) 3874 1234"}, or
 * internationally, {@code "+84 912 345 678"}, {@code "0084912345678"}, {@code "+84 (0)24 3874
 * 1234"}. After the country code a
 * mobile number has 9 digits starting 3, 5, 7, 8 or 9, and a landline 10 digits starting 2;
 * service numbers (1800, 1900) are not accepted. The email must have the shape {@code
 * local@domain.tld}; its domain is lower-cased. The website must be an absolute http or https URI.
 *
 * @param phone the phone number in E.164 form
 * @param email the email address
 * @param website the website
 */
public record Contact(Optional<String> phone, Optional<String> email, Optional<URI> website) {
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
      + "(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

  /**
   * Normalises and validates the parts.
   *
   * @param phone the phone number in E.164 form
   * @param email the email address
   * @param website the website
   */
  public Contact {
    phone = phone == null ? Optional.empty() : phone.map(Contact::toE164);
    email = email == null ? Optional.empty() : email.map(Contact::checkEmail);
    website =
        website == null ? Optional.empty() : website.map(uri -> Checks.httpUri("website", uri));
  }

  /**
   * Returns a contact with no part set.
   *
   * @return the empty contact
   */
  public static Contact none() {
    return new Contact(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns a contact from text parts; null or blank parts are left out.
   *
   * @param phone a Vietnamese or international phone number, or null
   * @param email an email address, or null
   * @param website an http or https URL, or null
   * @return the contact
   */
  public static Contact of(String phone, String email, String website) {
    String site = Checks.optionalText("website", website);
    URI uri;
    try {
      uri = site == null ? null : URI.create(site);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("website", "must be a valid URI", website);
    }
    return new Contact(
        Optional.ofNullable(Checks.optionalText("phone", phone)),
        Optional.ofNullable(Checks.optionalText("email", email)),
        Optional.ofNullable(uri));
  }

  /**
   * Normalises a Vietnamese phone number to E.164: {@code "0912 345 678"} gives {@code
   * "+84912345678"}. A domestic {@code 0} written after the country code, as in {@code "+84 (0)
   * 912 345 678"}, is dropped.
   *
   * @param phone the number as written
   * @return the E.164 form
   * @throws InvalidValueException when it is not a Vietnamese mobile or landline number
   */
  public static String toE164(String phone) {
    String text = Checks.text("phone", phone);
    String digits = text.replaceAll("[\\s.\\-()\\u00a0]", "");
    String national;
    if (digits.startsWith("0") && !digits.startsWith("0084")) {
      national = digits.substring(1);
    } else {
      if (digits.startsWith("+84")) {
        national = digits.substring(3);
      } else if (digits.startsWith("0084")) {
        national = digits.substring(4);
      } else if (digits.startsWith("84") && (digits.length() == 11 || digits.length() == 12)) {
        national = digits.substring(2);
      } else {
        throw new InvalidValueException("phone", "must start with 0, +84 or 84", phone);
      }
      if (national.startsWith("0")) {
        // "+84 (0)24 3874 1234", "+84 0912 345 678": the domestic trunk 0 written after the
        // country code by habit; it is never part of the number.
        national = national.substring(1);
      }
    }
    boolean mobile = national.matches("[35789][0-9]{8}");
    boolean landline = national.matches("2[0-9]{9}");
    if (!mobile && !landline) {
      throw new InvalidValueException(
          "phone", "must be a Vietnamese mobile (9 digits after 0) or landline (10) number", phone);
    }
    return "+84" + national;
  }

  private static String checkEmail(String email) {
    String text = Checks.text("email", email, 254);
    if (!EMAIL.matcher(text).matches()) {
      throw new InvalidValueException("email", "must look like name@example.vn", email);
    }
    int at = text.lastIndexOf('@');
    return text.substring(0, at + 1) + text.substring(at + 1).toLowerCase(Locale.ROOT);
  }
}
