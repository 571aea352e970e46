package io.github.craftmark.platform;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.platform.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The seller's own table of where products go on one marketplace: a leaf category and attribute
 * values per craft, with per-product exceptions.
 *
 * <p>Category trees and attribute ids differ by platform and change over time, so CraftMark ships
 * none: the application reads them from the platform (Shopee {@code get_category} and {@code
 * get_attribute_tree}, Lazada {@code /category/tree/get}, TikTok Shop {@code categories}) and
 * records its choices here. {@link #targetFor(Product)} takes the product's own entry first, then
 * its craft's. Immutable; build with {@link #builder(Marketplace)}.
 *
 * <pre>{@code
 * CategoryMapping shopee = CategoryMapping.builder(Marketplace.SHOPEE)
 *     .map(CraftCategory.CERAMICS, CategoryMapping.Target.of("101208")   // EXAMPLE leaf id
 *         .withAttribute("100134", "Gốm sứ")                                // fixed value
 *         .withAttributeFromProduct("100037", "Màu men")                    // product attribute
 *         .requiring("100134", "100037"))
 *     .build();
 * }</pre>
 *
 * @param marketplace the marketplace the category ids belong to
 * @param byCraft the target per craft category
 * @param byProduct the target per product id, overriding its craft's
 */
public record CategoryMapping(
    Marketplace marketplace, Map<CraftCategory, Target> byCraft, Map<ProductId, Target> byProduct) {

  /**
   * Validates the mapping.
   *
   * @param marketplace the marketplace the category ids belong to
   * @param byCraft the target per craft category
   * @param byProduct the target per product id, overriding its craft's
   */
  public CategoryMapping {
    Checks.notNull("marketplace", marketplace);
    byCraft = copy("byCraft", byCraft);
    byProduct = copy("byProduct", byProduct);
  }

  /**
   * Returns a builder of a mapping for one marketplace.
   *
   * @param marketplace the marketplace the category ids belong to
   * @return the builder
   */
  public static Builder builder(Marketplace marketplace) {
    return new Builder(marketplace);
  }

  /**
   * Returns a mapping that sends every product, whatever its craft, to one category.
   *
   * @param marketplace the marketplace
   * @param target the category and attributes
   * @return the mapping
   */
  public static CategoryMapping allTo(Marketplace marketplace, Target target) {
    Builder builder = builder(marketplace);
    for (CraftCategory craft : CraftCategory.all()) {
      builder.map(craft, target);
    }
    return builder.build();
  }

  /**
   * Returns a builder holding this mapping.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder(marketplace);
    builder.byCraft.putAll(byCraft);
    builder.byProduct.putAll(byProduct);
    return builder;
  }

  /**
   * Finds where a product goes: its own entry, else its craft's.
   *
   * @param product the product
   * @return the target, or empty when the mapping has none for the product
   */
  public Optional<Target> targetFor(Product product) {
    Target own = byProduct.get(product.id());
    return own != null ? Optional.of(own) : Optional.ofNullable(byCraft.get(product.category()));
  }

  private static <K> Map<K, Target> copy(String field, Map<K, Target> values) {
    Map<K, Target> copy = new LinkedHashMap<>();
    if (values != null) {
      for (Map.Entry<K, Target> entry : values.entrySet()) {
        if (entry.getKey() == null) {
          throw new InvalidValueException(field, "must not have a null key", null);
        }
        copy.put(
            entry.getKey(), Checks.notNull(field + "[" + entry.getKey() + "]", entry.getValue()));
      }
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * A platform leaf category with the attribute values a listing in it carries.
   *
   * <p>An attribute's value is its fixed value if it has one, else the value of the named product
   * attribute ({@link Product#attributes()}). A required attribute with neither is a {@link
   * ProblemCode#MISSING_ATTRIBUTE} problem.
   *
   * @param categoryId the platform's id of a leaf category
   * @param fixedAttributes platform attribute id → value for every product in this target
   * @param attributesFromProduct platform attribute id → name of the product attribute holding
   *     the value, e.g. {@code "100037" → "Màu men"}
   * @param requiredAttributes the platform attribute ids the category requires
   */
  public record Target(
      String categoryId,
      SortedMap<String, String> fixedAttributes,
      SortedMap<String, String> attributesFromProduct,
      SortedSet<String> requiredAttributes) {

    /**
     * Validates the target.
     *
     * @param categoryId the platform's id of a leaf category
     * @param fixedAttributes platform attribute id → value for every product in this target
     * @param attributesFromProduct platform attribute id → name of the product attribute holding
     *     the value, e.g. {@code "100037" → "Màu men"}
     * @param requiredAttributes the platform attribute ids the category requires
     */
    public Target {
      Checks.token("categoryId", categoryId, 64);
      fixedAttributes = Checks.strings("fixedAttributes", fixedAttributes);
      attributesFromProduct = Checks.strings("attributesFromProduct", attributesFromProduct);
      TreeSet<String> required = new TreeSet<>();
      for (String id : Checks.list("requiredAttributes", requiredAttributes)) {
        required.add(Checks.token("requiredAttributes", id, 200));
      }
      requiredAttributes = Collections.unmodifiableSortedSet(required);
    }

    /**
     * Returns a target with no attributes.
     *
     * @param categoryId the platform's id of a leaf category
     * @return the target
     */
    public static Target of(String categoryId) {
      return new Target(categoryId, new TreeMap<>(), new TreeMap<>(), new TreeSet<>());
    }

    /**
     * Returns a copy with a fixed attribute value.
     *
     * @param attributeId the platform's attribute id
     * @param value the value
     * @return the copy
     */
    public Target withAttribute(String attributeId, String value) {
      TreeMap<String, String> copy = new TreeMap<>(fixedAttributes);
      copy.put(Checks.text("attributeId", attributeId, 200), Checks.text("value", value, 2000));
      return new Target(categoryId, copy, attributesFromProduct, requiredAttributes);
    }

    /**
     * Returns a copy that takes an attribute's value from a product attribute.
     *
     * @param attributeId the platform's attribute id
     * @param productAttribute the name of the product attribute, e.g. {@code "Màu men"}
     * @return the copy
     */
    public Target withAttributeFromProduct(String attributeId, String productAttribute) {
      TreeMap<String, String> copy = new TreeMap<>(attributesFromProduct);
      copy.put(
          Checks.text("attributeId", attributeId, 200),
          Checks.text("productAttribute", productAttribute, 200));
      return new Target(categoryId, fixedAttributes, copy, requiredAttributes);
    }

    /**
     * Returns a copy that also requires these attributes.
     *
     * @param attributeIds the platform's attribute ids
     * @return the copy
     */
    public Target requiring(String... attributeIds) {
      TreeSet<String> copy = new TreeSet<>(requiredAttributes);
      copy.addAll(Checks.list("attributeIds", java.util.Arrays.asList(attributeIds)));
      return new Target(categoryId, fixedAttributes, attributesFromProduct, copy);
    }

    /**
     * Returns the attribute values for a product: fixed values, then values taken from the
     * product's attributes where it has them. Attributes the product lacks are left out.
     *
     * @param product the product
     * @return platform attribute id → value, sorted by id
     */
    public SortedMap<String, String> attributeValues(Product product) {
      TreeMap<String, String> values = new TreeMap<>();
      for (Map.Entry<String, String> entry : attributesFromProduct.entrySet()) {
        String value = product.attributes().get(entry.getValue());
        if (value != null) {
          values.put(entry.getKey(), value);
        }
      }
      values.putAll(fixedAttributes);
      return Collections.unmodifiableSortedMap(values);
    }

    /**
     * Returns the required attributes that {@link #attributeValues(Product)} leaves without a
     * value for this product.
     *
     * @param product the product
     * @return the missing attribute ids, sorted
     */
    public Set<String> missingAttributes(Product product) {
      SortedMap<String, String> values = attributeValues(product);
      TreeSet<String> missing = new TreeSet<>();
      for (String id : requiredAttributes) {
        if (!values.containsKey(id)) {
          missing.add(id);
        }
      }
      return Collections.unmodifiableSortedSet(missing);
    }
  }

  /** Builds a {@link CategoryMapping}. */
  public static final class Builder {
    private final Marketplace marketplace;
    private final Map<CraftCategory, Target> byCraft = new LinkedHashMap<>();
    private final Map<ProductId, Target> byProduct = new LinkedHashMap<>();

    private Builder(Marketplace marketplace) {
      this.marketplace = Checks.notNull("marketplace", marketplace);
    }

    /**
     * Sends every product of a craft to a target.
     *
     * @param craft the craft
     * @param target the category and attributes
     * @return this builder
     */
    public Builder map(CraftCategory craft, Target target) {
      byCraft.put(Checks.notNull("craft", craft), Checks.notNull("target", target));
      return this;
    }

    /**
     * Sends one product to a target, whatever its craft.
     *
     * @param product the product's id
     * @param target the category and attributes
     * @return this builder
     */
    public Builder map(ProductId product, Target target) {
      byProduct.put(Checks.notNull("product", product), Checks.notNull("target", target));
      return this;
    }

    /**
     * Builds the mapping.
     *
     * @return the mapping
     */
    public CategoryMapping build() {
      return new CategoryMapping(marketplace, byCraft, byProduct);
    }
  }
}
