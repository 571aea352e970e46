package io.github.craftmark.core.brand;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The filing and grant of a brand at the IP Office: application number and filing date, and once
 * granted the registration (certificate) number and grant date.
 *
 * <p>A brand with no registration number is pending. Numbers are kept as written by the office;
 * their format is not checked.
 *
 * @param applicationNumber the application number (số đơn)
 * @param filingDate the filing date (ngày nộp đơn)
 * @param registrationNumber the certificate number (số văn bằng), once granted
 * @param grantDate the grant date (ngày cấp), given together with the registration number
 */
public record BrandRegistration(
    Optional<String> applicationNumber,
    Optional<LocalDate> filingDate,
    Optional<String> registrationNumber,
    Optional<LocalDate> grantDate) {
  private static final int MAX_NUMBER = 64;

  /**
   * Validates the registration: some number given; a grant has both number and date.
   *
   * @param applicationNumber the application number (số đơn)
   * @param filingDate the filing date (ngày nộp đơn)
   * @param registrationNumber the certificate number (số văn bằng), once granted
   * @param grantDate the grant date (ngày cấp), given together with the registration number
   */
  public BrandRegistration {
    applicationNumber = number("applicationNumber", applicationNumber);
    filingDate = Checks.optional(filingDate);
    registrationNumber = number("registrationNumber", registrationNumber);
    grantDate = Checks.optional(grantDate);
    if (applicationNumber.isEmpty() && registrationNumber.isEmpty()) {
      throw new InvalidValueException(
          "registration", "must have an application or a registration number", null);
    }
    if (registrationNumber.isPresent() != grantDate.isPresent()) {
      throw new InvalidValueException(
          "grantDate",
          "must be given exactly when registrationNumber is",
          grantDate.map(Object::toString).orElse(null));
    }
    if (filingDate.isPresent()
        && grantDate.isPresent()
        && grantDate.get().isBefore(filingDate.get())) {
      throw new InvalidValueException(
          "grantDate", "must not be before filingDate " + filingDate.get(), grantDate.get());
    }
  }

  /**
   * Returns the registration of a pending application.
   *
   * @param applicationNumber the application number
   * @param filingDate the filing date
   * @return the registration
   */
  public static BrandRegistration pending(String applicationNumber, LocalDate filingDate) {
    return new BrandRegistration(
        Optional.of(Checks.text("applicationNumber", applicationNumber)),
        Optional.of(Checks.notNull("filingDate", filingDate)),
        null,
        null);
  }

  /**
   * Returns a copy recording the grant.
   *
   * @param number the certificate number
   * @param date the grant date
   * @return the new registration
   */
  public BrandRegistration withGrant(String number, LocalDate date) {
    return new BrandRegistration(
        applicationNumber,
        filingDate,
        Optional.of(Checks.text("registrationNumber", number)),
        Optional.of(Checks.notNull("grantDate", date)));
  }

  /**
   * Tells whether the brand has been granted.
   *
   * @return true when a registration number is recorded
   */
  public boolean granted() {
    return registrationNumber.isPresent();
  }

  private static Optional<String> number(String field, Optional<String> value) {
    return Optional.ofNullable(
            Checks.optionalText(field, value == null ? null : value.orElse(null)))
        .map(v -> Checks.text(field, v, MAX_NUMBER));
  }
}
