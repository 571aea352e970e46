package io.github.craftmark.core.compliance;

import io.github.craftmark.core.CraftMarkException;
import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.internal.WordMatch;
import io.github.craftmark.core.json.CraftMarkJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A list of goods banned or restricted from online trade, and the search of listings for them.
 *
 * <p>The rules come from Circular 47/2014/TT-BCT (goods banned from e-commerce) and the laws it
 * refers to (wildlife and CITES, cultural heritage, weapons, fireworks). The exact list changes
 * with the law and is <em>not verified</em> by this SDK, so it is data: {@link #defaultList()} is
 * a small sample relevant to crafts, shipped as the resource {@code
 * io/github/craftmark/core/compliance/restricted-goods.json} with {@code "verified": false}; an
 * application loads its own reviewed list with {@link #load(InputStream)} or builds one with
 * {@link #of(List)}.
 *
 * <pre>{@code
 * RestrictedGoodsList list = RestrictedGoodsList.defaultList();
 * List<RestrictedGoodsEntry> hits = list.match("Vòng tay NGA VOI tự nhiên"); // the ivory entry
 * ComplianceReport report = list.check("name", product.name());
 * }</pre>
 *
 * @param verified whether a person has checked the list against the current law
 * @param note where the list comes from and what it does not cover
 * @param entries the entries, in order; codes are unique
 */
public record RestrictedGoodsList(
    boolean verified, Optional<String> note, List<RestrictedGoodsEntry> entries) {
  private static final String DEFAULT_RESOURCE = "restricted-goods.json";

  /**
   * Validates the list: codes must be unique.
   *
   * @param verified whether a person has checked the list against the current law
   * @param note where the list comes from and what it does not cover
   * @param entries the entries, in order; codes are unique
   */
  public RestrictedGoodsList {
    note = note == null ? Optional.empty() : note.map(n -> Checks.optionalText("note", n));
    entries = Checks.list("entries", entries);
    Set<String> codes = new HashSet<>();
    for (RestrictedGoodsEntry entry : entries) {
      if (!codes.add(entry.code())) {
        throw new InvalidValueException("entries", "must not repeat a code", entry.code());
      }
    }
  }

  /**
   * Returns the unverified sample list shipped with the SDK: ivory, rhino horn, hawksbill shell,
   * tiger and pangolin products, antiquities, bladed weapons and firecrackers.
   *
   * <p>Do not rely on it as legal advice; review it and load your own list for production.
   *
   * @return the default list, read once
   */
  public static RestrictedGoodsList defaultList() {
    return DefaultHolder.LIST;
  }

  private static final class DefaultHolder {
    static final RestrictedGoodsList LIST = readDefault();

    private static RestrictedGoodsList readDefault() {
      try (InputStream in = RestrictedGoodsList.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new CraftMarkException("restricted goods resource is missing: " + DEFAULT_RESOURCE);
        }
        return load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads a list from JSON in the format of the default resource (see {@code
   * docs/json-format.md}). The stream is read to its end but not closed.
   *
   * @param json UTF-8 JSON
   * @return the list, validated
   * @throws CraftMarkException when the JSON is malformed or an entry is invalid, with the reason
   */
  public static RestrictedGoodsList load(InputStream json) {
    Checks.notNull("json", json);
    try {
      return CraftMarkJson.newObjectMapper().readValue(json, RestrictedGoodsList.class);
    } catch (IOException e) {
      throw new CraftMarkException("restricted goods list could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * Returns an unverified list of the given entries.
   *
   * @param entries the entries, codes unique
   * @return the list, with {@code verified} false
   */
  public static RestrictedGoodsList of(List<RestrictedGoodsEntry> entries) {
    return new RestrictedGoodsList(false, Optional.empty(), entries);
  }

  /**
   * Returns every entry with a keyword in {@code text}, in list order, matching whole words only,
   * ignoring case, and ignoring diacritics where either side has none: {@code "ngà voi"} matches
   * {@code "Vòng tay NGA VOI"}, while a keyword {@code "voi"} would not match {@code "voile"} and
   * {@code "pháo đại"} (firecracker) does not match {@code "áo phao dài"} (long puffer coat).
   *
   * @param text a product name, description or tag
   * @return the matching entries, empty when none
   */
  public List<RestrictedGoodsEntry> match(String text) {
    List<WordMatch.Word> words = WordMatch.words(Checks.notNull("text", text));
    return entries.stream().filter(e -> e.matchedKeyword(words).isPresent()).toList();
  }

  /**
   * Checks one product field and returns a report with one finding per matching entry: errors for
   * banned goods, warnings for conditional goods.
   *
   * @param field the product field checked, e.g. {@code "name"} or {@code "description"}
   * @param text the field's text
   * @return the report, empty when nothing matches
   */
  public ComplianceReport check(String field, String text) {
    List<WordMatch.Word> words = WordMatch.words(Checks.notNull("text", text));
    List<Finding> findings = new ArrayList<>();
    for (RestrictedGoodsEntry entry : entries) {
      entry.matchedKeyword(words).ifPresent(k -> findings.add(entry.toFinding(field, k)));
    }
    return new ComplianceReport(findings);
  }

  /**
   * Finds the entry with a code.
   *
   * @param code the entry code, e.g. {@code "ivory"}
   * @return the entry, or empty
   */
  public Optional<RestrictedGoodsEntry> find(String code) {
    return entries.stream().filter(e -> e.code().equals(code)).findFirst();
  }
}
