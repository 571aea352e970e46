/**
 * COSE_Sign1 (RFC 9052 §4.2) framing: the protected header, the signed Sig_structure and the full
 * message, tagged or not. Not part of the API.
 */
package io.github.craftmark.provenance.internal.cose;
