/**
 * The codecs of the signed tag format: the text and its prefix rules, decimal digits, the claims
 * map, packed SKUs and base 32 serials. Not part of the API.
 */
package io.github.craftmark.provenance.internal.tag;
