package io.github.craftmark.core.compliance;

/** How serious a compliance {@link Finding} is: whether a listing must be blocked or only noted. */
public enum Severity {
  /** Breaks a rule: the listing should not be published until fixed. */
  ERROR,
  /** Probably breaks a rule or needs a person to check, e.g. goods that need a licence. */
  WARNING,
  /** Worth knowing, no action required, e.g. tax that the platform will withhold. */
  INFO
}
