/**
 * A small, strict CBOR (RFC 8949) writer and reader for the deterministic encodings that tags,
 * member certificates and trust lists sign. Not part of the API.
 */
package io.github.craftmark.provenance.internal.cbor;
