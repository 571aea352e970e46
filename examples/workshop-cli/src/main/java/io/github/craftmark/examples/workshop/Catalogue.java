package io.github.craftmark.examples.workshop;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.craftmark.core.CraftMarkException;
import io.github.craftmark.core.brand.BrandRegistry;
import io.github.craftmark.core.brand.BrandUseAuthorisation;
import io.github.craftmark.core.brand.VillageBrand;
import io.github.craftmark.core.compliance.ComplianceRules;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.json.CraftMarkJson;
import io.github.craftmark.core.ocop.OcopCertificate;
import io.github.craftmark.core.producer.Producer;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.village.CraftVillage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A village's catalogue: its villages, brands (and who may use them), producers, products and OCOP
 * certificates, as core types. Read from JSON ({@code {"villages":[…],"brands":[…],
 * "authorisations":[…],"producers":[…],"products":[…],"certificates":[…]}}, core's JSON format for
 * each entry, missing arrays empty) or products from CSV ({@link CsvProducts}).
 *
 * @param villages the craft villages
 * @param brands the village brands
 * @param authorisations who may use which brand, on what basis, until when
 * @param producers the producers
 * @param products the products
 * @param certificates the OCOP certificates
 */
public record Catalogue(
    List<CraftVillage> villages,
    List<VillageBrand> brands,
    List<BrandUseAuthorisation> authorisations,
    List<Producer> producers,
    List<Product> products,
    List<OcopCertificate> certificates) {

  /**
   * Copies the lists; null means empty.
   *
   * @param villages the craft villages
   * @param brands the village brands
   * @param authorisations who may use which brand
   * @param producers the producers
   * @param products the products
   * @param certificates the OCOP certificates
   */
  public Catalogue {
    authorisations = authorisations == null ? List.of() : List.copyOf(authorisations);
    villages = villages == null ? List.of() : List.copyOf(villages);
    brands = brands == null ? List.of() : List.copyOf(brands);
    producers = producers == null ? List.of() : List.copyOf(producers);
    products = products == null ? List.of() : List.copyOf(products);
    certificates = certificates == null ? List.of() : List.copyOf(certificates);
  }

  /**
   * Reads a catalogue file: {@code .json}, or {@code .csv} for products only.
   *
   * @param file the file
   * @param producers where a CSV file's producers, villages, brands and certificates come from
   *     (ignored for JSON)
   * @return the catalogue
   * @throws CatalogueException naming the line and field of the first problem
   */
  public static Catalogue read(Path file, Optional<Catalogue> producers) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".json")) {
      return readJson(file);
    }
    if (name.endsWith(".csv")) {
      Catalogue base = producers.orElse(new Catalogue(null, null, null, null, null, null));
      return base.withProducts(CsvProducts.read(file));
    }
    throw new CatalogueException(file, 0, null, "the catalogue must be a .json or .csv file");
  }

  /**
   * Returns the sample catalogue that the examples and the demo use: Bát Tràng ceramics (one vase
   * with an OCOP 4-star certificate) and a Vạn Phúc silk scarf, with their producers, villages and
   * the Bát Tràng collective mark.
   *
   * @return the sample as JSON text
   */
  public static String sampleJson() {
    try (java.io.InputStream in = Catalogue.class.getResourceAsStream("sample-catalogue.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the sample catalogue is missing from the jar", e);
    }
  }

  /**
   * Reads a JSON catalogue.
   *
   * @param file the file
   * @return the catalogue
   * @throws CatalogueException naming the line, column and field of the first problem
   */
  public static Catalogue readJson(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CatalogueException(file, 0, null, "cannot read the file: " + e.getMessage());
    }
    try {
      return mapper().readValue(bytes, Catalogue.class);
    } catch (JsonMappingException e) {
      throw new CatalogueException(file, line(e), e.getPathReference(), cause(e));
    } catch (JsonProcessingException e) {
      throw new CatalogueException(file, line(e), null, e.getOriginalMessage());
    } catch (IOException e) {
      throw new CatalogueException(file, 0, null, e.getMessage());
    }
  }

  /**
   * Writes the catalogue as JSON.
   *
   * @param file where; written whole or not at all
   */
  public void writeJson(Path file) {
    try {
      AtomicFiles.write(file, mapper().writeValueAsString(this).getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new WorkshopException("cannot write the catalogue as JSON", e);
    }
  }

  /**
   * Returns this catalogue with other products.
   *
   * @param newProducts the products
   * @return the new catalogue
   */
  public Catalogue withProducts(List<Product> newProducts) {
    return new Catalogue(villages, brands, authorisations, producers, newProducts, certificates);
  }

  /**
   * Finds a producer.
   *
   * @param id its id
   * @return the producer, if listed
   */
  public Optional<Producer> producer(ProducerId id) {
    return producers.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Finds a product by its id.
   *
   * @param id the product id
   * @return the product, if listed
   */
  public Optional<Product> product(ProductId id) {
    return products.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Finds a product by its SKU (or the SKU of one of its variants).
   *
   * @param sku the SKU
   * @return the product, if listed
   */
  public Optional<Product> productBySku(Sku sku) {
    return products.stream()
        .filter(p ->
            p.sku().equals(sku) || p.variants().stream().anyMatch(v -> v.sku().equals(sku)))
        .findFirst();
  }

  /**
   * Finds an OCOP certificate by its number.
   *
   * @param number the certificate number
   * @return the certificate, if listed
   */
  public Optional<OcopCertificate> certificate(String number) {
    return certificates.stream()
        .filter(c -> c.certificateNumber().equals(number))
        .findFirst();
  }

  /**
   * Returns the compliance rules for this catalogue: the defaults, with its brands, brand-use
   * authorisations and OCOP certificates as the known ones.
   *
   * @return the rules
   */
  public ComplianceRules complianceRules() {
    return ComplianceRules.defaults().toBuilder()
        .brandRegistry(BrandRegistry.of(brands, authorisations))
        .ocopCertificates(certificates)
        .build();
  }

  private static ObjectMapper mapper() {
    return CraftMarkJson.newObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  private static int line(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null ? 0 : location.getLineNr();
  }

  /** The SDK's own message where it refused a value (it says what was expected), else Jackson's. */
  private static String cause(JsonMappingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CraftMarkException) {
        return t.getMessage();
      }
    }
    return e.getOriginalMessage();
  }
}
