package io.github.craftmark.platform;

import io.github.craftmark.core.id.Sku;
import io.github.craftmark.platform.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a stock update, SKU by SKU: platforms accept part of a batch and refuse the rest.
 *
 * <p>A refusal of one SKU is a value here, not an exception; a failure of the whole call (auth,
 * rate limit after retries, network) is a {@link PlatformException}.
 *
 * @param outcomes one outcome per requested SKU, in request order
 */
public record StockUpdateResult(List<SkuOutcome> outcomes) {
  /**
   * Validates the result.
   *
   * @param outcomes one outcome per requested SKU, in request order
   */
  public StockUpdateResult {
    outcomes = Checks.list("outcomes", outcomes);
  }

  /**
   * Tells whether every SKU was updated.
   *
   * @return true when no SKU failed
   */
  public boolean allSucceeded() {
    return outcomes.stream().allMatch(SkuOutcome::succeeded);
  }

  /**
   * Returns the SKUs the platform refused.
   *
   * @return the failed outcomes, in order
   */
  public List<SkuOutcome> failures() {
    return outcomes.stream().filter(o -> !o.succeeded()).toList();
  }

  /**
   * Finds the outcome for a SKU.
   *
   * @param sku the seller's SKU
   * @return its outcome, or empty when it was not in the update
   */
  public Optional<SkuOutcome> outcome(Sku sku) {
    return outcomes.stream().filter(o -> o.sku().equals(sku)).findFirst();
  }

  /**
   * What happened to one SKU.
   *
   * @param sku the seller's SKU
   * @param succeeded whether the platform took the new level
   * @param errorCode the platform's error code when it did not
   * @param message the platform's message when it did not
   */
  public record SkuOutcome(
      Sku sku, boolean succeeded, Optional<String> errorCode, Optional<String> message) {
    /**
     * Validates the outcome.
     *
     * @param sku the seller's SKU
     * @param succeeded whether the platform took the new level
     * @param errorCode the platform's error code when it did not
     * @param message the platform's message when it did not
     */
    public SkuOutcome {
      Checks.notNull("sku", sku);
      errorCode = Checks.optional(errorCode);
      message = Checks.optional(message);
    }

    /**
     * Returns a success.
     *
     * @param sku the SKU
     * @return the outcome
     */
    public static SkuOutcome success(Sku sku) {
      return new SkuOutcome(sku, true, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a refusal.
     *
     * @param sku the SKU
     * @param errorCode the platform's error code
     * @param message the platform's message
     * @return the outcome
     */
    public static SkuOutcome failure(Sku sku, String errorCode, String message) {
      return new SkuOutcome(sku, false, Optional.of(errorCode), Optional.ofNullable(message));
    }
  }
}
