package io.github.craftmark.core.brand;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.product.CraftCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A village brand as an intellectual-property right: a collective mark such as "Gốm Bát Tràng", a
 * certification mark, a geographical indication or an ordinary trademark.
 *
 * <p>It records the sign, the registration (a brand may still be pending), the owner, the Nice
 * classes, the protection period, the owner's regulation on use and the crafts the brand covers.
 * Who may use it is recorded separately, as {@link BrandUseAuthorisation}s checked by {@link
 * BrandRegistry}. Its {@linkplain #statusOn(LocalDate) status on a day} is derived from the dates.
 *
 * <p>Rules checked on construction: a geographical indication is owned by the State, and only a
 * geographical indication is (Law on Intellectual Property art. 121); a collective mark is owned by
 * a collective organisation such as an association or cooperative, never an individual (art.
 * 4(17)); marks other than geographical indications have at least one Nice class; a granted brand
 * has a protection period, and a pending one has neither a protection period nor an invalidation.
 *
 * @param id the application's key for the brand
 * @param markType what kind of right it is
 * @param sign the protected sign
 * @param registration the filing and grant
 * @param owner who owns the right
 * @param niceClasses the Nice classes (1..45) of the goods, sorted, without repeats; e.g. 21 for
 *     ceramic household ware, 24 for fabrics; empty only for a geographical indication
 * @param protection when the right is protected; present exactly when granted
 * @param invalidation a termination or annulment before the term ran out
 * @param regulationOnUse the owner's regulation on use
 * @param crafts the crafts the brand covers, without repeats; empty means not limited
 */
public record VillageBrand(
    BrandId id,
    MarkType markType,
    BrandSign sign,
    BrandRegistration registration,
    BrandOwner owner,
    List<Integer> niceClasses,
    Optional<ProtectionPeriod> protection,
    Optional<Invalidation> invalidation,
    Optional<RegulationOnUse> regulationOnUse,
    List<CraftCategory> crafts) {

  /**
   * Validates the brand; see the type's description for the rules.
   *
   * @param id the application's key for the brand
   * @param markType what kind of right it is
   * @param sign the protected sign
   * @param registration the filing and grant
   * @param owner who owns the right
   * @param niceClasses the Nice classes (1..45) of the goods, sorted, without repeats; e.g. 21 for
   *     ceramic household ware, 24 for fabrics; empty only for a geographical indication
   * @param protection when the right is protected; present exactly when granted
   * @param invalidation a termination or annulment before the term ran out
   * @param regulationOnUse the owner's regulation on use
   * @param crafts the crafts the brand covers, without repeats; empty means not limited
   */
  public VillageBrand {
    Checks.notNull("id", id);
    Checks.notNull("markType", markType);
    Checks.notNull("sign", sign);
    Checks.notNull("registration", registration);
    Checks.notNull("owner", owner);
    niceClasses = niceClasses("niceClasses", niceClasses);
    protection = Checks.optional(protection);
    invalidation = Checks.optional(invalidation);
    regulationOnUse = Checks.optional(regulationOnUse);
    crafts = distinct("crafts", crafts);

    boolean gi = markType == MarkType.GEOGRAPHICAL_INDICATION;
    if (gi != (owner.kind() == BrandOwnerKind.STATE)) {
      throw new InvalidValueException(
          "owner.kind",
          gi
              ? "must be STATE for a GEOGRAPHICAL_INDICATION"
              : "may be STATE only for a GEOGRAPHICAL_INDICATION",
          owner.kind());
    }
    if (markType == MarkType.COLLECTIVE_MARK && !owner.kind().isCollectiveOrganisation()) {
      throw new InvalidValueException(
          "owner.kind",
          "must be a collective organisation (association, cooperative…) for a COLLECTIVE_MARK",
          owner.kind());
    }
    if (!gi && niceClasses.isEmpty()) {
      throw new InvalidValueException(
          "niceClasses", "must not be empty for mark type " + markType, "[]");
    }
    if (registration.granted() != protection.isPresent()) {
      throw new InvalidValueException(
          "protection",
          "must be given exactly when the registration is granted",
          protection.orElse(null));
    }
    if (invalidation.isPresent() && !registration.granted()) {
      throw new InvalidValueException(
          "invalidation", "must be absent while the brand is pending", invalidation.get());
    }
  }

  /**
   * Returns a builder for a new brand.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this brand's values, to make a changed copy (a renewal, an
   * invalidation).
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.markType = markType;
    b.sign = sign;
    b.registration = registration;
    b.owner = owner;
    b.niceClasses.addAll(niceClasses);
    b.protection = protection.orElse(null);
    b.invalidation = invalidation.orElse(null);
    b.regulationOnUse = regulationOnUse.orElse(null);
    b.crafts.addAll(crafts);
    return b;
  }

  /**
   * Returns the brand's status on {@code date}: invalidated from the invalidation's effective day,
   * pending until granted and protected, registered within the protection period (both ends
   * included), expired after it.
   *
   * @param date the day asked about
   * @return the status
   */
  public BrandStatus statusOn(LocalDate date) {
    Checks.notNull("date", date);
    if (invalidation.isPresent() && !date.isBefore(invalidation.get().effectiveFrom())) {
      return BrandStatus.INVALIDATED;
    }
    if (protection.isEmpty() || date.isBefore(protection.get().from())) {
      return BrandStatus.PENDING;
    }
    return protection.get().contains(date) ? BrandStatus.REGISTERED : BrandStatus.EXPIRED;
  }

  /**
   * Tells whether the brand covers {@code craft}: true when it lists the craft or lists none.
   *
   * @param craft the craft
   * @return true when covered
   */
  public boolean covers(CraftCategory craft) {
    Checks.notNull("craft", craft);
    return crafts.isEmpty() || crafts.contains(craft);
  }

  private static List<Integer> niceClasses(String field, Collection<Integer> values) {
    List<Integer> sorted = new ArrayList<>(Checks.list(field, values));
    Collections.sort(sorted);
    for (int i = 0; i < sorted.size(); i++) {
      Checks.inRange(field + "[" + i + "]", sorted.get(i), 1, 45);
      if (i > 0 && sorted.get(i).equals(sorted.get(i - 1))) {
        throw new InvalidValueException(field, "must not repeat a class", sorted.get(i));
      }
    }
    return Collections.unmodifiableList(sorted);
  }

  static <T> List<T> distinct(String field, Collection<T> values) {
    List<T> copy = Checks.list(field, values);
    Set<T> seen = new HashSet<>();
    for (T value : copy) {
      if (!seen.add(value)) {
        throw new InvalidValueException(field, "must not repeat a value", value);
      }
    }
    return copy;
  }

  /** Builds a {@link VillageBrand}; {@link #build()} fails naming the first missing or bad field. */
  public static final class Builder {
    private BrandId id;
    private MarkType markType;
    private BrandSign sign;
    private BrandRegistration registration;
    private BrandOwner owner;
    private final List<Integer> niceClasses = new ArrayList<>();
    private ProtectionPeriod protection;
    private Invalidation invalidation;
    private RegulationOnUse regulationOnUse;
    private final List<CraftCategory> crafts = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the application's key for the brand.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(BrandId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the kind of right.
     *
     * @param markType the mark type
     * @return this builder
     */
    public Builder markType(MarkType markType) {
      this.markType = markType;
      return this;
    }

    /**
     * Sets the protected sign.
     *
     * @param sign the sign
     * @return this builder
     */
    public Builder sign(BrandSign sign) {
      this.sign = sign;
      return this;
    }

    /**
     * Sets the filing and grant.
     *
     * @param registration the registration
     * @return this builder
     */
    public Builder registration(BrandRegistration registration) {
      this.registration = registration;
      return this;
    }

    /**
     * Sets the owner.
     *
     * @param owner the owner
     * @return this builder
     */
    public Builder owner(BrandOwner owner) {
      this.owner = owner;
      return this;
    }

    /**
     * Replaces the Nice classes.
     *
     * @param classes the classes, 1..45, in any order
     * @return this builder
     */
    public Builder niceClasses(Integer... classes) {
      this.niceClasses.clear();
      this.niceClasses.addAll(Arrays.asList(classes));
      return this;
    }

    /**
     * Sets the protection period; required once granted.
     *
     * @param protection the period, or null
     * @return this builder
     */
    public Builder protection(ProtectionPeriod protection) {
      this.protection = protection;
      return this;
    }

    /**
     * Sets the termination or annulment.
     *
     * @param invalidation the invalidation, or null
     * @return this builder
     */
    public Builder invalidation(Invalidation invalidation) {
      this.invalidation = invalidation;
      return this;
    }

    /**
     * Sets the owner's regulation on use.
     *
     * @param regulationOnUse the reference, or null
     * @return this builder
     */
    public Builder regulationOnUse(RegulationOnUse regulationOnUse) {
      this.regulationOnUse = regulationOnUse;
      return this;
    }

    /**
     * Replaces the crafts the brand covers; none means not limited.
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
     * Builds the brand.
     *
     * @return the brand
     * @throws InvalidValueException naming the first missing or bad field
     */
    public VillageBrand build() {
      return new VillageBrand(
          id,
          markType,
          sign,
          registration,
          owner,
          niceClasses,
          Optional.ofNullable(protection),
          Optional.ofNullable(invalidation),
          Optional.ofNullable(regulationOnUse),
          crafts);
    }
  }
}
