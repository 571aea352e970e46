package io.github.craftmark.core.brand;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.product.CraftCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A producer's right to use a brand it does not own: membership of a collective mark's
 * association, certification under a certification mark, a permit for a geographical indication
 * or a trademark licence.
 *
 * <p>All days are inclusive: the producer may use the brand from {@code validFrom} through {@code
 * validUntil}, not from the {@linkplain AuthorisationRevocation#date() revocation day} on, and not on the days
 * of a {@linkplain Suspension suspension}. Whether the {@code basis} fits the brand's {@link
 * MarkType}, and whether the brand itself is in force, is checked by {@link
 * BrandRegistry#mayUse(ProducerId, BrandId, LocalDate)}.
 *
 * @param brand the brand
 * @param producer the authorised producer
 * @param basis the legal basis of the right
 * @param referenceNumber the number of the membership decision, certificate, permit or licence
 * @param issuedOn the day it was issued
 * @param validFrom the first day of use (inclusive)
 * @param validUntil the last day of use (inclusive); absent when open-ended
 * @param crafts the crafts it is limited to, without repeats; empty means every craft the brand
 *     covers
 * @param revocation its withdrawal, when withdrawn
 * @param suspension a temporary stop, when one is recorded
 */
public record BrandUseAuthorisation(
    BrandId brand,
    ProducerId producer,
    UseBasis basis,
    String referenceNumber,
    LocalDate issuedOn,
    LocalDate validFrom,
    Optional<LocalDate> validUntil,
    List<CraftCategory> crafts,
    Optional<AuthorisationRevocation> revocation,
    Optional<Suspension> suspension) {

  /**
   * Validates the authorisation: {@code validUntil >= validFrom}, revoked not before issued.
   *
   * @param brand the brand
   * @param producer the authorised producer
   * @param basis the legal basis of the right
   * @param referenceNumber the number of the membership decision, certificate, permit or licence
   * @param issuedOn the day it was issued
   * @param validFrom the first day of use (inclusive)
   * @param validUntil the last day of use (inclusive); absent when open-ended
   * @param crafts the crafts it is limited to, without repeats; empty means every craft the brand
   *     covers
   * @param revocation its withdrawal, when withdrawn
   * @param suspension a temporary stop, when one is recorded
   */
  public BrandUseAuthorisation {
    Checks.notNull("brand", brand);
    Checks.notNull("producer", producer);
    Checks.notNull("basis", basis);
    referenceNumber = Checks.text("referenceNumber", referenceNumber, 100);
    Checks.notNull("issuedOn", issuedOn);
    Checks.notNull("validFrom", validFrom);
    validUntil = Checks.optional(validUntil);
    crafts = VillageBrand.distinct("crafts", crafts);
    revocation = Checks.optional(revocation);
    suspension = Checks.optional(suspension);
    if (validUntil.isPresent() && validUntil.get().isBefore(validFrom)) {
      throw new InvalidValueException(
          "validUntil", "must not be before validFrom " + validFrom, validUntil.get());
    }
    if (revocation.isPresent() && revocation.get().date().isBefore(issuedOn)) {
      throw new InvalidValueException(
          "revocation.date",
          "must not be before issuedOn " + issuedOn,
          revocation.get().date());
    }
  }

  /**
   * Returns a builder for a new authorisation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this authorisation's values, e.g. to record a revocation.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.brand = brand;
    b.producer = producer;
    b.basis = basis;
    b.referenceNumber = referenceNumber;
    b.issuedOn = issuedOn;
    b.validFrom = validFrom;
    b.validUntil = validUntil.orElse(null);
    b.crafts.addAll(crafts);
    b.revocation = revocation.orElse(null);
    b.suspension = suspension.orElse(null);
    return b;
  }

  /**
   * Returns a copy revoked from {@code date} on.
   *
   * @param date the first day the producer may no longer use the brand
   * @param reason why
   * @return the revoked copy
   */
  public BrandUseAuthorisation withRevocation(LocalDate date, String reason) {
    return toBuilder().revocation(new AuthorisationRevocation(date, reason)).build();
  }

  /**
   * Tells whether the authorisation itself lets the producer use the brand on {@code date}: within
   * its validity, not revoked, not suspended. It does not look at the brand, the basis or crafts.
   *
   * @param date the day
   * @return true when valid on that day
   */
  public boolean isValidOn(LocalDate date) {
    return dateReason(date).isEmpty();
  }

  /**
   * Tells whether the authorisation extends to {@code craft}: true when it lists the craft or
   * lists none.
   *
   * @param craft the craft
   * @return true when covered
   */
  public boolean covers(CraftCategory craft) {
    Checks.notNull("craft", craft);
    return crafts.isEmpty() || crafts.contains(craft);
  }

  /** The first reason, in check order, why this authorisation fails on a day; empty when valid. */
  Optional<BrandUseReason> dateReason(LocalDate date) {
    Checks.notNull("date", date);
    if (revocation.isPresent() && !date.isBefore(revocation.get().date())) {
      return Optional.of(BrandUseReason.AUTHORISATION_REVOKED);
    }
    if (validUntil.isPresent() && date.isAfter(validUntil.get())) {
      return Optional.of(BrandUseReason.AUTHORISATION_EXPIRED);
    }
    if (date.isBefore(validFrom)) {
      return Optional.of(BrandUseReason.AUTHORISATION_NOT_YET_VALID);
    }
    if (suspension.isPresent() && suspension.get().covers(date)) {
      return Optional.of(BrandUseReason.AUTHORISATION_SUSPENDED);
    }
    return Optional.empty();
  }

  /** Builds a {@link BrandUseAuthorisation}; {@link #build()} fails naming the bad field. */
  public static final class Builder {
    private BrandId brand;
    private ProducerId producer;
    private UseBasis basis;
    private String referenceNumber;
    private LocalDate issuedOn;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private final List<CraftCategory> crafts = new ArrayList<>();
    private AuthorisationRevocation revocation;
    private Suspension suspension;

    private Builder() {}

    /**
     * Sets the brand.
     *
     * @param brand the brand id
     * @return this builder
     */
    public Builder brand(BrandId brand) {
      this.brand = brand;
      return this;
    }

    /**
     * Sets the authorised producer.
     *
     * @param producer the producer id
     * @return this builder
     */
    public Builder producer(ProducerId producer) {
      this.producer = producer;
      return this;
    }

    /**
     * Sets the legal basis.
     *
     * @param basis the basis
     * @return this builder
     */
    public Builder basis(UseBasis basis) {
      this.basis = basis;
      return this;
    }

    /**
     * Sets the reference number of the decision, certificate, permit or licence.
     *
     * @param referenceNumber the number
     * @return this builder
     */
    public Builder referenceNumber(String referenceNumber) {
      this.referenceNumber = referenceNumber;
      return this;
    }

    /**
     * Sets the issue date.
     *
     * @param issuedOn the date
     * @return this builder
     */
    public Builder issuedOn(LocalDate issuedOn) {
      this.issuedOn = issuedOn;
      return this;
    }

    /**
     * Sets the first day of use; defaults to the issue date.
     *
     * @param validFrom the day
     * @return this builder
     */
    public Builder validFrom(LocalDate validFrom) {
      this.validFrom = validFrom;
      return this;
    }

    /**
     * Sets the last day of use (inclusive); null for open-ended.
     *
     * @param validUntil the day, or null
     * @return this builder
     */
    public Builder validUntil(LocalDate validUntil) {
      this.validUntil = validUntil;
      return this;
    }

    /**
     * Replaces the crafts the authorisation is limited to; none means every craft of the brand.
     *
     * @param crafts the crafts
     * @return this builder
     */
    public Builder crafts(CraftCategory... crafts) {
      this.crafts.clear();
      this.crafts.addAll(Arrays.asList(crafts));
      return this;
    }

    /**
     * Sets the revocation.
     *
     * @param revocation the revocation, or null
     * @return this builder
     */
    public Builder revocation(AuthorisationRevocation revocation) {
      this.revocation = revocation;
      return this;
    }

    /**
     * Sets the suspension.
     *
     * @param suspension the suspension, or null
     * @return this builder
     */
    public Builder suspension(Suspension suspension) {
      this.suspension = suspension;
      return this;
    }

    /**
     * Builds the authorisation.
     *
     * @return the authorisation
     * @throws InvalidValueException naming the first missing or bad field
     */
    public BrandUseAuthorisation build() {
      return new BrandUseAuthorisation(
          brand,
          producer,
          basis,
          referenceNumber,
          issuedOn,
          validFrom == null ? issuedOn : validFrom,
          Optional.ofNullable(validUntil),
          crafts,
          Optional.ofNullable(revocation),
          Optional.ofNullable(suspension));
    }
  }
}
