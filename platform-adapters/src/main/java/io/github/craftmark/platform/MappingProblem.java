package io.github.craftmark.platform;

import io.github.craftmark.core.compliance.Severity;
import io.github.craftmark.platform.internal.Checks;

/**
 * One thing wrong with, or worth knowing about, a listing before it goes to a marketplace.
 *
 * <p>An {@link Severity#ERROR} blocks publishing: {@link MarketplaceAdapter#publish} throws {@link
 * ListingRejectedException} before any call. A {@link Severity#WARNING} or {@link Severity#INFO}
 * is reported and the listing goes ahead.
 *
 * @param field the request part concerned, e.g. {@code "product.nameVi"}, {@code "images[3]"},
 *     {@code "product.variants[1].price"}
 * @param code what kind of problem it is, for programs
 * @param severity whether it blocks publishing
 * @param message what is wrong, with what was expected and what was found, for people
 */
public record MappingProblem(String field, ProblemCode code, Severity severity, String message) {
  /**
   * Validates the problem.
   *
   * @param field the request part concerned, e.g. {@code "product.nameVi"}, {@code "images[3]"},
   *     {@code "product.variants[1].price"}
   * @param code what kind of problem it is, for programs
   * @param severity whether it blocks publishing
   * @param message what is wrong, with what was expected and what was found, for people
   */
  public MappingProblem {
    field = Checks.text("field", field, 200);
    Checks.notNull("code", code);
    Checks.notNull("severity", severity);
    message = Checks.text("message", message, 2000);
  }

  /**
   * Returns a problem that blocks publishing.
   *
   * @param field the request part concerned
   * @param code the kind of problem
   * @param message what is wrong
   * @return the problem
   */
  public static MappingProblem error(String field, ProblemCode code, String message) {
    return new MappingProblem(field, code, Severity.ERROR, message);
  }

  /**
   * Returns a problem that does not block publishing.
   *
   * @param field the request part concerned
   * @param code the kind of problem
   * @param message what is worth knowing
   * @return the problem
   */
  public static MappingProblem warning(String field, ProblemCode code, String message) {
    return new MappingProblem(field, code, Severity.WARNING, message);
  }

  /**
   * Tells whether this problem blocks publishing.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Returns {@code "ERROR TITLE_TOO_LONG product.nameVi: message"}. */
  @Override
  public String toString() {
    return severity + " " + code + " " + field + ": " + message;
  }
}
