/**
 * QR codes for signed tags: a fast model-2 encoder (ISO/IEC 18004), PNG and SVG output, and
 * reading a code back from a photo.
 *
 * <p>{@link io.github.craftmark.provenance.qr.QrCode#encode(String, String,
 * io.github.craftmark.provenance.qr.ErrorCorrection)} puts an upper-case URL prefix in an
 * alphanumeric segment and the tag's digits in a numeric segment, the densest way to carry such
 * text: a default tag ({@code HTTPS://BATTRANG.VN/T/} and 250 digits) fits version 7 (45×45
 * modules) at level M. {@link io.github.craftmark.provenance.qr.QrImages} draws it; {@link
 * io.github.craftmark.provenance.qr.QrImageDecoder} reads one from a picture.
 */
package io.github.craftmark.provenance.qr;
