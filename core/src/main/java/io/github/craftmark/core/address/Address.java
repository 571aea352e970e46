package io.github.craftmark.core.address;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Vietnamese postal address after the 1 July 2025 reform: street line, commune or ward, province.
 * Districts no longer exist; documents dated before July 2025 may name a district and a former
 * commune, kept here as {@link #legacyDistrict()} and {@link #legacyCommune()} so that they stay
 * readable and searchable.
 *
 * <pre>{@code
 * Address address = Address.builder()
 *     .streetLine("Thôn 3")
 *     .commune(Commune.parse("Xã Bát Tràng"))
 *     .province(Provinces.standard().get("Hà Nội"))
 *     .legacyDistrict("Huyện Gia Lâm")
 *     .build();
 * address.formatOneLine(); // "Thôn 3, Xã Bát Tràng, Thành phố Hà Nội"
 * }</pre>
 *
 * @param streetLine house number, street, hamlet or village (thôn, xóm, ấp), NFC
 * @param commune the current commune, ward or special zone
 * @param province the current provincial-level unit
 * @param legacyDistrict the district (quận, huyện, thị xã) named on documents before July 2025
 * @param legacyCommune the former commune or ward named on documents before July 2025
 * @param postalCode the five-digit national postal code
 */
public record Address(
    Optional<String> streetLine,
    Commune commune,
    Province province,
    Optional<String> legacyDistrict,
    Optional<String> legacyCommune,
    Optional<String> postalCode) {

  /**
   * Validates the fields.
   *
   * @param streetLine house number, street, hamlet or village (thôn, xóm, ấp), NFC
   * @param commune the current commune, ward or special zone
   * @param province the current provincial-level unit
   * @param legacyDistrict the district (quận, huyện, thị xã) named on documents before July 2025
   * @param legacyCommune the former commune or ward named on documents before July 2025
   * @param postalCode the five-digit national postal code
   */
  public Address {
    streetLine = Checks.optionalText("streetLine", streetLine, 200);
    Checks.notNull("commune", commune);
    Checks.notNull("province", province);
    legacyDistrict = Checks.optionalText("legacyDistrict", legacyDistrict, 100);
    legacyCommune = Checks.optionalText("legacyCommune", legacyCommune, 100);
    postalCode = Checks.optionalText("postalCode", postalCode, 5);
    postalCode.ifPresent(code -> {
      if (!code.matches("[0-9]{5}")) {
        throw new InvalidValueException("postalCode", "must be 5 digits", code);
      }
    });
  }

  /**
   * Returns an address with only the commune and the province.
   *
   * @param commune the commune or ward
   * @param province the province
   * @return the address
   */
  public static Address of(Commune commune, Province province) {
    return new Address(
        Optional.empty(), commune, province, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Formats the address on one line in Vietnamese order, smallest unit first: {@code "Thôn 3, Xã Bát
   * Tràng, Thành phố Hà Nội"}. Legacy parts and the postal code are left out.
   *
   * @return the formatted address
   */
  public String formatOneLine() {
    List<String> parts = new ArrayList<>(3);
    streetLine.ifPresent(parts::add);
    parts.add(commune.fullName());
    parts.add(province.name());
    return String.join(", ", parts);
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this address's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.streetLine = streetLine.orElse(null);
    b.commune = commune;
    b.province = province;
    b.legacyDistrict = legacyDistrict.orElse(null);
    b.legacyCommune = legacyCommune.orElse(null);
    b.postalCode = postalCode.orElse(null);
    return b;
  }

  /** Builds an {@link Address}; {@link #build()} fails naming the first missing or bad field. */
  public static final class Builder {
    private String streetLine;
    private Commune commune;
    private Province province;
    private String legacyDistrict;
    private String legacyCommune;
    private String postalCode;

    private Builder() {}

    /**
     * Sets the street line: house number, street, hamlet.
     *
     * @param streetLine the street line, or null for none
     * @return this builder
     */
    public Builder streetLine(String streetLine) {
      this.streetLine = streetLine;
      return this;
    }

    /**
     * Sets the current commune, ward or special zone (required).
     *
     * @param commune the commune
     * @return this builder
     */
    public Builder commune(Commune commune) {
      this.commune = commune;
      return this;
    }

    /**
     * Sets the current provincial-level unit (required).
     *
     * @param province the province
     * @return this builder
     */
    public Builder province(Province province) {
      this.province = province;
      return this;
    }

    /**
     * Sets the district named on documents before July 2025.
     *
     * @param legacyDistrict e.g. {@code "Huyện Gia Lâm"}, or null
     * @return this builder
     */
    public Builder legacyDistrict(String legacyDistrict) {
      this.legacyDistrict = legacyDistrict;
      return this;
    }

    /**
     * Sets the former commune or ward named on documents before July 2025.
     *
     * @param legacyCommune e.g. {@code "Phường Vạn Phúc"}, or null
     * @return this builder
     */
    public Builder legacyCommune(String legacyCommune) {
      this.legacyCommune = legacyCommune;
      return this;
    }

    /**
     * Sets the five-digit postal code.
     *
     * @param postalCode the postal code, or null
     * @return this builder
     */
    public Builder postalCode(String postalCode) {
      this.postalCode = postalCode;
      return this;
    }

    /**
     * Builds the address.
     *
     * @return the address
     * @throws InvalidValueException naming the first missing or bad field
     */
    public Address build() {
      return new Address(
          Optional.ofNullable(streetLine),
          commune,
          province,
          Optional.ofNullable(legacyDistrict),
          Optional.ofNullable(legacyCommune),
          Optional.ofNullable(postalCode));
    }
  }
}
