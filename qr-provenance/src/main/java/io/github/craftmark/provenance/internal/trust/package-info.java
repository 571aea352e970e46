/**
 * The wire codec of member certificates and trust lists, their signed envelopes, the argument
 * checks of the trust types, and a trust store's indexed state. Not part of the API.
 */
package io.github.craftmark.provenance.internal.trust;
