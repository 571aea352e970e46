/**
 * The QR encoder's tables, Reed–Solomon, masking and PNG writer, and the picture clean-ups tried
 * before ZXing reads a photo. Not part of the API.
 */
package io.github.craftmark.provenance.internal.qr;
