package io.github.craftmark.platform;

import io.github.craftmark.platform.internal.Checks;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A listing was refused because its mapping found errors; nothing was sent to the marketplace.
 *
 * <p>{@link #problems()} lists every problem found, errors and warnings, so the seller can fix them
 * all at once. The {@link #errorCode()} is {@link #LISTING_REJECTED}, there is no request id and
 * retrying the same request cannot succeed.
 */
public class ListingRejectedException extends PlatformException {
  private static final long serialVersionUID = 1L;

  /** The error code of a listing refused before any call. */
  public static final String LISTING_REJECTED = "LISTING_REJECTED";

  /** Every problem found. */
  private final transient List<MappingProblem> problems;

  /**
   * Creates the exception.
   *
   * @param marketplace the marketplace the listing was for
   * @param problems every problem found, at least one an error
   */
  public ListingRejectedException(Marketplace marketplace, List<MappingProblem> problems) {
    super(PlatformException.builder(marketplace, LISTING_REJECTED)
        .message(describe(Checks.list("problems", problems))));
    this.problems = Checks.list("problems", problems);
  }

  private static String describe(List<MappingProblem> problems) {
    List<MappingProblem> errors =
        problems.stream().filter(MappingProblem::isError).toList();
    return "refused before any call, "
        + errors.size()
        + (errors.size() == 1 ? " error: " : " errors: ")
        + errors.stream()
            .map(p -> p.code() + " " + p.field() + " (" + p.message() + ")")
            .collect(Collectors.joining("; "));
  }

  /**
   * Returns every problem found, errors and warnings, in the order the checks ran.
   *
   * @return the problems
   */
  public List<MappingProblem> problems() {
    return problems;
  }
}
