/**
 * Signed anti-counterfeit tags: the claims about an item, issuing them as a small QR text, parsing
 * and verifying them offline against a village authority's trust list.
 *
 * <p>The format is specified byte by byte in {@code docs/tag-format.md}.
 */
package io.github.craftmark.provenance.tag;
