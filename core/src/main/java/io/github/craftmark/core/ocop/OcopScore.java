package io.github.craftmark.core.ocop;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.util.Optional;

/**
 * An OCOP assessment score: the points of parts A, B and C under one criteria version.
 *
 * <p>Each part is checked against the maximum of its version's built-in criteria: under Decision
 * 148/QĐ-TTg part A (product and community) is out of 40, B (marketing) 25, C (quality) 35; under
 * Decision 1048/QĐ-TTg 35, 25 and 40. The total is out of 100 and its band gives the stars; only
 * 3★ and more earn a certificate.
 *
 * <pre>{@code
 * OcopScore score = OcopScore.of(CriteriaVersion.DECISION_148_2023, 32, 20, 26);
 * score.total();          // 78
 * score.stars();          // 4
 * score.isCertifiable();  // true
 * }</pre>
 *
 * @param criteriaVersion the criteria the product was assessed under
 * @param partA points of part A, 0..its maximum
 * @param partB points of part B, 0..its maximum
 * @param partC points of part C, 0..its maximum
 */
public record OcopScore(CriteriaVersion criteriaVersion, int partA, int partB, int partC) {
  /**
   * Validates the parts against the version's maxima.
   *
   * @throws InvalidValueException when a part is out of range, e.g. {@code "partA must be 0..40:
   *     41"}
   *
   * @param criteriaVersion the criteria the product was assessed under
   * @param partA points of part A, 0..its maximum
   * @param partB points of part B, 0..its maximum
   * @param partC points of part C, 0..its maximum
   */
  public OcopScore {
    Checks.notNull("criteriaVersion", criteriaVersion);
    OcopCriteria criteria = criteriaVersion.criteria();
    Checks.inRange("partA", partA, 0, criteria.partAMax());
    Checks.inRange("partB", partB, 0, criteria.partBMax());
    Checks.inRange("partC", partC, 0, criteria.partCMax());
  }

  /**
   * Returns the score with these parts.
   *
   * @param criteriaVersion the criteria version
   * @param partA points of part A
   * @param partB points of part B
   * @param partC points of part C
   * @return the score
   * @throws InvalidValueException when a part is out of its version's range
   */
  public static OcopScore of(CriteriaVersion criteriaVersion, int partA, int partB, int partC) {
    return new OcopScore(criteriaVersion, partA, partB, partC);
  }

  /**
   * Returns the total score out of 100.
   *
   * @return {@code partA + partB + partC}
   */
  public int total() {
    return partA + partB + partC;
  }

  /**
   * Returns the stars the total earns under the version's built-in bands.
   *
   * @return 1..5
   */
  public int stars() {
    return criteriaVersion.criteria().starsFor(total());
  }

  /**
   * Returns the stars the total earns under the given criteria, for bands other than the built-in
   * ones.
   *
   * @param criteria criteria of this score's version
   * @return 1..5
   * @throws InvalidValueException when {@code criteria} is of another version
   */
  public int stars(OcopCriteria criteria) {
    Checks.notNull("criteria", criteria);
    if (criteria.version() != criteriaVersion) {
      throw new InvalidValueException(
          "criteria.version", "must be " + criteriaVersion, criteria.version());
    }
    return criteria.starsFor(total());
  }

  /**
   * Tells whether the score earns a certificate: 3★ or more under the built-in bands.
   *
   * @return true for 3★, 4★ and 5★
   */
  public boolean isCertifiable() {
    return stars() >= 3;
  }

  /**
   * Tells whether the score earns a certificate under the given criteria's bands.
   *
   * @param criteria criteria of this score's version
   * @return true for 3★, 4★ and 5★
   * @throws InvalidValueException when {@code criteria} is of another version
   */
  public boolean isCertifiable(OcopCriteria criteria) {
    return stars(criteria) >= 3;
  }

  /**
   * Returns the certificate rating the score earns under the built-in bands.
   *
   * @return the rating, or empty for 1★ and 2★
   */
  public Optional<StarRating> starRating() {
    return rating(stars());
  }

  /**
   * Returns the certificate rating the score earns under the given criteria's bands.
   *
   * @param criteria criteria of this score's version
   * @return the rating, or empty for 1★ and 2★
   * @throws InvalidValueException when {@code criteria} is of another version
   */
  public Optional<StarRating> starRating(OcopCriteria criteria) {
    return rating(stars(criteria));
  }

  private static Optional<StarRating> rating(int stars) {
    return stars >= 3 ? Optional.of(StarRating.of(stars)) : Optional.empty();
  }
}
