package io.github.craftmark.core.producer;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.address.Address;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.TaxCode;
import io.github.craftmark.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A producer that makes and sells craft goods: a household business, cooperative, cooperative
 * group, enterprise or individual artisan.
 *
 * <p>Tax code rules: an {@link ProducerType#ENTERPRISE} or {@link ProducerType#COOPERATIVE} must
 * have a 10-digit tax code (their registration code is their tax code) and never a personal
 * identification number; a branch's 13-digit code is accepted. The other types may have none, a
 * 10-digit code issued before July 2025, or, since 1 July 2025, the 12-digit personal
 * identification number of the household representative or individual (Circular 86/2024/TT-BTC).
 *
 * @param id the application's id for the producer
 * @param type the legal form
 * @param legalName the name as registered, NFC, e.g. {@code "Hộ kinh doanh Gốm Minh Hải"}
 * @param tradingName the name shown to buyers, if different
 * @param taxCode the tax code, required for enterprises and cooperatives
 * @param address the registered or production address
 * @param contact phone, email and website
 * @param ecommerceReferences notifications and registrations of sales websites with the Ministry of
 *     Industry and Trade
 * @param vneidIdentification the seller's VNeID identification under Law 122/2025/QH15
 * @param artisans the artisans working there
 */
public record Producer(
    ProducerId id,
    ProducerType type,
    String legalName,
    Optional<String> tradingName,
    Optional<TaxCode> taxCode,
    Address address,
    Contact contact,
    List<EcommerceReference> ecommerceReferences,
    Optional<VneidIdentification> vneidIdentification,
    List<Artisan> artisans) {

  /**
   * Validates the fields and the tax code rules of the producer's type.
   *
   * @param id the application's id for the producer
   * @param type the legal form
   * @param legalName the name as registered, NFC, e.g. {@code "Hộ kinh doanh Gốm Minh Hải"}
   * @param tradingName the name shown to buyers, if different
   * @param taxCode the tax code, required for enterprises and cooperatives
   * @param address the registered or production address
   * @param contact phone, email and website
   * @param ecommerceReferences notifications and registrations of sales websites with the Ministry of
   *     Industry and Trade
   * @param vneidIdentification the seller's VNeID identification under Law 122/2025/QH15
   * @param artisans the artisans working there
   */
  public Producer {
    Checks.notNull("id", id);
    Checks.notNull("type", type);
    legalName = Checks.text("legalName", legalName, 300);
    tradingName = tradingName == null
        ? Optional.empty()
        : Optional.ofNullable(Checks.optionalText("tradingName", tradingName.orElse(null)));
    taxCode = Checks.optional(taxCode);
    Checks.notNull("address", address);
    contact = contact == null ? Contact.none() : contact;
    ecommerceReferences = Checks.list("ecommerceReferences", ecommerceReferences);
    vneidIdentification = Checks.optional(vneidIdentification);
    artisans = Checks.list("artisans", artisans);
    if (type.isTaxCodeRequired()) {
      if (taxCode.isEmpty()) {
        throw new InvalidValueException("taxCode", "is required for producer type " + type, null);
      }
      if (taxCode.get().kind() == TaxCode.Kind.PERSONAL_ID) {
        throw new InvalidValueException(
            "taxCode",
            "must be an organisation's tax code for producer type " + type,
            taxCode.get().value());
      }
    }
  }

  /**
   * Tells whether the producer is a household business or an individual, the sellers for whom
   * platforms with a payment function withhold VAT and personal income tax (Decree
   * 117/2025/NĐ-CP).
   *
   * @return true for household businesses and individual artisans
   */
  public boolean isHouseholdOrIndividual() {
    return type.isHouseholdOrIndividual();
  }

  /**
   * Returns the name to show buyers: the trading name, else the legal name.
   *
   * @return the display name
   */
  public String displayName() {
    return tradingName.orElse(legalName);
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
   * Returns a builder holding this producer's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.type = type;
    b.legalName = legalName;
    b.tradingName = tradingName.orElse(null);
    b.taxCode = taxCode.orElse(null);
    b.address = address;
    b.contact = contact;
    b.ecommerceReferences.addAll(ecommerceReferences);
    b.vneidIdentification = vneidIdentification.orElse(null);
    b.artisans.addAll(artisans);
    return b;
  }

  /** Builds a {@link Producer}; {@link #build()} fails naming the first missing or bad field. */
  public static final class Builder {
    private ProducerId id;
    private ProducerType type;
    private String legalName;
    private String tradingName;
    private TaxCode taxCode;
    private Address address;
    private Contact contact;
    private final List<EcommerceReference> ecommerceReferences = new ArrayList<>();
    private VneidIdentification vneidIdentification;
    private final List<Artisan> artisans = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the id (required).
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(ProducerId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the legal form (required).
     *
     * @param type the type
     * @return this builder
     */
    public Builder type(ProducerType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the registered name (required).
     *
     * @param legalName the name
     * @return this builder
     */
    public Builder legalName(String legalName) {
      this.legalName = legalName;
      return this;
    }

    /**
     * Sets the name shown to buyers.
     *
     * @param tradingName the name, or null
     * @return this builder
     */
    public Builder tradingName(String tradingName) {
      this.tradingName = tradingName;
      return this;
    }

    /**
     * Sets the tax code (required for enterprises and cooperatives).
     *
     * @param taxCode the tax code, or null
     * @return this builder
     */
    public Builder taxCode(TaxCode taxCode) {
      this.taxCode = taxCode;
      return this;
    }

    /**
     * Sets the address (required).
     *
     * @param address the address
     * @return this builder
     */
    public Builder address(Address address) {
      this.address = address;
      return this;
    }

    /**
     * Sets the contact details.
     *
     * @param contact the contact, or null for none
     * @return this builder
     */
    public Builder contact(Contact contact) {
      this.contact = contact;
      return this;
    }

    /**
     * Adds a sales website's notification or registration.
     *
     * @param reference the reference
     * @return this builder
     */
    public Builder addEcommerceReference(EcommerceReference reference) {
      this.ecommerceReferences.add(Checks.notNull("ecommerceReference", reference));
      return this;
    }

    /**
     * Sets the seller's VNeID identification.
     *
     * @param identification the identification, or null
     * @return this builder
     */
    public Builder vneidIdentification(VneidIdentification identification) {
      this.vneidIdentification = identification;
      return this;
    }

    /**
     * Adds an artisan working for the producer.
     *
     * @param artisan the artisan
     * @return this builder
     */
    public Builder addArtisan(Artisan artisan) {
      this.artisans.add(Checks.notNull("artisan", artisan));
      return this;
    }

    /**
     * Builds the producer.
     *
     * @return the producer
     * @throws InvalidValueException naming the first missing or bad field
     */
    public Producer build() {
      return new Producer(
          id,
          type,
          legalName,
          Optional.ofNullable(tradingName),
          Optional.ofNullable(taxCode),
          address,
          contact,
          ecommerceReferences,
          Optional.ofNullable(vneidIdentification),
          artisans);
    }
  }
}
