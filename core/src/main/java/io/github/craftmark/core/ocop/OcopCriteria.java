package io.github.craftmark.core.ocop;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scoring rules of one OCOP criteria version: the maximum of each score part and the star band
 * of each total.
 *
 * <p>The built-in criteria ({@link #defaultFor(CriteriaVersion)}) hold: Decision 1048/QĐ-TTg parts
 * A/B/C out of 35/25/40, Decision 148/QĐ-TTg (and 1489, which amends only its process) out of
 * 40/25/35; and for every version the bands 5★ 90–100, 4★ 70–89, 3★ 50–69, 2★ 30–49, 1★ 0–29. The
 * bands are confirmed for 1048; that 148 kept them is not verified, so an application that learns
 * otherwise builds its own criteria with {@link #withStarBands(List)} and passes them to {@link
 * OcopScore#stars(OcopCriteria)} and {@link OcopCertificate#check(OcopRules, OcopCriteria)}.
 *
 * @param version the criteria version these rules belong to
 * @param legalReference the decision that set them, in Vietnamese
 * @param inForceFrom the first day they applied
 * @param partAMax the maximum of part A (product and community strength)
 * @param partBMax the maximum of part B (marketing)
 * @param partCMax the maximum of part C (product quality)
 * @param starBands bands covering every total 0..100 without gap or overlap, stored from the lowest
 *     total up; stars rise with the total
 */
public record OcopCriteria(
    CriteriaVersion version,
    String legalReference,
    LocalDate inForceFrom,
    int partAMax,
    int partBMax,
    int partCMax,
    List<StarBand> starBands) {

  /** The bands of Decision 1048/QĐ-TTg, used by default for every version. */
  private static final List<StarBand> BANDS_1048 = List.of(
      StarBand.of(1, 0, 29),
      StarBand.of(2, 30, 49),
      StarBand.of(3, 50, 69),
      StarBand.of(4, 70, 89),
      StarBand.of(5, 90, 100));

  private static final Map<CriteriaVersion, OcopCriteria> DEFAULTS = defaults(BANDS_1048);

  /**
   * Validates the criteria.
   *
   * @throws InvalidValueException when the maxima do not sum to 100 or the bands leave a gap,
   *     overlap or do not rise
   *
   * @param version the criteria version these rules belong to
   * @param legalReference the decision that set them, in Vietnamese
   * @param inForceFrom the first day they applied
   * @param partAMax the maximum of part A (product and community strength)
   * @param partBMax the maximum of part B (marketing)
   * @param partCMax the maximum of part C (product quality)
   * @param starBands bands covering every total 0..100 without gap or overlap, stored from the lowest
   *     total up; stars rise with the total
   */
  public OcopCriteria {
    Checks.notNull("version", version);
    legalReference = Checks.text("legalReference", legalReference, 200);
    Checks.notNull("inForceFrom", inForceFrom);
    Checks.inRange("partAMax", partAMax, 0, 100);
    Checks.inRange("partBMax", partBMax, 0, 100);
    Checks.inRange("partCMax", partCMax, 0, 100);
    int sum = partAMax + partBMax + partCMax;
    if (sum != 100) {
      throw new InvalidValueException("partAMax + partBMax + partCMax", "must be 100", sum);
    }
    starBands = checkBands(starBands);
  }

  private static List<StarBand> checkBands(List<StarBand> bands) {
    List<StarBand> sorted = new ArrayList<>(Checks.list("starBands", bands));
    if (sorted.isEmpty()) {
      throw new InvalidValueException("starBands", "must not be empty", sorted);
    }
    sorted.sort(Comparator.comparingInt(StarBand::minTotal));
    int expectedMin = 0;
    int previousStars = 0;
    for (StarBand band : sorted) {
      if (band.minTotal() != expectedMin) {
        throw new InvalidValueException(
            "starBands", "must cover 0..100 without gap or overlap at " + expectedMin, sorted);
      }
      if (band.stars() <= previousStars) {
        throw new InvalidValueException("starBands", "must rise in stars with the total", sorted);
      }
      expectedMin = band.maxTotal() + 1;
      previousStars = band.stars();
    }
    if (expectedMin != 101) {
      throw new InvalidValueException("starBands", "must cover 0..100 without gap", sorted);
    }
    return List.copyOf(sorted);
  }

  /**
   * Returns the built-in criteria of {@code version}.
   *
   * @param version the criteria version
   * @return the default criteria
   */
  public static OcopCriteria defaultFor(CriteriaVersion version) {
    Checks.notNull("version", version);
    return DEFAULTS.get(version);
  }

  /**
   * Returns the built-in criteria of every version, oldest first.
   *
   * @return an unmodifiable list
   */
  public static List<OcopCriteria> defaults() {
    return List.copyOf(DEFAULTS.values());
  }

  /**
   * Returns a copy of these criteria with other star bands, for when a version's bands differ from
   * the built-in ones.
   *
   * @param bands the new bands, covering 0..100
   * @return the new criteria
   */
  public OcopCriteria withStarBands(List<StarBand> bands) {
    return new OcopCriteria(
        version, legalReference, inForceFrom, partAMax, partBMax, partCMax, bands);
  }

  /**
   * Returns the stars a total earns under these criteria.
   *
   * @param total the total score, 0..100
   * @return 1..5
   * @throws InvalidValueException when {@code total} is not 0..100
   */
  public int starsFor(int total) {
    Checks.inRange("total", total, 0, 100);
    for (StarBand band : starBands) {
      if (band.contains(total)) {
        return band.stars();
      }
    }
    // Unreachable: the constructor ensures the bands cover 0..100.
    throw new IllegalStateException("no band for " + total);
  }

  /**
   * Returns the band that earns {@code stars}, if any.
   *
   * @param stars 1..5
   * @return the band; empty when these criteria have no band for that many stars
   */
  public Optional<StarBand> bandFor(int stars) {
    return starBands.stream().filter(b -> b.stars() == stars).findFirst();
  }

  private static Map<CriteriaVersion, OcopCriteria> defaults(List<StarBand> bands) {
    Map<CriteriaVersion, OcopCriteria> map = new EnumMap<>(CriteriaVersion.class);
    for (CriteriaVersion version : CriteriaVersion.values()) {
      boolean old = version == CriteriaVersion.DECISION_1048_2019;
      map.put(
          version,
          new OcopCriteria(
              version,
              version.legalReference(),
              version.inForceFrom(),
              old ? 35 : 40,
              25,
              old ? 40 : 35,
              bands));
    }
    return map;
  }
}
