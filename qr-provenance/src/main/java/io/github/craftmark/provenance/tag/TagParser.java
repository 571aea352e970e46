package io.github.craftmark.provenance.tag;

import io.github.craftmark.provenance.internal.tag.TagDecodingException;
import io.github.craftmark.provenance.internal.tag.TagText;

/**
 * Reads a tag's text WITHOUT checking its signature or issuer.
 *
 * <p>For tools that inspect tags. The result says in its type that it is unverified; to decide
 * whether a tag is genuine use {@link TagVerifier#verify(String)}.
 */
public final class TagParser {
  private TagParser() {}

  /**
   * Reads a tag's text into its claims, key id and signature, checking the format (prefix, profile
   * digit, digits, canonical claims) but neither the signature nor the trust list.
   *
   * @param text the text scanned from the QR code
   * @return the unverified tag
   * @throws TagFormatException when the text is not a well-formed tag of format v1, with the index
   *     of the problem and whether the format version is unknown
   */
  public static UnverifiedTag parseWithoutVerifying(String text) {
    try {
      return new UnverifiedTag(text, TagText.read(text));
    } catch (TagDecodingException e) {
      throw new TagFormatException(
          e.getMessage(),
          text,
          e.index(),
          e.unsupportedVersion() ? RejectionReason.UNSUPPORTED_VERSION : RejectionReason.MALFORMED);
    }
  }
}
