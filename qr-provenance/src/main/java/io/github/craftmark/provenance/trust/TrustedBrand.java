package io.github.craftmark.provenance.trust;

import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.provenance.internal.trust.TrustChecks;

/**
 * A brand code of a village authority's brand table: the small number a tag carries, the core
 * brand it stands for and the name a verifier shows.
 *
 * <p>Codes are assigned by each authority in its trust list, so a code means something only
 * together with the authority: code 1 of Bát Tràng and code 1 of Vạn Phúc are different brands.
 *
 * @param code the code tags carry, 0..65535 (codes 0..23 cost a tag one byte less)
 * @param brandId the core brand it stands for
 * @param name the brand's name, NFC, 1..200 characters, e.g. {@code "Gốm sứ Bát Tràng"}
 */
public record TrustedBrand(int code, BrandId brandId, String name) {
  /**
   * Validates the entry and normalises the name to NFC without surrounding white space.
   *
   * @param code the code tags carry, 0..65535
   * @param brandId the core brand it stands for
   * @param name the brand's name, 1..200 characters
   */
  public TrustedBrand {
    TrustChecks.brandCode("code", code);
    TrustChecks.notNull("brandId", brandId);
    name = TrustChecks.name("name", name);
  }
}
