package io.github.craftmark.core.compliance;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One compliance problem or note about a product or listing, in English and Vietnamese.
 *
 * <p>The {@code code} is stable and meant for programs ({@code LABEL_ORIGIN_MISSING}); the
 * messages are for people and may change wording. {@code field} names the part of the product the
 * finding is about (e.g. {@code "label.origin"}), and {@code legalBasis} cites the rule (e.g.
 * {@code "Decree 43/2017/NĐ-CP art. 10"}). Texts are stored NFC, stripped.
 *
 * <pre>{@code
 * Finding f = Finding.error("LABEL_ORIGIN_MISSING",
 *         "The label must state the origin of the goods.",
 *         "Nhãn phải ghi xuất xứ hàng hóa.")
 *     .withField("label.origin")
 *     .withLegalBasis("Decree 43/2017/NĐ-CP art. 10");
 * }</pre>
 *
 * @param code stable upper-case code: letters, digits and {@code _}, starting with a letter, at
 *     most 64 characters
 * @param severity how serious it is
 * @param messageEn the message in English
 * @param messageVi the message in Vietnamese, with diacritics
 * @param field the product field concerned, if any
 * @param legalBasis the legal text the rule comes from, if any
 */
public record Finding(
    String code,
    Severity severity,
    String messageEn,
    String messageVi,
    Optional<String> field,
    Optional<String> legalBasis) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  private static final int MAX_CODE_LENGTH = 64;
  private static final int MAX_MESSAGE_LENGTH = 1000;

  /**
   * Validates the finding; null optionals become empty and blank optional text is left out.
   *
   * @param code stable upper-case code: letters, digits and {@code _}, starting with a letter, at
   *     most 64 characters
   * @param severity how serious it is
   * @param messageEn the message in English
   * @param messageVi the message in Vietnamese, with diacritics
   * @param field the product field concerned, if any
   * @param legalBasis the legal text the rule comes from, if any
   */
  public Finding {
    Checks.notNull("code", code);
    if (code.length() > MAX_CODE_LENGTH || !CODE.matcher(code).matches()) {
      throw new InvalidValueException(
          "code", "must be UPPER_SNAKE_CASE of at most " + MAX_CODE_LENGTH + " chars", code);
    }
    Checks.notNull("severity", severity);
    messageEn = Checks.text("messageEn", messageEn, MAX_MESSAGE_LENGTH);
    messageVi = Checks.text("messageVi", messageVi, MAX_MESSAGE_LENGTH);
    field = optional("field", field);
    legalBasis = optional("legalBasis", legalBasis);
  }

  private static Optional<String> optional(String name, Optional<String> value) {
    return value == null ? Optional.empty() : value.map(text -> Checks.optionalText(name, text));
  }

  /**
   * Returns a finding without field or legal basis.
   *
   * @param code stable code, e.g. {@code "LABEL_ORIGIN_MISSING"}
   * @param severity how serious it is
   * @param messageEn the English message
   * @param messageVi the Vietnamese message
   * @return the finding
   */
  public static Finding of(String code, Severity severity, String messageEn, String messageVi) {
    return new Finding(code, severity, messageEn, messageVi, Optional.empty(), Optional.empty());
  }

  /**
   * Returns an {@link Severity#ERROR} finding.
   *
   * @param code stable code
   * @param messageEn the English message
   * @param messageVi the Vietnamese message
   * @return the finding
   */
  public static Finding error(String code, String messageEn, String messageVi) {
    return of(code, Severity.ERROR, messageEn, messageVi);
  }

  /**
   * Returns a {@link Severity#WARNING} finding.
   *
   * @param code stable code
   * @param messageEn the English message
   * @param messageVi the Vietnamese message
   * @return the finding
   */
  public static Finding warning(String code, String messageEn, String messageVi) {
    return of(code, Severity.WARNING, messageEn, messageVi);
  }

  /**
   * Returns an {@link Severity#INFO} finding.
   *
   * @param code stable code
   * @param messageEn the English message
   * @param messageVi the Vietnamese message
   * @return the finding
   */
  public static Finding info(String code, String messageEn, String messageVi) {
    return of(code, Severity.INFO, messageEn, messageVi);
  }

  /**
   * Returns a copy about the given product field.
   *
   * @param field the field, e.g. {@code "label.origin"}; null or blank removes it
   * @return the new finding
   */
  public Finding withField(String field) {
    return new Finding(
        code, severity, messageEn, messageVi, Optional.ofNullable(field), legalBasis);
  }

  /**
   * Returns a copy citing the given legal basis.
   *
   * @param legalBasis e.g. {@code "Decree 43/2017/NĐ-CP art. 10"}; null or blank removes it
   * @return the new finding
   */
  public Finding withLegalBasis(String legalBasis) {
    return new Finding(
        code, severity, messageEn, messageVi, field, Optional.ofNullable(legalBasis));
  }
}
