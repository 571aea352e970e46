package io.github.craftmark.core.ocop;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who may issue which OCOP star ratings, and when: a dated table of {@link IssuingRule}s.
 *
 * <p>The built-in table ({@link #defaults()}):
 *
 * <ul>
 *   <li>21 Aug 2019 – 23 Feb 2023, Decision 1048/QĐ-TTg: the province recognises 3★ and 4★, the
 *       central level 5★; district councils only assessed and proposed (as published provincial
 *       decisions of that period show; the text of 1048 itself was not checked).
 *   <li>24 Feb 2023 – 30 Jun 2025, Decision 148/QĐ-TTg: district 3★, province 4★, central 5★.
 *   <li>From 1 Jul 2025, two-level local government and Decision 1489/QĐ-TTg (signed 6 Jul 2025):
 *       province 3★ and 4★, central 5★; no district level exists (the commune pre-assesses). The
 *       row starts on 1 Jul, when districts ceased to exist, rather than on 6 Jul.
 * </ul>
 *
 * <p>Applications that know better (a province's own delegation, a later amendment) build their
 * own table with {@link #of(List)}. A 3★ certificate issued by a district on 15 Jul 2025 is not
 * allowed; one dated 2024 is.
 *
 * @param rules the rows; rows for the same level must not overlap in time
 */
public record OcopRules(List<IssuingRule> rules) {
  private static final LocalDate D1048 = LocalDate.of(2019, 8, 21);
  private static final LocalDate D148 = LocalDate.of(2023, 2, 24);
  private static final LocalDate TWO_LEVEL = LocalDate.of(2025, 7, 1);

  private static final OcopRules DEFAULTS = new OcopRules(List.of(
      IssuingRule.of(
          D1048,
          D148.minusDays(1),
          IssuerLevel.DISTRICT,
          List.of(),
          "Decision 1048/QĐ-TTg: district councils assess and propose; they issue no rating"),
      IssuingRule.of(
          D1048,
          D148.minusDays(1),
          IssuerLevel.PROVINCE,
          List.of(StarRating.THREE, StarRating.FOUR),
          "Decision 1048/QĐ-TTg: the provincial People's Committee recognises 3★ and 4★"),
      IssuingRule.of(
          D1048,
          D148.minusDays(1),
          IssuerLevel.CENTRAL,
          List.of(StarRating.FIVE),
          "Decision 1048/QĐ-TTg: the central level recognises 5★"),
      IssuingRule.of(
          D148,
          TWO_LEVEL.minusDays(1),
          IssuerLevel.DISTRICT,
          List.of(StarRating.THREE),
          "Decision 148/QĐ-TTg: the district People's Committee recognises 3★"),
      IssuingRule.of(
          D148,
          TWO_LEVEL.minusDays(1),
          IssuerLevel.PROVINCE,
          List.of(StarRating.FOUR),
          "Decision 148/QĐ-TTg: the provincial People's Committee recognises 4★"),
      IssuingRule.of(
          D148,
          TWO_LEVEL.minusDays(1),
          IssuerLevel.CENTRAL,
          List.of(StarRating.FIVE),
          "Decision 148/QĐ-TTg: the central level recognises 5★"),
      IssuingRule.of(
          TWO_LEVEL,
          null,
          IssuerLevel.DISTRICT,
          List.of(),
          "Two-level local government from 1 Jul 2025 (Decision 1489/QĐ-TTg):"
              + " districts no longer exist; communes only pre-assess"),
      IssuingRule.of(
          TWO_LEVEL,
          null,
          IssuerLevel.PROVINCE,
          List.of(StarRating.THREE, StarRating.FOUR),
          "Decision 1489/QĐ-TTg: the provincial People's Committee recognises 3★ and 4★"),
      IssuingRule.of(
          TWO_LEVEL,
          null,
          IssuerLevel.CENTRAL,
          List.of(StarRating.FIVE),
          "Decision 1489/QĐ-TTg: the central level recognises 5★")));

  /**
   * Validates the table.
   *
   * @throws InvalidValueException when two rows for the same level overlap in time
   *
   * @param rules the rows; rows for the same level must not overlap in time
   */
  public OcopRules {
    rules = Checks.list("rules", rules);
    for (int i = 0; i < rules.size(); i++) {
      for (int j = i + 1; j < rules.size(); j++) {
        IssuingRule a = rules.get(i);
        IssuingRule b = rules.get(j);
        if (a.level() == b.level() && a.overlaps(b)) {
          throw new InvalidValueException(
              "rules[" + j + "]", "must not overlap rules[" + i + "] for " + a.level(), b.from());
        }
      }
    }
  }

  /**
   * Returns the built-in table described above.
   *
   * @return the default rules
   */
  public static OcopRules defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a table of the given rows.
   *
   * @param rules the rows
   * @return the table
   */
  public static OcopRules of(List<IssuingRule> rules) {
    return new OcopRules(rules);
  }

  /**
   * Tells whether {@code level} could issue {@code stars} on {@code decisionDate} under the
   * built-in table, with the reason.
   *
   * @param level the issuer's level of government
   * @param stars the rating issued
   * @param decisionDate the date of the certification decision
   * @return the decision; never throws for an expected "no"
   */
  public static IssueDecision mayIssue(
      IssuerLevel level, StarRating stars, LocalDate decisionDate) {
    return DEFAULTS.decide(level, stars, decisionDate);
  }

  /**
   * Tells whether {@code level} could issue {@code stars} on {@code decisionDate} under this table,
   * with the reason.
   *
   * @param level the issuer's level of government
   * @param stars the rating issued
   * @param decisionDate the date of the certification decision
   * @return the decision
   */
  public IssueDecision decide(IssuerLevel level, StarRating stars, LocalDate decisionDate) {
    Checks.notNull("level", level);
    Checks.notNull("stars", stars);
    Checks.notNull("decisionDate", decisionDate);
    Optional<IssuingRule> rule = ruleFor(level, decisionDate);
    if (rule.isEmpty()) {
      return new IssueDecision(
          false, "no issuing rule covers " + level + " on " + decisionDate, Optional.empty());
    }
    IssuingRule found = rule.get();
    boolean allowed = found.stars().contains(stars);
    String verb = allowed ? " may issue " : " may not issue ";
    String reason = level + verb + stars + " on " + decisionDate + ": " + found.legalBasis();
    return new IssueDecision(allowed, reason, rule);
  }

  /**
   * Returns the row that applies to {@code level} on {@code date}.
   *
   * @param level the level of government
   * @param date the day
   * @return the row, or empty when none covers that day
   */
  public Optional<IssuingRule> ruleFor(IssuerLevel level, LocalDate date) {
    Checks.notNull("level", level);
    Checks.notNull("date", date);
    return rules.stream().filter(r -> r.level() == level && r.covers(date)).findFirst();
  }
}
