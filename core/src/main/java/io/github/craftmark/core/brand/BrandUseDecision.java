package io.github.craftmark.core.brand;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.product.CraftCategory;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The answer to "may this producer use this brand on this day?", with its reason and a message in
 * English and Vietnamese to show to people.
 *
 * <p>When allowed under an authorisation, {@code authorisation} is the one relied on. When refused
 * because of an authorisation (revoked, expired, suspended…), it is the authorisation that decided
 * the reason, so that a portal can show its reference number; it is always present for {@link
 * BrandUseReason#ALLOWED} and the reasons about one authorisation. It is absent for reasons about
 * the brand, for {@link BrandUseReason#NO_AUTHORISATION} and for the owner's own use. For {@link
 * BrandUseReason#CATEGORY_NOT_COVERED} it is present when the authorisation, not the brand, leaves
 * the craft out.
 *
 * @param allowed whether the use is allowed; always {@code reason.allows()}
 * @param reason why
 * @param brand the brand asked about
 * @param producer the producer asked about
 * @param date the day asked about
 * @param craft the craft asked about, when one was given
 * @param authorisation the authorisation relied on or that decided the refusal
 * @param messageEn the reason in English
 * @param messageVi the reason in Vietnamese
 */
public record BrandUseDecision(
    boolean allowed,
    BrandUseReason reason,
    BrandId brand,
    ProducerId producer,
    LocalDate date,
    Optional<CraftCategory> craft,
    Optional<BrandUseAuthorisation> authorisation,
    String messageEn,
    String messageVi) {
  private static final Set<BrandUseReason> WITHOUT_AUTHORISATION = EnumSet.of(
      BrandUseReason.ALLOWED_AS_OWNER,
      BrandUseReason.OWNER_MAY_NOT_USE,
      BrandUseReason.UNKNOWN_BRAND,
      BrandUseReason.BRAND_NOT_REGISTERED,
      BrandUseReason.BRAND_NOT_IN_FORCE,
      BrandUseReason.NO_AUTHORISATION);

  /** Reasons about one authorisation: the decision names it. */
  private static final Set<BrandUseReason> WITH_AUTHORISATION = EnumSet.of(
      BrandUseReason.ALLOWED,
      BrandUseReason.BASIS_NOT_VALID_FOR_MARK_TYPE,
      BrandUseReason.AUTHORISATION_REVOKED,
      BrandUseReason.AUTHORISATION_EXPIRED,
      BrandUseReason.AUTHORISATION_NOT_YET_VALID,
      BrandUseReason.AUTHORISATION_SUSPENDED);

  /**
   * Validates that {@code allowed}, {@code reason} and {@code authorisation} agree.
   *
   * @param allowed whether the use is allowed; always {@code reason.allows()}
   * @param reason why
   * @param brand the brand asked about
   * @param producer the producer asked about
   * @param date the day asked about
   * @param craft the craft asked about, when one was given
   * @param authorisation the authorisation relied on or that decided the refusal
   * @param messageEn the reason in English
   * @param messageVi the reason in Vietnamese
   */
  public BrandUseDecision {
    Checks.notNull("reason", reason);
    Checks.notNull("brand", brand);
    Checks.notNull("producer", producer);
    Checks.notNull("date", date);
    craft = Checks.optional(craft);
    authorisation = Checks.optional(authorisation);
    messageEn = Checks.text("messageEn", messageEn, 1000);
    messageVi = Checks.text("messageVi", messageVi, 1000);
    if (allowed != reason.allows()) {
      throw new InvalidValueException(
          "allowed", "must be " + reason.allows() + " for " + reason, allowed);
    }
    if (WITH_AUTHORISATION.contains(reason) && authorisation.isEmpty()) {
      throw new InvalidValueException("authorisation", "must be given for " + reason, null);
    }
    if (WITHOUT_AUTHORISATION.contains(reason) && authorisation.isPresent()) {
      throw new InvalidValueException(
          "authorisation", "must be absent for " + reason, authorisation.get().referenceNumber());
    }
    if (authorisation.isPresent()
        && (!authorisation.get().brand().equals(brand)
            || !authorisation.get().producer().equals(producer))) {
      throw new InvalidValueException(
          "authorisation",
          "must be for brand " + brand + " and producer " + producer,
          authorisation.get().referenceNumber());
    }
  }
}
