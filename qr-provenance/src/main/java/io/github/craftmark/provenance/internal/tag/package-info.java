/** Codecs of the signed tag format: base 32 serials, packed SKUs, decimal digits, claims. */
package io.github.craftmark.provenance.internal.tag;
