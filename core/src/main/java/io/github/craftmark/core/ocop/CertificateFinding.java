package io.github.craftmark.core.ocop;

import io.github.craftmark.core.internal.Checks;

/**
 * A problem found when checking an OCOP certificate against the rules: a value, not an error, so
 * that a verification page can show it. See {@link OcopCertificate#check()}.
 *
 * @param code what kind of problem
 * @param message a sentence naming the values involved
 */
public record CertificateFinding(Code code, String message) {
  /**
   * Validates the finding.
   *
   * @param code what kind of problem
   * @param message a sentence naming the values involved
   */
  public CertificateFinding {
    Checks.notNull("code", code);
    message = Checks.text("message", message);
  }

  /** The kinds of problem {@link OcopCertificate#check()} reports. */
  public enum Code {
    /** The issuer's level could not issue this rating on the decision date (see OcopRules). */
    ISSUER_NOT_AUTHORISED,
    /** The stars differ from those the recorded score earns. */
    STARS_DO_NOT_MATCH_SCORE,
    /** The score was assessed under a criteria version other than the certificate's. */
    SCORE_VERSION_DIFFERS,
    /** Valid until later than 36 months after the issue date. */
    VALIDITY_TOO_LONG,
    /** The criteria version had already been replaced on the decision date. */
    CRITERIA_VERSION_REPLACED
  }
}
