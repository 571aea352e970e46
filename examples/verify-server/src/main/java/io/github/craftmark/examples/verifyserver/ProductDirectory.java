package io.github.craftmark.examples.verifyserver;

import io.github.craftmark.core.brand.VillageBrand;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.VillageId;
import io.github.craftmark.core.ocop.OcopCertificate;
import io.github.craftmark.core.producer.Producer;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.village.CraftVillage;
import io.github.craftmark.provenance.tag.ProductReference;
import java.util.Optional;

/**
 * Where the verify server looks up what a genuine tag refers to.
 *
 * <p>The server asks by the signed facts of the tag first: the product by the tag's product
 * reference, the producer by the member certificate that signed it, the brand by the authority's
 * brand table, the OCOP certificate by the number the tag carries; only what the tag does not say
 * comes from the product (its village, its certificate when the tag names none). Each lookup is
 * one key, so a database or a web service implements this as easily as {@link
 * InMemoryProductDirectory} does.
 *
 * <p>Implementations must be safe for concurrent use; a lookup that finds nothing returns empty.
 */
public interface ProductDirectory {
  /**
   * Finds the product a tag refers to.
   *
   * @param reference the tag's SKU (the product's or one of its variants') or GTIN
   * @return the product, or empty when the directory does not know it
   */
  Optional<Product> product(ProductReference reference);

  /**
   * Finds a producer.
   *
   * @param id the producer's id
   * @return the producer, or empty
   */
  Optional<Producer> producer(ProducerId id);

  /**
   * Finds a craft village.
   *
   * @param id the village's id
   * @return the village, or empty
   */
  Optional<CraftVillage> village(VillageId id);

  /**
   * Finds a village brand.
   *
   * @param id the brand's id
   * @return the brand, or empty
   */
  Optional<VillageBrand> brand(BrandId id);

  /**
   * Finds an OCOP certificate.
   *
   * @param certificateNumber the certificate's number, e.g. {@code "153/2024/GCN-OCOP"}
   * @return the certificate, or empty
   */
  Optional<OcopCertificate> certificate(String certificateNumber);
}
