package io.github.craftmark.core.ocop;

import io.github.craftmark.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The set of OCOP criteria (Bộ tiêu chí OCOP) a product was assessed under.
 *
 * <p>Each version has its legal reference, the day it came into force and its default {@link
 * OcopCriteria} (score part maxima and star bands). A certificate's version must already be in
 * force on its decision date.
 */
public enum CriteriaVersion {
  /**
   * Decision 1048/QĐ-TTg of 21 Aug 2019 (amended by Decision 781/QĐ-TTg of 8 Jun 2020): parts A/B/C
   * out of 35/25/40. Replaced by Decision 148/QĐ-TTg on 24 Feb 2023.
   */
  DECISION_1048_2019(
      "Quyết định 1048/QĐ-TTg ngày 21/08/2019",
      LocalDate.of(2019, 8, 21),
      LocalDate.of(2023, 2, 24)),

  /**
   * Decision 148/QĐ-TTg of 24 Feb 2023, in force from signing: parts A (product and community)
   * 40, B (marketing) 25, C (quality) 35.
   */
  DECISION_148_2023("Quyết định 148/QĐ-TTg ngày 24/02/2023", LocalDate.of(2023, 2, 24), null),

  /**
   * Decision 1489/QĐ-TTg of 6 Jul 2025, amending the process of Decision 148/QĐ-TTg for the
   * two-level local government (no district level; communes pre-assess). The score parts are those
   * of Decision 148.
   */
  DECISION_1489_2025("Quyết định 1489/QĐ-TTg ngày 06/07/2025", LocalDate.of(2025, 7, 6), null);

  private final String legalReference;
  private final LocalDate inForceFrom;
  private final LocalDate replacedOn;

  CriteriaVersion(String legalReference, LocalDate inForceFrom, LocalDate replacedOn) {
    this.legalReference = legalReference;
    this.inForceFrom = inForceFrom;
    this.replacedOn = replacedOn;
  }

  /**
   * Returns the decision that issued this version, in Vietnamese.
   *
   * @return e.g. {@code "Quyết định 148/QĐ-TTg ngày 24/02/2023"}
   */
  public String legalReference() {
    return legalReference;
  }

  /**
   * Returns the first day this version was in force.
   *
   * @return the day of signing, from which each of these decisions took effect
   */
  public LocalDate inForceFrom() {
    return inForceFrom;
  }

  /**
   * Returns the day a later decision replaced this version, if it was replaced.
   *
   * <p>Decision 148/QĐ-TTg replaced 1048 on 24 Feb 2023. Decision 1489 amends 148 without replacing
   * it, so neither has a replacement date.
   *
   * @return the first day this version no longer applied to new assessments
   */
  public Optional<LocalDate> replacedOn() {
    return Optional.ofNullable(replacedOn);
  }

  /**
   * Returns the built-in criteria of this version: part maxima and star bands.
   *
   * @return the default criteria; users with other star bands build their own {@link
   *     OcopCriteria}
   */
  public OcopCriteria criteria() {
    return OcopCriteria.defaultFor(this);
  }

  /**
   * Tells whether this version was already in force on {@code date}.
   *
   * @param date the day, e.g. a decision date
   * @return true when {@code date} is on or after {@link #inForceFrom()}
   */
  public boolean isInForceBy(LocalDate date) {
    Checks.notNull("date", date);
    return !date.isBefore(inForceFrom);
  }

  /**
   * Returns the latest version in force on {@code date}, the one a new assessment on that day
   * follows.
   *
   * @param date the day
   * @return the version, or empty before 21 Aug 2019
   */
  public static Optional<CriteriaVersion> inForceOn(LocalDate date) {
    Checks.notNull("date", date);
    CriteriaVersion found = null;
    for (CriteriaVersion version : values()) {
      if (version.isInForceBy(date)) {
        found = version;
      }
    }
    return Optional.ofNullable(found);
  }
}
