/**
 * Signed anti-counterfeit QR tags for craft products, verifiable offline by anyone: start here.
 *
 * <p>A village authority certifies its members' keys and publishes a signed trust list ({@link
 * io.github.craftmark.provenance.trust}); a member signs one tag per item and prints it as a small
 * QR code ({@link io.github.craftmark.provenance.tag.TagIssuer}, {@link
 * io.github.craftmark.provenance.qr}); a verifier that pins the authority's root key checks a
 * scanned tag against the latest list with no network ({@link
 * io.github.craftmark.provenance.tag.TagVerifier}). Keys, in memory or in an HSM, are in {@link
 * io.github.craftmark.provenance.key}.
 *
 * <pre>{@code
 * TrustStore store = TrustStore.pinning(List.of(authorityRootKey));
 * store.update(downloadedTrustList, Instant.now(clock));
 * TagVerifier verifier = TagVerifier.builder().trustStore(store).clock(clock).build();
 * TagVerdict verdict = verifier.verify(scannedText);   // Genuine or Rejected, never an exception
 * }</pre>
 *
 * <p>Every error this module throws is a {@link io.github.craftmark.provenance.ProvenanceException};
 * none carries a private key, passphrase or claim code. The formats are specified in {@code
 * docs/tag-format.md} and {@code docs/trust-list-format.md}.
 */
package io.github.craftmark.provenance;
