package io.github.craftmark.provenance.trust;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.provenance.internal.trust.KeyIdOverride;
import io.github.craftmark.provenance.internal.trust.TrustChecks;
import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.TagPublicKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A village authority's statement that a member key belongs to a producer, who may sign tags for
 * the listed brands (and craft categories) from one day to another.
 *
 * <p>A verifier trusts a certificate only when it arrives inside a trust list it accepted from a
 * pinned authority root; {@link VillageAuthority#certifyMember} makes one and {@link
 * TrustSnapshot#membersWithKeyId(KeyId)} finds them. The validity days are checked against the
 * date made a tag declares, not the day it is scanned: a tag made while the certificate was valid
 * stays genuine later.
 *
 * @param memberKey the member's public tag key (its algorithm is the one its tags must declare)
 * @param keyId the key id tags carry: always {@code memberKey.keyId()}
 * @param producer the producer the key belongs to
 * @param authorityId the id of the certifying authority
 * @param brandCodes the brand codes of the authority's brand table the member may sign for, 1..64
 *     distinct codes 0..65535, kept sorted
 * @param categories the craft category codes (core {@code CraftCategory} codes) the member may sign
 *     for, 0..16 distinct, kept sorted; empty means any category
 * @param validFrom the first day of the member's tags' date made (inclusive)
 * @param validUntil the last day of the member's tags' date made (inclusive)
 */
public record MemberCertificate(
    TagPublicKey memberKey,
    KeyId keyId,
    ProducerId producer,
    String authorityId,
    List<Integer> brandCodes,
    List<String> categories,
    LocalDate validFrom,
    LocalDate validUntil) {

  /** The most brand codes one certificate holds. */
  public static final int MAX_BRAND_CODES = 64;

  /** The most categories one certificate holds. */
  public static final int MAX_CATEGORIES = 16;

  /**
   * Validates the certificate, copies the lists and sorts them.
   *
   * @param memberKey the member's public tag key
   * @param keyId the key id tags carry; must be {@code memberKey.keyId()}
   * @param producer the producer the key belongs to
   * @param authorityId the id of the certifying authority
   * @param brandCodes 1..64 distinct brand codes 0..65535
   * @param categories 0..16 distinct craft category codes; empty means any
   * @param validFrom the first day (inclusive), 2000-01-01..2199-12-31
   * @param validUntil the last day (inclusive), not before {@code validFrom}
   */
  public MemberCertificate {
    TrustChecks.notNull("memberKey", memberKey);
    TrustChecks.notNull("keyId", keyId);
    if (!keyId.equals(memberKey.keyId()) && !KeyIdOverride.isActive()) {
      throw new InvalidValueException(
          "keyId", "must be the member key's id " + memberKey.keyId(), keyId);
    }
    TrustChecks.notNull("producer", producer);
    authorityId = TrustChecks.id("authorityId", authorityId);
    brandCodes = sortedBrandCodes(brandCodes);
    categories = sortedCategories(categories);
    TrustChecks.date("validFrom", validFrom);
    TrustChecks.date("validUntil", validUntil);
    if (validUntil.isBefore(validFrom)) {
      throw new InvalidValueException(
          "validUntil", "must not be before validFrom " + validFrom, validUntil);
    }
  }

  /**
   * Tells whether the member may sign tags of this brand code.
   *
   * @param brandCode a brand code of the authority's brand table
   * @return true when the code is one of {@link #brandCodes()}
   */
  public boolean allowsBrand(int brandCode) {
    return Collections.binarySearch(brandCodes, brandCode) >= 0;
  }

  /**
   * Tells whether the member may sign tags of this craft category.
   *
   * @param categoryCode a core {@code CraftCategory} code, or null when the tag names none
   * @return true when the certificate is not restricted to categories, or lists this one
   */
  public boolean allowsCategory(String categoryCode) {
    if (categories.isEmpty()) {
      return true;
    }
    return categoryCode != null && Collections.binarySearch(categories, categoryCode) >= 0;
  }

  /**
   * Tells whether a tag made on this day falls in the certificate's validity window.
   *
   * @param dateMade the date made a tag declares
   * @return true when {@code validFrom <= dateMade <= validUntil}
   */
  public boolean isValidOn(LocalDate dateMade) {
    TrustChecks.notNull("dateMade", dateMade);
    return !dateMade.isBefore(validFrom) && !dateMade.isAfter(validUntil);
  }

  private static List<Integer> sortedBrandCodes(List<Integer> codes) {
    TrustChecks.notNull("brandCodes", codes);
    if (codes.isEmpty() || codes.size() > MAX_BRAND_CODES) {
      throw new InvalidValueException(
          "brandCodes", "must hold 1.." + MAX_BRAND_CODES + " codes", codes.size());
    }
    List<Integer> sorted = new ArrayList<>(codes.size());
    for (int i = 0; i < codes.size(); i++) {
      Integer code = TrustChecks.notNull("brandCodes[" + i + "]", codes.get(i));
      sorted.add(TrustChecks.brandCode("brandCodes[" + i + "]", code));
    }
    Collections.sort(sorted);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).equals(sorted.get(i - 1))) {
        throw new InvalidValueException("brandCodes", "must not repeat", sorted.get(i));
      }
    }
    return List.copyOf(sorted);
  }

  private static List<String> sortedCategories(List<String> categories) {
    TrustChecks.notNull("categories", categories);
    if (categories.size() > MAX_CATEGORIES) {
      throw new InvalidValueException(
          "categories", "must hold at most " + MAX_CATEGORIES + " codes", categories.size());
    }
    List<String> sorted = new ArrayList<>(categories.size());
    for (int i = 0; i < categories.size(); i++) {
      sorted.add(TrustChecks.category("categories[" + i + "]", categories.get(i)));
    }
    // ASCII codes: String order is their bytewise order, the order the wire format wants.
    Collections.sort(sorted);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).equals(sorted.get(i - 1))) {
        throw new InvalidValueException("categories", "must not repeat", sorted.get(i));
      }
    }
    return List.copyOf(sorted);
  }
}
