package io.github.craftmark.examples.marketplace;

import io.github.craftmark.core.compliance.Finding;
import io.github.craftmark.core.compliance.Severity;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.platform.MarketplaceOrder;
import io.github.craftmark.platform.PublishedListing;
import io.github.craftmark.platform.StockUpdateResult;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What a sync did: the compliance findings of each product and, per marketplace, what was refused
 * before any call, what was published, how the stock batch went and which orders were pulled.
 *
 * @param compliance the compliance check of each product, in catalogue order
 * @param platforms one result per marketplace, in the order they were synced
 */
public record SyncSummary(List<ProductCheck> compliance, List<PlatformResult> platforms) {
  /**
   * Copies the lists.
   *
   * @param compliance the compliance check of each product, in catalogue order
   * @param platforms one result per marketplace, in the order they were synced
   */
  public SyncSummary {
    compliance = List.copyOf(compliance);
    platforms = List.copyOf(platforms);
  }

  /**
   * Returns the result for one marketplace.
   *
   * @param name the marketplace's display name, e.g. {@code "Shopee"}
   * @return its result
   * @throws NoSuchElementException when no marketplace has this name
   */
  public PlatformResult platform(String name) {
    return platforms.stream()
        .filter(p -> p.platform().equals(name))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no platform named " + name));
  }

  /**
   * The compliance check of one product.
   *
   * @param sku the product's SKU
   * @param name the product's Vietnamese name
   * @param findings every finding, in the checker's order
   */
  public record ProductCheck(Sku sku, String name, List<Finding> findings) {
    /**
     * Copies the findings.
     *
     * @param sku the product's SKU
     * @param name the product's Vietnamese name
     * @param findings every finding, in the checker's order
     */
    public ProductCheck {
      findings = List.copyOf(findings);
    }

    /**
     * Tells whether a finding is an error, so that the product must not be listed.
     *
     * @return true when it must not be listed
     */
    public boolean hasErrors() {
      return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
  }

  /**
   * A product that was not sent to a marketplace, and why.
   *
   * @param sku the product's SKU
   * @param problems each compliance error and mapping error, as printed
   */
  public record Refused(Sku sku, List<String> problems) {
    /**
     * Copies the problems.
     *
     * @param sku the product's SKU
     * @param problems each compliance error and mapping error, as printed
     */
    public Refused {
      problems = List.copyOf(problems);
    }
  }

  /**
   * What happened on one marketplace.
   *
   * @param platform the marketplace's display name
   * @param refused the products not sent, with their problems
   * @param published the listings created, in catalogue order
   * @param stock the outcome of the one stock batch, one outcome per SKU
   * @param stockCalls how many calls the platform answered for that batch
   * @param orders the orders pulled, oldest first
   * @param orderPages how many order pages the platform served for them
   */
  public record PlatformResult(
      String platform,
      List<Refused> refused,
      List<PublishedListing> published,
      StockUpdateResult stock,
      long stockCalls,
      List<MarketplaceOrder> orders,
      long orderPages) {
    /**
     * Copies the lists.
     *
     * @param platform the marketplace's display name
     * @param refused the products not sent, with their problems
     * @param published the listings created, in catalogue order
     * @param stock the outcome of the one stock batch, one outcome per SKU
     * @param stockCalls how many calls the platform answered for that batch
     * @param orders the orders pulled, oldest first
     * @param orderPages how many order pages the platform served for them
     */
    public PlatformResult {
      refused = List.copyOf(refused);
      published = List.copyOf(published);
      orders = List.copyOf(orders);
    }
  }
}
