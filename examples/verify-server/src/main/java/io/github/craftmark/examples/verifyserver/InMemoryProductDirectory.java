package io.github.craftmark.examples.verifyserver;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.craftmark.core.brand.BrandUseAuthorisation;
import io.github.craftmark.core.brand.VillageBrand;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.id.VillageId;
import io.github.craftmark.core.json.CraftMarkJson;
import io.github.craftmark.core.ocop.OcopCertificate;
import io.github.craftmark.core.producer.Producer;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.core.village.CraftVillage;
import io.github.craftmark.provenance.tag.ProductReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ProductDirectory} held in memory, built from core objects or read from a {@code
 * catalogue.json} file.
 *
 * <p>The file is one JSON object with five arrays, each in the core types' JSON format ({@code
 * docs/json-format.md}); a missing array is empty:
 *
 * <pre>{@code
 * {"villages": [CraftVillage...], "brands": [VillageBrand...], "producers": [Producer...],
 *  "products": [Product...], "certificates": [OcopCertificate...]}
 * }</pre>
 *
 * <p>A product is found by its own SKU or GTIN and by those of each of its variants. Two entries
 * with the same key are refused, so a lookup never depends on the order of the file. Immutable and
 * safe for concurrent use.
 */
public final class InMemoryProductDirectory implements ProductDirectory {
  private static final List<String> ARRAYS =
      List.of("villages", "brands", "authorisations", "producers", "products", "certificates");

  private final Map<Object, Product> products;
  private final Map<ProducerId, Producer> producers;
  private final Map<VillageId, CraftVillage> villages;
  private final Map<BrandId, VillageBrand> brands;
  private final Map<String, OcopCertificate> certificates;

  private InMemoryProductDirectory(Builder b) {
    this.products = Map.copyOf(b.products);
    this.producers = Map.copyOf(b.producers);
    this.villages = Map.copyOf(b.villages);
    this.brands = Map.copyOf(b.brands);
    this.certificates = Map.copyOf(b.certificates);
  }

  /**
   * Starts an empty directory.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a directory from a {@code catalogue.json} file.
   *
   * @param file the file
   * @return the directory
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when the file is not a valid catalogue, naming where
   */
  public static InMemoryProductDirectory fromCatalogue(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return fromCatalogue(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the catalogue " + file, e);
    }
  }

  /**
   * Reads a directory from catalogue JSON.
   *
   * @param json the JSON, UTF-8; the stream is read to its end but not closed
   * @param source what to call the JSON in messages, e.g. its file name
   * @return the directory
   * @throws UncheckedIOException when the stream cannot be read
   * @throws IllegalArgumentException when the JSON is not a valid catalogue, naming where
   */
  public static InMemoryProductDirectory fromCatalogue(InputStream json, String source) {
    Objects.requireNonNull(json, "json");
    ObjectMapper mapper = CraftMarkJson.newObjectMapper();
    CatalogueFile file;
    try {
      byte[] bytes = json.readAllBytes();
      JsonNode tree = mapper.readTree(bytes);
      if (tree == null || tree.isMissingNode() || !tree.isObject()) {
        throw new IllegalArgumentException(source + " is not a valid catalogue: not a JSON object");
      }
      for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!ARRAYS.contains(name)) {
          throw new IllegalArgumentException(source + " is not a valid catalogue: unknown field \""
              + name + "\" (expected " + String.join(", ", ARRAYS) + ")");
        }
      }
      // Read again from the bytes, not the tree, so that errors keep their line and column.
      file = mapper.readValue(bytes, CatalogueFile.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          source + " is not a valid catalogue: " + where(e) + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the catalogue " + source, e);
    }
    Builder builder = builder();
    orEmpty(source, "villages", file.villages()).forEach(builder::addVillage);
    orEmpty(source, "brands", file.brands()).forEach(builder::addBrand);
    orEmpty(source, "producers", file.producers()).forEach(builder::addProducer);
    orEmpty(source, "products", file.products()).forEach(builder::addProduct);
    orEmpty(source, "certificates", file.certificates()).forEach(builder::addCertificate);
    return builder.build();
  }

  /** Where the error is: {@code products[0].sku (line 12, column 14): }, as far as known. */
  private static String where(JsonProcessingException e) {
    StringBuilder where = new StringBuilder();
    if (e instanceof JsonMappingException mapping) {
      for (JsonMappingException.Reference step : mapping.getPath()) {
        if (step.getFieldName() != null) {
          where.append(where.length() == 0 ? "" : ".").append(step.getFieldName());
        } else if (step.getIndex() >= 0) {
          where.append('[').append(step.getIndex()).append(']');
        }
      }
    }
    JsonLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      where
          .append(where.length() == 0 ? "" : " ")
          .append("(line ")
          .append(location.getLineNr())
          .append(", column ")
          .append(location.getColumnNr())
          .append(')');
    }
    return where.length() == 0 ? "" : where + ": ";
  }

  private static <T> List<T> orEmpty(String source, String array, List<T> list) {
    if (list == null) {
      return List.of();
    }
    if (list.contains(null)) {
      throw new IllegalArgumentException(
          source + " is not a valid catalogue: " + array + " holds null");
    }
    return list;
  }

  @Override
  public Optional<Product> product(ProductReference reference) {
    if (reference instanceof ProductReference.BySku bySku) {
      return Optional.ofNullable(products.get(bySku.sku()));
    }
    if (reference instanceof ProductReference.ByGtin byGtin) {
      return Optional.ofNullable(products.get(Builder.gtin14(byGtin.gtin())));
    }
    return Optional.empty();
  }

  @Override
  public Optional<Producer> producer(ProducerId id) {
    return Optional.ofNullable(id == null ? null : producers.get(id));
  }

  @Override
  public Optional<CraftVillage> village(VillageId id) {
    return Optional.ofNullable(id == null ? null : villages.get(id));
  }

  @Override
  public Optional<VillageBrand> brand(BrandId id) {
    return Optional.ofNullable(id == null ? null : brands.get(id));
  }

  @Override
  public Optional<OcopCertificate> certificate(String certificateNumber) {
    return Optional.ofNullable(
        certificateNumber == null ? null : certificates.get(certificateNumber));
  }

  /** Returns the counts of what the directory holds. */
  @Override
  public String toString() {
    return "InMemoryProductDirectory[villages=" + villages.size() + ", brands=" + brands.size()
        + ", producers=" + producers.size() + ", products="
        + products.values().stream().distinct().count()
        + ", certificates=" + certificates.size() + "]";
  }

  /**
   * The shape of {@code catalogue.json}; Jackson reads it, a missing array stays null. The
   * brand-use authorisations (the workshop CLI's catalogue has them, for its compliance check) are
   * read and so checked, but a tag page needs none: the tag's signature already says the member
   * may use the brand.
   */
  record CatalogueFile(
      List<CraftVillage> villages,
      List<VillageBrand> brands,
      List<BrandUseAuthorisation> authorisations,
      List<Producer> producers,
      List<Product> products,
      List<OcopCertificate> certificates) {}

  /** Builds an {@link InMemoryProductDirectory}; each add refuses a key already taken. */
  public static final class Builder {
    private final Map<Object, Product> products = new HashMap<>();
    private final Map<ProducerId, Producer> producers = new HashMap<>();
    private final Map<VillageId, CraftVillage> villages = new HashMap<>();
    private final Map<BrandId, VillageBrand> brands = new HashMap<>();
    private final Map<String, OcopCertificate> certificates = new HashMap<>();

    private Builder() {}

    /**
     * Adds a product, found by its SKU and GTIN and those of its variants.
     *
     * @param product the product
     * @return this builder
     * @throws IllegalArgumentException when another product has one of these SKUs or GTINs
     */
    public Builder addProduct(Product product) {
      Objects.requireNonNull(product, "product");
      Map<Object, Product> keys = new HashMap<>();
      keys.put(product.sku(), product);
      product.gtin().ifPresent(gtin -> keys.put(gtin14(gtin), product));
      for (Variant variant : product.variants()) {
        keys.put(variant.sku(), product);
        variant.gtin().ifPresent(gtin -> keys.put(gtin14(gtin), product));
      }
      for (Object key : keys.keySet()) {
        if (products.containsKey(key)) {
          throw new IllegalArgumentException("product " + product.id() + ": " + kind(key) + " "
              + key + " is already product " + products.get(key).id() + "'s");
        }
      }
      products.putAll(keys);
      return this;
    }

    /** Tags carry every GTIN as GTIN-14 ({@link ProductReference.ByGtin}): so are the keys. */
    private static Gtin gtin14(Gtin gtin) {
      return gtin.length() == 14 ? gtin : Gtin.of(gtin.toGtin14());
    }

    private static String kind(Object key) {
      return key instanceof Sku ? "SKU" : key instanceof Gtin ? "GTIN" : "key";
    }

    /**
     * Adds a producer.
     *
     * @param producer the producer
     * @return this builder
     * @throws IllegalArgumentException when a producer with this id was added
     */
    public Builder addProducer(Producer producer) {
      put(producers, Objects.requireNonNull(producer, "producer").id(), producer, "producer");
      return this;
    }

    /**
     * Adds a craft village.
     *
     * @param village the village
     * @return this builder
     * @throws IllegalArgumentException when a village with this id was added
     */
    public Builder addVillage(CraftVillage village) {
      put(villages, Objects.requireNonNull(village, "village").id(), village, "village");
      return this;
    }

    /**
     * Adds a village brand.
     *
     * @param brand the brand
     * @return this builder
     * @throws IllegalArgumentException when a brand with this id was added
     */
    public Builder addBrand(VillageBrand brand) {
      put(brands, Objects.requireNonNull(brand, "brand").id(), brand, "brand");
      return this;
    }

    /**
     * Adds an OCOP certificate.
     *
     * @param certificate the certificate
     * @return this builder
     * @throws IllegalArgumentException when a certificate with this number was added
     */
    public Builder addCertificate(OcopCertificate certificate) {
      put(
          certificates,
          Objects.requireNonNull(certificate, "certificate").certificateNumber(),
          certificate,
          "OCOP certificate");
      return this;
    }

    private static <K, V> void put(Map<K, V> map, K key, V value, String what) {
      if (map.putIfAbsent(key, value) != null) {
        throw new IllegalArgumentException(what + " " + key + " is listed twice");
      }
    }

    /**
     * Builds the directory.
     *
     * @return the directory
     */
    public InMemoryProductDirectory build() {
      return new InMemoryProductDirectory(this);
    }
  }
}
