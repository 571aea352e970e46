/**
 * CraftMark qr-provenance: Signed anti-counterfeit tags for craft products, verifiable offline from
 * a QR code.
 */
module io.github.craftmark.provenance {
  requires transitive io.github.craftmark.core;
}
