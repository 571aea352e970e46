/**
 * CraftMark qr-provenance: Signed anti-counterfeit tags for craft products, verifiable offline from
 * a QR code.
 */
module io.github.craftmark.provenance {
  requires transitive io.github.craftmark.core;
  // QR images are read from and written to java.awt.image.BufferedImage.
  requires transitive java.desktop;
  requires org.bouncycastle.provider;
  requires org.bouncycastle.pkix;
  requires org.bouncycastle.util;
  requires com.google.zxing;
  // The scan ledger: plain JDBC over a DataSource, with embedded H2 as the default store.
  requires java.sql;
  requires com.h2database;

  exports io.github.craftmark.provenance;
  exports io.github.craftmark.provenance.key;
  exports io.github.craftmark.provenance.tag;
  exports io.github.craftmark.provenance.trust;
  exports io.github.craftmark.provenance.qr;
  exports io.github.craftmark.provenance.ledger.jdbc;
  exports io.github.craftmark.provenance.ledger;
}
