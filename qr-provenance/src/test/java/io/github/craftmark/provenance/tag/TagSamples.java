package io.github.craftmark.provenance.tag;

import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.core.product.CraftCategory;
import java.time.LocalDate;
import java.util.HexFormat;

/** Claims for tests: a Bát Tràng vase with the default tag's shape, and one with every claim. */
final class TagSamples {
  static final TagSerial SERIAL = TagSerial.of(HexFormat.of().parseHex("27d0d98ba0d9af0e9b2b"));
  static final TagPrefix PREFIX = TagPrefix.of("HTTPS://BATTRANG.VN/T/");

  private TagSamples() {}

  /** The default tag of the size target: 10-byte serial, 12-char SKU, batch 240, brand 7. */
  static TagClaims vase() {
    return TagClaims.builder()
        .serial(SERIAL)
        .sku(Sku.of("BT-VASE-0042"))
        .batch("240")
        .dateMade(LocalDate.of(2025, 7, 1))
        .brandCode(7)
        .build();
  }

  /** Every optional claim present; the OCOP reference is EXAMPLE data. */
  static TagClaims everyClaim() {
    return TagClaims.builder()
        .serial(SERIAL)
        .gtin(Gtin.of("8934602001122")) // EXAMPLE GTIN under the GS1 Vietnam prefix
        .batch("L-2025-07")
        .dateMade(LocalDate.of(2025, 7, 1))
        .brandCode(300)
        .ocopStars(StarRating.FOUR)
        .ocopCertificate("EXAMPLE 123/QĐ-UBND")
        .claimCommitment(ClaimCommitment.compute(SERIAL, "XK4P-9QRT"))
        .category(CraftCategory.CERAMICS)
        .build();
  }
}
