package io.github.craftmark.provenance.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.provenance.tag.ClaimCommitment;
import io.github.craftmark.provenance.tag.ProductReference;
import io.github.craftmark.provenance.tag.TagClaims;
import io.github.craftmark.provenance.tag.TagSerial;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Set;

/**
 * The {@code JSON} field of a vector: a tag's claims by name, as an issuer would write them.
 *
 * <pre>
 * { "version": 1, "serial": "27d0d98ba0d9af0e9b2b", "sku": "BT-VASE-0042", "batch": "240",
 *   "date_made": "2025-07-01", "brand_code": 7 }
 * </pre>
 *
 * <p>{@code serial} and {@code claim_commitment} are lower-case hex; {@code gtin} is the GTIN-14 as
 * text; {@code sku} is the SKU text whether the CBOR packs it (key 2) or not (key 3); {@code
 * batch} is text whether the CBOR holds a uint or a tstr.
 */
final class ClaimsJson {
  static final Set<String> FIELDS = Set.of(
      "version",
      "serial",
      "sku",
      "gtin",
      "batch",
      "date_made",
      "brand_code",
      "ocop_stars",
      "ocop_certificate",
      "claim_commitment",
      "category");

  private ClaimsJson() {}

  static ObjectNode toJson(TagClaims claims) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("version", TagClaims.FORMAT_VERSION);
    json.put("serial", HexFormat.of().formatHex(claims.serial().toBytes()));
    if (claims.product() instanceof ProductReference.ByGtin byGtin) {
      json.put("gtin", byGtin.gtin().toGtin14());
    } else {
      json.put("sku", claims.product().text());
    }
    json.put("batch", claims.batch());
    json.put("date_made", claims.dateMade().toString());
    json.put("brand_code", claims.brandCode());
    claims.ocopStars().ifPresent(s -> json.put("ocop_stars", s.value()));
    claims.ocopCertificate().ifPresent(c -> json.put("ocop_certificate", c));
    claims
        .claimCommitment()
        .ifPresent(c -> json.put("claim_commitment", HexFormat.of().formatHex(c.toBytes())));
    claims.category().ifPresent(c -> json.put("category", c.code()));
    return json;
  }

  /**
   * Builds claims from the JSON, with every rule of the claims applied.
   *
   * @throws IllegalArgumentException, InvalidValueException or DateTimeParseException when the
   *     JSON does not describe valid format v1 claims
   */
  static TagClaims fromJson(JsonNode json) {
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException("unknown claim " + name);
      }
    }
    if (json.path("version").asInt(-1) != TagClaims.FORMAT_VERSION) {
      throw new IllegalArgumentException("version must be 1");
    }
    TagClaims.Builder b = TagClaims.builder()
        .serial(TagSerial.of(HexFormat.of().parseHex(text(json, "serial"))))
        .batch(text(json, "batch"))
        .dateMade(LocalDate.parse(text(json, "date_made")))
        .brandCode(number(json, "brand_code"));
    if (json.has("sku") == json.has("gtin")) {
      throw new IllegalArgumentException("exactly one of sku and gtin");
    }
    if (json.has("sku")) {
      b.sku(Sku.of(text(json, "sku")));
    } else {
      b.gtin(Gtin.of(text(json, "gtin")));
    }
    if (json.has("ocop_stars")) {
      b.ocopStars(StarRating.of(number(json, "ocop_stars")));
    }
    if (json.has("ocop_certificate")) {
      b.ocopCertificate(text(json, "ocop_certificate"));
    }
    if (json.has("claim_commitment")) {
      b.claimCommitment(
          ClaimCommitment.of(HexFormat.of().parseHex(text(json, "claim_commitment"))));
    }
    if (json.has("category")) {
      String code = text(json, "category");
      b.category(CraftCategory.find(code).orElseGet(() -> CraftCategory.of(code, code, code)));
    }
    TagClaims claims = b.build();
    // The claims repair what they can (strip, NFC); a JSON that needed repair is not valid.
    if (!toJson(claims).equals(json)) {
      throw new IllegalArgumentException("the JSON is not in its canonical form");
    }
    return claims;
  }

  private static int number(JsonNode json, String name) {
    JsonNode node = json.get(name);
    if (node == null || !node.canConvertToInt()) {
      throw new IllegalArgumentException(name + " must be an int");
    }
    return node.intValue();
  }

  private static String text(JsonNode json, String name) {
    JsonNode node = json.get(name);
    if (node == null || !node.isTextual()) {
      throw new IllegalArgumentException(name + " must be text");
    }
    return node.textValue();
  }
}
