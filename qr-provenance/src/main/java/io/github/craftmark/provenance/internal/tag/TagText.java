package io.github.craftmark.provenance.internal.tag;

import io.github.craftmark.provenance.internal.cbor.CborException;
import io.github.craftmark.provenance.internal.cbor.CborLimits;
import io.github.craftmark.provenance.internal.cose.CoseSign1;
import io.github.craftmark.provenance.internal.key.P256;
import io.github.craftmark.provenance.key.KeyId;
import io.github.craftmark.provenance.key.SignatureAlgorithm;
import io.github.craftmark.provenance.tag.TagClaims;
import io.github.craftmark.provenance.tag.TagPrefix;
import java.util.Arrays;
import java.util.Set;

/**
 * A tag's text ⇄ its parts (format v1 §§ 4–6): prefix, profile digit, and the compact bytes {@code
 * kid ‖ signature ‖ claims entries} as exactly d(N) decimal digits.
 */
public final class TagText {
  /** The bytes of the key id and signature at the start of the compact bytes. */
  public static final int HEADER_BYTES = KeyId.LENGTH + 64;

  /** The fewest compact bytes read. */
  public static final int MIN_COMPACT_BYTES = HEADER_BYTES + 1;

  /** The most compact bytes read; the largest valid tag has 391 bytes. */
  public static final int MAX_COMPACT_BYTES = 400;

  /** The longest text read: the longest prefix, the profile digit and d(400) digits. */
  public static final int MAX_TEXT_LENGTH =
      TagPrefix.MAX_LENGTH + 1 + DecimalDigits.digitCount(MAX_COMPACT_BYTES);

  private static final String SCHEME = "HTTPS://";
  private static final byte[] NO_AAD = new byte[0];

  /**
   * The prefix read last. Immutable, so a racy read is safe: at worst another thread's prefix,
   * which then does not match and is read again.
   */
  private static TagPrefix lastPrefix;

  private static final String HIGH_S =
      "expected an ES256 signature with a low s (s ≤ n/2), found its twin with a high s";

  private TagText() {}

  /**
   * Returns the profile digit of format v1 with {@code algorithm}.
   *
   * @param algorithm the signature algorithm
   * @return {@code '1'} for Ed25519, {@code '2'} for ES256
   */
  public static char profileDigit(SignatureAlgorithm algorithm) {
    return algorithm == SignatureAlgorithm.ED25519 ? '1' : '2';
  }

  /**
   * Writes a tag's text.
   *
   * @param prefix the verify prefix
   * @param algorithm the signature algorithm
   * @param compact the compact bytes
   * @return the text
   */
  public static String write(TagPrefix prefix, SignatureAlgorithm algorithm, byte[] compact) {
    int digitsAt = prefix.length() + 1;
    char[] out = new char[digitsAt + DecimalDigits.digitCount(compact.length)];
    prefix.value().getChars(0, prefix.length(), out, 0);
    out[digitsAt - 1] = profileDigit(algorithm);
    DecimalDigits.writeTo(out, digitsAt, compact);
    return new String(out);
  }

  /**
   * Builds the compact bytes: key id, signature, then the payload without its map head and version
   * pair.
   *
   * @param keyId the signer's key id
   * @param signature the 64-byte signature
   * @param payload the canonical claims
   * @return the compact bytes
   */
  public static byte[] compact(KeyId keyId, byte[] signature, byte[] payload) {
    int entries = ClaimsCodec.entriesOffset();
    byte[] out = new byte[HEADER_BYTES + payload.length - entries];
    keyId.copyTo(out, 0);
    System.arraycopy(signature, 0, out, KeyId.LENGTH, signature.length);
    System.arraycopy(payload, entries, out, HEADER_BYTES, payload.length - entries);
    return out;
  }

  /**
   * Reads a tag's text into its parts, checking everything but the signature and the trust (an
   * ES256 signature must have a low s, so that a tag has one text).
   *
   * @param text the scanned text
   * @return the parts
   * @throws TagDecodingException naming the index in {@code text} of the first problem (for
   *     problems in the bytes: the index of the first digit, with the byte offset in the message)
   */
  public static Parts read(String text) {
    return read(text, null);
  }

  /**
   * Reads a tag's text into its parts, accepting only some prefixes.
   *
   * @param text the scanned text
   * @param acceptedPrefixes the prefixes to accept, or null for any well-formed one
   * @return the parts
   * @throws TagDecodingException naming the index in {@code text} of the first problem
   */
  public static Parts read(String text, Set<TagPrefix> acceptedPrefixes) {
    if (text == null) {
      throw new TagDecodingException("expected the text of a tag, found null", 0);
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new TagDecodingException(
          "expected at most " + MAX_TEXT_LENGTH + " characters, found " + text.length(), 0);
    }
    if (!text.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      throw new TagDecodingException("expected the text to start with " + SCHEME, 0);
    }
    int profileAt = text.lastIndexOf('/') + 1;
    TagPrefix prefix = prefixOf(text, profileAt);
    if (acceptedPrefixes != null && !acceptedPrefixes.contains(prefix)) {
      throw new TagDecodingException("prefix " + prefix + " is not one this reader accepts", 0);
    }
    if (profileAt == text.length()) {
      throw new TagDecodingException("expected a profile digit after the prefix", profileAt);
    }
    char profile = text.charAt(profileAt);
    SignatureAlgorithm algorithm;
    if (profile == '1') {
      algorithm = SignatureAlgorithm.ED25519;
    } else if (profile == '2') {
      algorithm = SignatureAlgorithm.ES256;
    } else if (profile >= '0' && profile <= '9') {
      throw new TagDecodingException(
          "profile digit " + profile + " is not a format this reader knows (1, 2)",
          profileAt,
          true);
    } else {
      throw new TagDecodingException(
          "expected a profile digit after the prefix, found '" + profile + "'", profileAt);
    }
    int digitsAt = profileAt + 1;
    int digitCount = text.length() - digitsAt;
    int byteCount = DecimalDigits.byteCountOf(digitCount);
    if (byteCount < MIN_COMPACT_BYTES || byteCount > MAX_COMPACT_BYTES) {
      throw new TagDecodingException(
          "expected the digits of "
              + MIN_COMPACT_BYTES
              + ".."
              + MAX_COMPACT_BYTES
              + " bytes, found "
              + digitCount
              + " digits",
          digitsAt);
    }
    byte[] compact = DecimalDigits.decode(text, digitsAt, text.length());
    if (algorithm == SignatureAlgorithm.ES256 && !P256.isLowS(compact, KeyId.LENGTH)) {
      throw new TagDecodingException(HIGH_S, digitsAt);
    }
    byte[] payload;
    TagClaims claims;
    try {
      payload = ClaimsCodec.payloadFromEntries(compact, HEADER_BYTES, compact.length);
      claims = ClaimsCodec.decode(payload);
    } catch (TagDecodingException e) {
      throw new TagDecodingException(
          e.getMessage() + " (byte " + e.index() + " of the claims CBOR)", digitsAt);
    }
    return new Parts(
        prefix,
        algorithm,
        KeyId.of(compact, 0),
        Arrays.copyOfRange(compact, KeyId.LENGTH, HEADER_BYTES),
        payload,
        compact,
        claims);
  }

  /**
   * Reads the prefix {@code text[0, end)}: a verifier sees the same few prefixes over and over, so
   * the last one read is kept and matched without building or checking a string again.
   */
  private static TagPrefix prefixOf(String text, int end) {
    TagPrefix last = lastPrefix;
    if (last != null && last.length() == end && asciiUpperCaseEquals(text, last.value(), end)) {
      return last;
    }
    String prefixText = PrefixRules.asciiUpperCase(text.substring(0, end));
    String problem = PrefixRules.problem(prefixText);
    if (problem != null) {
      throw new TagDecodingException("prefix " + problem, 0);
    }
    TagPrefix prefix = TagPrefix.of(prefixText);
    lastPrefix = prefix;
    return prefix;
  }

  /** Whether {@code text[0, length)} with a-z upper-cased equals {@code upper[0, length)}. */
  private static boolean asciiUpperCaseEquals(String text, String upper, int length) {
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        c = (char) (c - ('a' - 'A'));
      }
      if (c != upper.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a tag's full COSE_Sign1 (as the test vectors' {@code COSE} field holds it) into its
   * parts, strictly: untagged, the protected header exactly {@code {1: alg, 4: kid}}, an empty
   * unprotected header, a 64-byte signature (for ES256 with a low s) and canonical claims.
   *
   * @param coseSign1 the untagged COSE_Sign1
   * @param prefix the prefix to write the text with
   * @return the parts
   * @throws TagDecodingException naming the byte offset of the first problem
   */
  public static Parts fromCoseSign1(byte[] coseSign1, TagPrefix prefix) {
    CoseSign1 message;
    CoseSign1.ProtectedHeader header;
    try {
      message = CoseSign1.decode(coseSign1, CborLimits.TAG);
      header = CoseSign1.parseProtectedHeader(message.protectedHeader());
    } catch (CborException e) {
      throw new TagDecodingException("COSE_Sign1: " + e.getMessage(), e.offset());
    }
    if (message.tagged()) {
      throw new TagDecodingException("COSE_Sign1: a tag's message is untagged", 0);
    }
    if (!message.hasEmptyUnprotectedHeader()) {
      throw new TagDecodingException("COSE_Sign1: the unprotected header must be empty", 0);
    }
    if (message.signature().length != header.algorithm().signatureLength()) {
      throw new TagDecodingException(
          "COSE_Sign1: the signature must be 64 bytes, found " + message.signature().length, 0);
    }
    if (header.algorithm() == SignatureAlgorithm.ES256 && !P256.isLowS(message.signature(), 0)) {
      throw new TagDecodingException("COSE_Sign1: " + HIGH_S, 0);
    }
    byte[] payload = message.payload().clone();
    TagClaims claims = ClaimsCodec.decode(payload);
    byte[] signature = message.signature().clone();
    return new Parts(
        prefix,
        header.algorithm(),
        header.keyId(),
        signature,
        payload,
        compact(header.keyId(), signature, payload),
        claims);
  }

  /**
   * A tag's parts, read from its text.
   *
   * @param prefix the verify prefix, upper case
   * @param algorithm the algorithm of the profile digit
   * @param keyId the signer's key id
   * @param signature the 64-byte signature
   * @param payload the rebuilt canonical claims
   * @param compact the compact bytes
   * @param claims the decoded claims
   */
  public record Parts(
      TagPrefix prefix,
      SignatureAlgorithm algorithm,
      KeyId keyId,
      byte[] signature,
      byte[] payload,
      byte[] compact,
      TagClaims claims) {

    /**
     * Returns the protected header the signer signed: {@code {1: alg, 4: kid}}.
     *
     * @return the 13 bytes
     */
    public byte[] protectedHeader() {
      return CoseSign1.protectedHeader(algorithm, keyId);
    }

    /**
     * Returns the bytes the signature covers.
     *
     * @return the Sig_structure
     */
    public byte[] sigStructure() {
      return CoseSign1.sigStructure(protectedHeader(), NO_AAD, payload);
    }

    /**
     * Returns the full untagged COSE_Sign1.
     *
     * @return the message
     */
    public byte[] coseSign1() {
      return CoseSign1.encode(protectedHeader(), payload, signature);
    }
  }
}
