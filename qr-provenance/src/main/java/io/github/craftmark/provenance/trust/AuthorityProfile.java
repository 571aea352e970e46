package io.github.craftmark.provenance.trust;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.trust.TrustChecks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a village authority is in its trust list: its id, its name, the verify prefixes its members
 * print on tags and its brand table.
 *
 * @param id the authority id, 1..64 ASCII letters, digits, {@code . _ : -}, e.g. {@code
 *     "battrang-association"}; verifiers tell authorities apart by it
 * @param name the authority's name, NFC, 1..200 characters, e.g. {@code "Hiệp hội Gốm sứ Bát
 *     Tràng"}
 * @param verifyPrefixes 1..8 distinct QR text prefixes such as {@code "HTTPS://BATTRANG.VN/T/"}
 *     (upper case, {@code HTTPS://HOST/PATH/}, at most 64 characters); the first is the one
 *     members print
 * @param brands the brand table, at most 1,024 entries with distinct codes, kept sorted by code
 */
public record AuthorityProfile(
    String id, String name, List<String> verifyPrefixes, List<TrustedBrand> brands) {

  /** The most verify prefixes a profile holds. */
  public static final int MAX_PREFIXES = 8;

  /** The most brands a profile holds. */
  public static final int MAX_BRANDS = 1024;

  /**
   * Validates the profile, copies the lists and sorts the brands by code.
   *
   * @param id the authority id
   * @param name the authority's name
   * @param verifyPrefixes 1..8 distinct QR text prefixes
   * @param brands the brand table, distinct codes
   */
  public AuthorityProfile {
    id = TrustChecks.id("id", id);
    name = TrustChecks.name("name", name);
    TrustChecks.notNull("verifyPrefixes", verifyPrefixes);
    if (verifyPrefixes.isEmpty() || verifyPrefixes.size() > MAX_PREFIXES) {
      throw new InvalidValueException(
          "verifyPrefixes", "must hold 1.." + MAX_PREFIXES + " prefixes", verifyPrefixes.size());
    }
    Set<String> seenPrefixes = new HashSet<>();
    for (int i = 0; i < verifyPrefixes.size(); i++) {
      String prefix = TrustChecks.prefix("verifyPrefixes[" + i + "]", verifyPrefixes.get(i));
      if (!seenPrefixes.add(prefix)) {
        throw new InvalidValueException("verifyPrefixes[" + i + "]", "must not repeat", prefix);
      }
    }
    verifyPrefixes = List.copyOf(verifyPrefixes);
    TrustChecks.notNull("brands", brands);
    if (brands.size() > MAX_BRANDS) {
      throw new InvalidValueException(
          "brands", "must hold at most " + MAX_BRANDS + " entries", brands.size());
    }
    List<TrustedBrand> sorted = new ArrayList<>(brands.size());
    Set<Integer> seenCodes = new HashSet<>();
    for (int i = 0; i < brands.size(); i++) {
      TrustedBrand brand = TrustChecks.notNull("brands[" + i + "]", brands.get(i));
      if (!seenCodes.add(brand.code())) {
        throw new InvalidValueException("brands[" + i + "].code", "must not repeat", brand.code());
      }
      sorted.add(brand);
    }
    sorted.sort(Comparator.comparingInt(TrustedBrand::code));
    brands = List.copyOf(sorted);
  }

  /**
   * Returns a profile with one verify prefix.
   *
   * @param id the authority id
   * @param name the authority's name
   * @param verifyPrefix the QR text prefix its members print, e.g. {@code "HTTPS://BATTRANG.VN/T/"}
   * @param brands the brand table
   * @return the profile
   */
  public static AuthorityProfile of(
      String id, String name, String verifyPrefix, List<TrustedBrand> brands) {
    return new AuthorityProfile(
        id, name, List.of(TrustChecks.notNull("verifyPrefix", verifyPrefix)), brands);
  }

  /**
   * Finds the brand with this code in the brand table.
   *
   * @param code the brand code
   * @return the brand, or empty when the table has no such code
   */
  public Optional<TrustedBrand> brand(int code) {
    for (TrustedBrand brand : brands) {
      if (brand.code() == code) {
        return Optional.of(brand);
      }
    }
    return Optional.empty();
  }
}
