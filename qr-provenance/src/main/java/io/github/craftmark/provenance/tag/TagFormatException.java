package io.github.craftmark.provenance.tag;

import io.github.craftmark.provenance.ProvenanceException;

/**
 * A text is not a well-formed tag of a format this reader knows: thrown by {@link
 * TagParser#parseWithoutVerifying(String)}, never by the verifier (which returns a verdict).
 *
 * <p>Like {@link java.time.format.DateTimeParseException}, it carries the text and the index of the
 * problem; {@link #reason()} tells a malformed text from one of an unknown format version.
 */
public class TagFormatException extends ProvenanceException {
  private static final long serialVersionUID = 1L;

  private static final int MAX_SHOWN = 120;

  /** The text that was parsed, or empty for null. */
  private final String parsedText;

  /** Where in the text the problem is. */
  private final int errorIndex;

  /** {@link RejectionReason#MALFORMED} or {@link RejectionReason#UNSUPPORTED_VERSION}. */
  private final RejectionReason reason;

  /**
   * Creates the exception.
   *
   * @param message what was expected and what was found
   * @param parsedText the text that was parsed
   * @param errorIndex where in the text the problem is
   * @param reason {@link RejectionReason#MALFORMED} or {@link RejectionReason#UNSUPPORTED_VERSION}
   */
  public TagFormatException(
      String message, CharSequence parsedText, int errorIndex, RejectionReason reason) {
    super(message + " at index " + errorIndex + " in " + shown(parsedText));
    this.parsedText = parsedText == null ? "" : parsedText.toString();
    this.errorIndex = errorIndex;
    this.reason = reason;
  }

  /**
   * Returns the text that was parsed.
   *
   * @return the text, empty for null
   */
  public String parsedText() {
    return parsedText;
  }

  /**
   * Returns the index in the text where the problem is; for a problem in the bytes the digits
   * carry, the index of the first digit.
   *
   * @return the index
   */
  public int errorIndex() {
    return errorIndex;
  }

  /**
   * Returns whether the text is malformed or of a format version this reader does not know.
   *
   * @return {@link RejectionReason#MALFORMED} or {@link RejectionReason#UNSUPPORTED_VERSION}
   */
  public RejectionReason reason() {
    return reason;
  }

  /** Quotes at most 120 characters, control characters escaped so a log line stays one line. */
  static String shown(CharSequence text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_SHOWN) + 4).append('"');
    for (int i = 0; i < text.length() && i < MAX_SHOWN; i++) {
      char c = text.charAt(i);
      if (i == MAX_SHOWN - 1 && Character.isHighSurrogate(c)) {
        break; // never half a pair
      }
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(text.length() > MAX_SHOWN ? "…\"" : "\"").toString();
  }
}
