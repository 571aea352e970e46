package io.github.craftmark.provenance.internal.key;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.key.KeyFormatException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads and writes one PEM block (RFC 7468). */
public final class Pem {
  private Pem() {}

  /** The label of an SPKI public key. */
  public static final String PUBLIC_KEY = "PUBLIC KEY";

  /** The label of an unencrypted PKCS#8 private key. */
  public static final String PRIVATE_KEY = "PRIVATE KEY";

  /** The label of an encrypted PKCS#8 private key. */
  public static final String ENCRYPTED_PRIVATE_KEY = "ENCRYPTED PRIVATE KEY";

  /** The longest PEM text read; our keys take well under 1 KiB. */
  public static final int MAX_CHARS = 64 * 1024;

  private static final String DASHES = "-----";

  /**
   * Writes a PEM block with 64-character lines and a final newline.
   *
   * @param label the label, such as {@code "PUBLIC KEY"}
   * @param der the DER bytes
   * @return the PEM text
   */
  public static String encode(String label, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return DASHES + "BEGIN " + label + DASHES + "\n" + body + "\n" + DASHES + "END " + label
        + DASHES + "\n";
  }

  /**
   * Returns the label of the first PEM block in the text.
   *
   * @param pem the text
   * @return the label
   * @throws KeyFormatException when there is no BEGIN line
   */
  public static String label(String pem) {
    checkSize(pem);
    int begin = pem.indexOf(DASHES + "BEGIN ");
    if (begin < 0) {
      throw new KeyFormatException("PEM text has no -----BEGIN line");
    }
    int labelStart = begin + DASHES.length() + "BEGIN ".length();
    int labelEnd = pem.indexOf(DASHES, labelStart);
    int lineEnd = pem.indexOf('\n', labelStart);
    if (labelEnd < 0 || (lineEnd >= 0 && lineEnd < labelEnd) || labelEnd - labelStart > 64) {
      throw new KeyFormatException("PEM BEGIN line is not closed by -----");
    }
    return pem.substring(labelStart, labelEnd);
  }

  /**
   * Reads the first PEM block, which must have the expected label.
   *
   * @param pem the text; text before the BEGIN line and after the END line is ignored
   * @param expectedLabel the label the block must have
   * @return the DER bytes
   * @throws KeyFormatException when the text is not such a block
   */
  public static byte[] decode(String pem, String expectedLabel) {
    String label = label(pem);
    if (!label.equals(expectedLabel)) {
      throw new KeyFormatException(
          "expected a PEM block '" + expectedLabel + "', found '" + sanitize(label) + "'");
    }
    String beginLine = DASHES + "BEGIN " + label + DASHES;
    String endLine = DASHES + "END " + label + DASHES;
    int bodyStart = pem.indexOf(beginLine) + beginLine.length();
    int bodyEnd = pem.indexOf(endLine, bodyStart);
    if (bodyEnd < 0) {
      throw new KeyFormatException("PEM block '" + label + "' has no matching END line");
    }
    String body = pem.substring(bodyStart, bodyEnd);
    if (body.indexOf(':') >= 0) {
      throw new KeyFormatException(
          "PEM block has headers (legacy OpenSSL encryption?); only PKCS#8 is supported");
    }
    StringBuilder base64 = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        base64.append(c);
      }
    }
    if (base64.length() == 0) {
      throw new KeyFormatException("PEM block '" + label + "' is empty");
    }
    try {
      return Base64.getDecoder().decode(base64.toString());
    } catch (IllegalArgumentException e) {
      throw new KeyFormatException("PEM block '" + label + "' is not valid base64");
    }
  }

  private static void checkSize(String pem) {
    if (pem == null) {
      throw new InvalidValueException("pem", "must not be null", null);
    }
    if (pem.length() > MAX_CHARS) {
      throw new KeyFormatException(
          "PEM text must be at most " + MAX_CHARS + " characters, found " + pem.length());
    }
  }

  private static String sanitize(String label) {
    StringBuilder out = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return out.toString();
  }
}
