package io.github.craftmark.core.compliance;

import io.github.craftmark.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The findings of a compliance check, in the order the checks produced them.
 *
 * <p>A report with no {@link Severity#ERROR} may be published; warnings need a person to look.
 * Reports combine with {@link #plus(ComplianceReport)}, so separate checks (labels, tax,
 * restricted goods) can each return their own.
 *
 * @param findings the findings, in order; never null
 */
public record ComplianceReport(List<Finding> findings) {
  private static final ComplianceReport EMPTY = new ComplianceReport(List.of());

  /**
   * Copies the findings; null becomes an empty list and a null finding is rejected.
   *
   * @param findings the findings, in order; never null
   */
  public ComplianceReport {
    findings = Checks.list("findings", findings);
  }

  /**
   * Returns a report with no findings.
   *
   * @return the empty report
   */
  public static ComplianceReport empty() {
    return EMPTY;
  }

  /**
   * Returns a report of the given findings, in order.
   *
   * @param findings the findings
   * @return the report
   */
  public static ComplianceReport of(Finding... findings) {
    return new ComplianceReport(Arrays.asList(Checks.notNull("findings", findings)));
  }

  /**
   * Returns a report of the given findings, in order.
   *
   * @param findings the findings
   * @return the report
   */
  public static ComplianceReport of(Collection<Finding> findings) {
    return new ComplianceReport(Checks.list("findings", findings));
  }

  /**
   * Tells whether any finding is an {@link Severity#ERROR}.
   *
   * @return true when the listing should not be published as it is
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Returns the findings of one severity, in order.
   *
   * @param severity the severity wanted
   * @return the matching findings
   */
  public List<Finding> findings(Severity severity) {
    Checks.notNull("severity", severity);
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /**
   * Returns the distinct codes of the findings, in order of first appearance.
   *
   * @return the codes, e.g. {@code [LABEL_ORIGIN_MISSING, RESTRICTED_GOODS_BANNED]}
   */
  public List<String> codes() {
    return findings.stream().map(Finding::code).distinct().toList();
  }

  /**
   * Returns a report with this report's findings followed by {@code other}'s.
   *
   * @param other the report to append
   * @return the combined report
   */
  public ComplianceReport plus(ComplianceReport other) {
    Checks.notNull("other", other);
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(other.findings);
    return new ComplianceReport(all);
  }

  /**
   * Returns a report with this report's findings followed by {@code finding}.
   *
   * @param finding the finding to append
   * @return the new report
   */
  public ComplianceReport with(Finding finding) {
    return plus(of(Checks.notNull("finding", finding)));
  }
}
