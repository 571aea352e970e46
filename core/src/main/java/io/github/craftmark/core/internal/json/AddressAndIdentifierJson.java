package io.github.craftmark.core.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.craftmark.core.address.Commune;
import io.github.craftmark.core.address.Province;
import io.github.craftmark.core.address.Provinces;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.SerialNumber;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.id.TaxCode;
import io.github.craftmark.core.producer.Producer;

/**
 * JSON for identifiers, provinces and communes: each is one string. Producers, villages and the
 * address itself are plain records; a producer's derived {@code isHouseholdOrIndividual()} is kept
 * out of the format.
 */
public final class AddressAndIdentifierJson {
  private AddressAndIdentifierJson() {}

  /** Registers the area's string-valued types on {@code module}. */
  public static void register(SimpleModule module) {
    ScalarJson.asString(module, Gtin.class, Gtin::value, Gtin::of);
    ScalarJson.asString(module, Sku.class, Sku::value, Sku::of);
    // Tolerant on read: "0101234567001" and "0101 234 567" become the canonical form. The check
    // digit is not enforced, since its formula is unofficial and a code accepted through
    // parseWithoutCheckDigit must read back; the format still is.
    ScalarJson.asString(module, TaxCode.class, TaxCode::value, TaxCode::parseWithoutCheckDigit);
    ScalarJson.asString(module, SerialNumber.class, SerialNumber::value, SerialNumber::of);
    // Written by code; a name ("Hà Nội", "Tỉnh Nam Định") is accepted on read.
    ScalarJson.asString(
        module, Province.class, Province::code, text -> Provinces.standard().get(text));
    ScalarJson.asString(module, Commune.class, Commune::fullName, Commune::parse);
    // isHouseholdOrIndividual() is derived from the type; it is not a field of the format.
    module.setMixInAnnotation(Producer.class, ProducerMixIn.class);
  }

  @JsonIgnoreProperties({"householdOrIndividual"})
  private abstract static class ProducerMixIn {}
}
