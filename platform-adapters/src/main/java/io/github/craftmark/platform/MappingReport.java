package io.github.craftmark.platform;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The outcome of mapping a listing for a marketplace: every problem found, and the result when none
 * of them is an error.
 *
 * <p>Mapping never stops at the first problem, so a seller sees and fixes them all at once. The
 * result is present exactly when no problem is an {@link MappingProblem#isError() error}.
 *
 * @param <T> the mapped result, e.g. {@link ListingDraft}
 * @param marketplace the marketplace mapped for
 * @param result the result, present exactly when there is no error
 * @param problems every problem found, in the order the checks ran
 */
public record MappingReport<T>(
    Marketplace marketplace, Optional<T> result, List<MappingProblem> problems) {

  /**
   * Validates the report: a result with an error, or neither result nor error, is refused.
   *
   * @param marketplace the marketplace mapped for
   * @param result the result, present exactly when there is no error
   * @param problems every problem found, in the order the checks ran
   */
  public MappingReport {
    Checks.notNull("marketplace", marketplace);
    result = Checks.optional(result);
    problems = Checks.list("problems", problems);
    boolean hasError = problems.stream().anyMatch(MappingProblem::isError);
    if (hasError == result.isPresent()) {
      throw new InvalidValueException(
          "result",
          hasError ? "must be empty when a problem is an error" : "must be present without errors",
          result.isPresent() ? "present" : "empty");
    }
  }

  /**
   * Returns the report for a list of problems, making the result only when none is an error.
   *
   * @param <T> the result type
   * @param marketplace the marketplace mapped for
   * @param problems every problem found
   * @param result makes the result; not called when there is an error
   * @return the report
   */
  public static <T> MappingReport<T> of(
      Marketplace marketplace, List<MappingProblem> problems, Supplier<? extends T> result) {
    List<MappingProblem> checked = Checks.list("problems", problems);
    boolean hasError = checked.stream().anyMatch(MappingProblem::isError);
    return new MappingReport<>(
        marketplace, hasError ? Optional.empty() : Optional.of(result.get()), checked);
  }

  /**
   * Tells whether the listing can be published.
   *
   * @return true when no problem is an error
   */
  public boolean isOk() {
    return result.isPresent();
  }

  /**
   * Returns the problems that block publishing.
   *
   * @return the errors, in order
   */
  public List<MappingProblem> errors() {
    return problems.stream().filter(MappingProblem::isError).toList();
  }

  /**
   * Returns the problems that do not block publishing.
   *
   * @return the warnings and notes, in order
   */
  public List<MappingProblem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /**
   * Returns the result, or throws listing every error.
   *
   * @return the result
   * @throws ListingRejectedException when a problem is an error
   */
  public T orElseThrow() {
    if (result.isEmpty()) {
      throw new ListingRejectedException(marketplace, problems);
    }
    return result.get();
  }
}
