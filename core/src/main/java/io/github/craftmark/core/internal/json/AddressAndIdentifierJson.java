package io.github.craftmark.core.internal.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.SerialNumber;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.id.TaxCode;

/**
 * JSON for identifiers: each is one string.
 */
public final class AddressAndIdentifierJson {
  private AddressAndIdentifierJson() {}

  /** Registers the area's string-valued types on {@code module}. */
  public static void register(SimpleModule module) {
    ScalarJson.asString(module, Gtin.class, Gtin::value, Gtin::of);
    ScalarJson.asString(module, Sku.class, Sku::value, Sku::of);
    // Tolerant on read: "0101234567001" and "0101 234 567" become the canonical form.
    ScalarJson.asString(module, TaxCode.class, TaxCode::value, TaxCode::parse);
    ScalarJson.asString(module, SerialNumber.class, SerialNumber::value, SerialNumber::of);
  }
}
