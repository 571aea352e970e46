/**
 * Issue and verify signed anti-counterfeit tags: the claims about an item, its QR text, and an
 * offline verdict against a village authority's trust list.
 *
 * <pre>{@code
 * TagIssuer issuer = TagIssuer.builder()
 *     .signer(memberKey)
 *     .prefix(TagPrefix.of("HTTPS://BATTRANG.VN/T/"))
 *     .build();
 * IssuedTag tag = issuer.issue(claims);               // claims: TagClaims.builder()…build()
 * byte[] png = QrImages.toPng(tag.toQrCode(ErrorCorrection.M));
 *
 * TagVerdict verdict = verifier.verify(scannedText);  // or verifier.verifyImage(photoFileBytes)
 * }</pre>
 *
 * <p>{@link io.github.craftmark.provenance.tag.TagVerifier} returns a verdict for any input, never
 * an exception; {@link io.github.craftmark.provenance.tag.TagParser#parseWithoutVerifying(String)}
 * reads a tag without checking it, and says so in its name and result type. {@link
 * io.github.craftmark.provenance.tag.TagBatchIssuer} streams a print run. The format is specified
 * byte by byte in {@code docs/tag-format.md}.
 */
package io.github.craftmark.provenance.tag;
