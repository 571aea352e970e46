package io.github.craftmark.core.product;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.id.VillageId;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.money.Money;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * A craft product as a village workshop sells it: what it is, what it is made of, its photos, its
 * variants with their prices and stock, and who made it under which village brand and OCOP
 * certificate.
 *
 * <p>Build one with {@link #builder()}. Every product has at least one {@link Variant}: a product
 * without variant tiers has exactly one, carrying the product's SKU, price and stock (the builder's
 * {@link Builder#price(Money)} and {@link Builder#stock(int)} make it); a product with one or two
 * {@link VariantTier tiers} (e.g. size × glaze) has one variant per combination it sells.
 *
 * <p>The references to producer, village, brand and OCOP certificate are claims the listing makes;
 * the compliance check verifies them against the brand authorisations and the certificate.
 *
 * @param id the application's id for the product
 * @param sku the product's SKU (the parent SKU when it has variants)
 * @param gtin the product's GTIN, if it has one
 * @param nameVi the name in Vietnamese, 1..255 characters, e.g. {@code "Bình hút lộc men rạn"}
 * @param nameEn the name in English, if any
 * @param descriptionVi the description in Vietnamese, if any (at most 20,000 characters)
 * @param descriptionEn the description in English, if any
 * @param category the craft
 * @param materials what it is made of, in label order
 * @param dimensions the packed dimensions in cm, if known (marketplaces need them to ship)
 * @param weightGrams the packed weight in grams, 1..1,000,000, if known
 * @param images the photos, the main one first; at most 50
 * @param tiers the variant tiers, at most two
 * @param variants the sellable variants, at least one
 * @param attributes further attributes by name, e.g. {@code "Màu men" → "Lam"}
 * @param producer who makes it
 * @param village the craft village it comes from, if claimed
 * @param brand the village brand the listing uses, if any
 * @param ocopCertificate the number of the OCOP certificate the listing claims, if any
 * @param label what the label states
 */
public record Product(
    ProductId id,
    Sku sku,
    Optional<Gtin> gtin,
    String nameVi,
    Optional<String> nameEn,
    Optional<String> descriptionVi,
    Optional<String> descriptionEn,
    CraftCategory category,
    List<Material> materials,
    Optional<Dimensions> dimensions,
    Optional<Integer> weightGrams,
    List<ProductImage> images,
    List<VariantTier> tiers,
    List<Variant> variants,
    SortedMap<String, String> attributes,
    ProducerId producer,
    Optional<VillageId> village,
    Optional<BrandId> brand,
    Optional<String> ocopCertificate,
    ProductLabel label) {

  /** The longest name accepted, in characters (TikTok Shop's title limit). */
  public static final int MAX_NAME_LENGTH = 255;

  /** The longest description accepted, in characters. */
  public static final int MAX_DESCRIPTION_LENGTH = 20_000;

  /** The most images accepted. */
  public static final int MAX_IMAGES = 50;

  /** The most variant tiers a marketplace accepts. */
  public static final int MAX_TIERS = 2;

  /**
   * Validates the product; see the component descriptions for the rules.
   *
   * @param id the application's id for the product
   * @param sku the product's SKU (the parent SKU when it has variants)
   * @param gtin the product's GTIN, if it has one
   * @param nameVi the name in Vietnamese, 1..255 characters, e.g. {@code "Bình hút lộc men rạn"}
   * @param nameEn the name in English, if any
   * @param descriptionVi the description in Vietnamese, if any (at most 20,000 characters)
   * @param descriptionEn the description in English, if any
   * @param category the craft
   * @param materials what it is made of, in label order
   * @param dimensions the packed dimensions in cm, if known (marketplaces need them to ship)
   * @param weightGrams the packed weight in grams, 1..1,000,000, if known
   * @param images the photos, the main one first; at most 50
   * @param tiers the variant tiers, at most two
   * @param variants the sellable variants, at least one
   * @param attributes further attributes by name, e.g. {@code "Màu men" → "Lam"}
   * @param producer who makes it
   * @param village the craft village it comes from, if claimed
   * @param brand the village brand the listing uses, if any
   * @param ocopCertificate the number of the OCOP certificate the listing claims, if any
   * @param label what the label states
   */
  public Product {
    Checks.notNull("id", id);
    Checks.notNull("sku", sku);
    gtin = Checks.optional(gtin);
    nameVi = Checks.text("nameVi", nameVi, MAX_NAME_LENGTH);
    nameEn = Checks.optionalText("nameEn", nameEn, MAX_NAME_LENGTH);
    descriptionVi = Checks.optionalText("descriptionVi", descriptionVi, MAX_DESCRIPTION_LENGTH);
    descriptionEn = Checks.optionalText("descriptionEn", descriptionEn, MAX_DESCRIPTION_LENGTH);
    Checks.notNull("category", category);
    materials = Checks.list("materials", materials);
    dimensions = Checks.optional(dimensions);
    weightGrams = Checks.optional(weightGrams);
    weightGrams.ifPresent(g -> Checks.inRange("weightGrams", g, 1, 1_000_000));
    images = Checks.list("images", images);
    if (images.size() > MAX_IMAGES) {
      throw new InvalidValueException(
          "images", "must have at most " + MAX_IMAGES + " entries", images.size());
    }
    tiers = Checks.list("tiers", tiers);
    if (tiers.size() > MAX_TIERS) {
      throw new InvalidValueException(
          "tiers", "must have at most " + MAX_TIERS + " entries", tiers.size());
    }
    variants = Checks.list("variants", variants);
    checkVariants(sku, tiers, variants);
    attributes = attributes(attributes);
    Checks.notNull("producer", producer);
    village = Checks.optional(village);
    brand = Checks.optional(brand);
    ocopCertificate = Checks.optionalText("ocopCertificate", ocopCertificate, 64);
    label = label == null ? ProductLabel.EMPTY : label;
  }

  /**
   * Returns a builder for a new product.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this product's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Tells whether the product has variant tiers.
   *
   * @return true when it varies by size, glaze or another tier
   */
  public boolean hasTiers() {
    return !tiers.isEmpty();
  }

  /**
   * Returns the lowest price among the variants, the "from" price of a listing.
   *
   * @return the lowest price
   */
  public Money lowestPrice() {
    Money lowest = variants.get(0).price();
    for (Variant variant : variants) {
      if (variant.price().compareTo(lowest) < 0) {
        lowest = variant.price();
      }
    }
    return lowest;
  }

  /**
   * Returns the units in stock over all variants.
   *
   * @return the total stock
   */
  public long totalStock() {
    long total = 0;
    for (Variant variant : variants) {
      total += variant.stock();
    }
    return total;
  }

  /**
   * Finds the variant with this SKU.
   *
   * @param variantSku the SKU
   * @return the variant, or empty
   */
  public Optional<Variant> variant(Sku variantSku) {
    return variants.stream().filter(v -> v.sku().equals(variantSku)).findFirst();
  }

  /**
   * Returns a copy in which the variant with this SKU has another stock level.
   *
   * @param variantSku the variant's SKU (the product's SKU for a product without tiers)
   * @param stock units in stock
   * @return the copy
   * @throws InvalidValueException when no variant has this SKU
   */
  public Product withStock(Sku variantSku, int stock) {
    return withVariant(variantSku, v -> v.withStock(stock));
  }

  /**
   * Returns a copy in which the variant with this SKU has another price.
   *
   * @param variantSku the variant's SKU (the product's SKU for a product without tiers)
   * @param price the price
   * @return the copy
   * @throws InvalidValueException when no variant has this SKU
   */
  public Product withPrice(Sku variantSku, Money price) {
    return withVariant(variantSku, v -> v.withPrice(price));
  }

  private Product withVariant(Sku variantSku, java.util.function.UnaryOperator<Variant> change) {
    Checks.notNull("sku", variantSku);
    List<Variant> changed = new ArrayList<>(variants.size());
    boolean found = false;
    for (Variant variant : variants) {
      if (variant.sku().equals(variantSku)) {
        changed.add(change.apply(variant));
        found = true;
      } else {
        changed.add(variant);
      }
    }
    if (!found) {
      throw new InvalidValueException(
          "sku", "must be the SKU of one of the product's variants", variantSku);
    }
    return toBuilder().variants(changed).build();
  }

  private static void checkVariants(Sku sku, List<VariantTier> tiers, List<Variant> variants) {
    if (variants.isEmpty()) {
      throw new InvalidValueException(
          "variants", "must have at least one entry (set price and stock)", 0);
    }
    if (tiers.isEmpty()) {
      if (variants.size() != 1) {
        throw new InvalidValueException(
            "variants", "must have exactly one entry when there are no tiers", variants.size());
      }
      Variant only = variants.get(0);
      if (!only.options().isEmpty()) {
        throw new InvalidValueException(
            "variants[0].options", "must be empty when there are no tiers", only.options());
      }
      if (!only.sku().equals(sku)) {
        throw new InvalidValueException(
            "variants[0].sku",
            "must equal the product's SKU " + sku + " when there are no tiers",
            only.sku());
      }
      return;
    }
    Set<List<String>> combinations = new HashSet<>();
    Set<Sku> skus = new HashSet<>();
    for (int i = 0; i < variants.size(); i++) {
      Variant variant = variants.get(i);
      String field = "variants[" + i + "]";
      if (variant.options().size() != tiers.size()) {
        throw new InvalidValueException(
            field + ".options",
            "must have one option per tier (" + tiers.size() + ")",
            variant.options());
      }
      for (int t = 0; t < tiers.size(); t++) {
        String option = variant.options().get(t);
        if (!tiers.get(t).options().contains(option)) {
          throw new InvalidValueException(
              field + ".options[" + t + "]", "must be one of " + tiers.get(t).options(), option);
        }
      }
      if (!combinations.add(variant.options())) {
        throw new InvalidValueException(
            field + ".options", "must not repeat another variant's options", variant.options());
      }
      if (!skus.add(variant.sku())) {
        throw new InvalidValueException(
            field + ".sku", "must not repeat another variant's SKU", variant.sku());
      }
    }
  }

  private static SortedMap<String, String> attributes(Map<String, String> attributes) {
    Map<String, String> normalised = new LinkedHashMap<>();
    if (attributes != null) {
      for (Map.Entry<String, String> entry : attributes.entrySet()) {
        String name = Checks.text("attributes key", entry.getKey(), 60);
        String value = Checks.text("attributes[" + name + "]", entry.getValue(), 500);
        // Two spellings of one name (NFC and decomposed, or with spaces around) must not
        // silently drop one of the values.
        if (normalised.put(name, value) != null) {
          throw new InvalidValueException("attributes", "must not repeat a name", name);
        }
      }
    }
    return Checks.sortedMap("attributes", normalised);
  }

  /** Builds a {@link Product}; {@link #build()} validates and names the first bad field. */
  public static final class Builder {
    private ProductId id;
    private Sku sku;
    private Gtin gtin;
    private String nameVi;
    private String nameEn;
    private String descriptionVi;
    private String descriptionEn;
    private CraftCategory category;
    private List<Material> materials = new ArrayList<>();
    private Dimensions dimensions;
    private Integer weightGrams;
    private List<ProductImage> images = new ArrayList<>();
    private List<VariantTier> tiers = new ArrayList<>();
    private List<Variant> variants = new ArrayList<>();
    private Money price;
    private Integer stock;
    private Map<String, String> attributes = new LinkedHashMap<>();
    private ProducerId producer;
    private VillageId village;
    private BrandId brand;
    private String ocopCertificate;
    private ProductLabel label = ProductLabel.EMPTY;

    private Builder() {}

    private Builder(Product p) {
      id = p.id;
      sku = p.sku;
      gtin = p.gtin.orElse(null);
      nameVi = p.nameVi;
      nameEn = p.nameEn.orElse(null);
      descriptionVi = p.descriptionVi.orElse(null);
      descriptionEn = p.descriptionEn.orElse(null);
      category = p.category;
      materials = new ArrayList<>(p.materials);
      dimensions = p.dimensions.orElse(null);
      weightGrams = p.weightGrams.orElse(null);
      images = new ArrayList<>(p.images);
      tiers = new ArrayList<>(p.tiers);
      variants = new ArrayList<>(p.variants);
      attributes = new LinkedHashMap<>(p.attributes);
      producer = p.producer;
      village = p.village.orElse(null);
      brand = p.brand.orElse(null);
      ocopCertificate = p.ocopCertificate.orElse(null);
      label = p.label;
    }

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(ProductId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the SKU.
     *
     * @param sku the SKU
     * @return this builder
     */
    public Builder sku(Sku sku) {
      this.sku = sku;
      return this;
    }

    /**
     * Sets the GTIN.
     *
     * @param gtin the GTIN, or null for none
     * @return this builder
     */
    public Builder gtin(Gtin gtin) {
      this.gtin = gtin;
      return this;
    }

    /**
     * Sets the Vietnamese name.
     *
     * @param nameVi the name
     * @return this builder
     */
    public Builder nameVi(String nameVi) {
      this.nameVi = nameVi;
      return this;
    }

    /**
     * Sets the English name.
     *
     * @param nameEn the name, or null
     * @return this builder
     */
    public Builder nameEn(String nameEn) {
      this.nameEn = nameEn;
      return this;
    }

    /**
     * Sets the Vietnamese description.
     *
     * @param text the description
     * @return this builder
     */
    public Builder descriptionVi(String text) {
      this.descriptionVi = text;
      return this;
    }

    /**
     * Sets the English description.
     *
     * @param text the description
     * @return this builder
     */
    public Builder descriptionEn(String text) {
      this.descriptionEn = text;
      return this;
    }

    /**
     * Sets the craft.
     *
     * @param category the craft
     * @return this builder
     */
    public Builder category(CraftCategory category) {
      this.category = category;
      return this;
    }

    /**
     * Adds a material.
     *
     * @param material the material
     * @return this builder
     */
    public Builder addMaterial(Material material) {
      materials.add(material);
      return this;
    }

    /**
     * Replaces the materials.
     *
     * @param materials the materials
     * @return this builder
     */
    public Builder materials(List<Material> materials) {
      this.materials = new ArrayList<>(materials);
      return this;
    }

    /**
     * Sets the packed dimensions.
     *
     * @param dimensions the dimensions
     * @return this builder
     */
    public Builder dimensions(Dimensions dimensions) {
      this.dimensions = dimensions;
      return this;
    }

    /**
     * Sets the packed weight.
     *
     * @param grams the weight in grams, or null when not known
     * @return this builder
     */
    public Builder weightGrams(Integer grams) {
      this.weightGrams = grams;
      return this;
    }

    /**
     * Adds a photo; the first is the main one.
     *
     * @param image the photo
     * @return this builder
     */
    public Builder addImage(ProductImage image) {
      images.add(image);
      return this;
    }

    /**
     * Replaces the photos.
     *
     * @param images the photos
     * @return this builder
     */
    public Builder images(List<ProductImage> images) {
      this.images = new ArrayList<>(images);
      return this;
    }

    /**
     * Sets the price of a product without tiers.
     *
     * @param price the price
     * @return this builder
     */
    public Builder price(Money price) {
      this.price = price;
      return this;
    }

    /**
     * Sets the stock of a product without tiers.
     *
     * @param stock units in stock
     * @return this builder
     */
    public Builder stock(int stock) {
      this.stock = stock;
      return this;
    }

    /**
     * Adds a variant tier.
     *
     * @param tier the tier
     * @return this builder
     */
    public Builder addTier(VariantTier tier) {
      tiers.add(tier);
      return this;
    }

    /**
     * Replaces the variant tiers.
     *
     * @param tiers the tiers
     * @return this builder
     */
    public Builder tiers(List<VariantTier> tiers) {
      this.tiers = new ArrayList<>(tiers);
      return this;
    }

    /**
     * Adds a variant.
     *
     * @param variant the variant
     * @return this builder
     */
    public Builder addVariant(Variant variant) {
      variants.add(variant);
      return this;
    }

    /**
     * Replaces the variants.
     *
     * @param variants the variants
     * @return this builder
     */
    public Builder variants(List<Variant> variants) {
      this.variants = new ArrayList<>(variants);
      return this;
    }

    /**
     * Sets an attribute.
     *
     * @param name its name
     * @param value its value
     * @return this builder
     */
    public Builder attribute(String name, String value) {
      attributes.put(name, value);
      return this;
    }

    /**
     * Sets the producer.
     *
     * @param producer who makes it
     * @return this builder
     */
    public Builder producer(ProducerId producer) {
      this.producer = producer;
      return this;
    }

    /**
     * Sets the craft village.
     *
     * @param village the village, or null
     * @return this builder
     */
    public Builder village(VillageId village) {
      this.village = village;
      return this;
    }

    /**
     * Sets the village brand used.
     *
     * @param brand the brand, or null
     * @return this builder
     */
    public Builder brand(BrandId brand) {
      this.brand = brand;
      return this;
    }

    /**
     * Sets the OCOP certificate the listing claims.
     *
     * @param certificateNumber the certificate's number, or null
     * @return this builder
     */
    public Builder ocopCertificate(String certificateNumber) {
      this.ocopCertificate = certificateNumber;
      return this;
    }

    /**
     * Sets what the label states.
     *
     * @param label the label
     * @return this builder
     */
    public Builder label(ProductLabel label) {
      this.label = label;
      return this;
    }

    /**
     * Builds the product.
     *
     * @return the product
     * @throws InvalidValueException naming the first missing or bad field
     */
    public Product build() {
      List<Variant> built = variants;
      if (tiers.isEmpty()
          && (variants.isEmpty()
              || variants.size() == 1 && variants.get(0).options().isEmpty())) {
        // A product without tiers has one variant carrying the product's SKU, price and stock;
        // re-keying it keeps toBuilder().sku(…) working. A variant with options is left for the
        // constructor to reject rather than having its options silently dropped.
        Variant base = variants.isEmpty() ? null : variants.get(0);
        Money singlePrice = price != null ? price : base == null ? null : base.price();
        Integer singleStock = stock != null ? stock : base == null ? null : base.stock();
        Checks.notNull("price", singlePrice);
        Checks.notNull("stock", singleStock);
        Checks.notNull("sku", sku);
        built = List.of(new Variant(
            List.of(),
            sku,
            singlePrice,
            singleStock,
            base == null ? Optional.empty() : base.gtin()));
      } else if (price != null) {
        throw new InvalidValueException(
            "price", "must be set on each variant when the product has tiers or variants", price);
      } else if (stock != null) {
        throw new InvalidValueException(
            "stock", "must be set on each variant when the product has tiers or variants", stock);
      }
      return new Product(
          id,
          sku,
          Optional.ofNullable(gtin),
          nameVi,
          Optional.ofNullable(nameEn),
          Optional.ofNullable(descriptionVi),
          Optional.ofNullable(descriptionEn),
          category,
          materials,
          Optional.ofNullable(dimensions),
          Optional.ofNullable(weightGrams),
          images,
          tiers,
          built,
          attributes(attributes),
          producer,
          Optional.ofNullable(village),
          Optional.ofNullable(brand),
          Optional.ofNullable(ocopCertificate),
          label);
    }
  }
}
