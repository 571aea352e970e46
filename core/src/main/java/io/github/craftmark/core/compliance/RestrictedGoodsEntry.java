package io.github.craftmark.core.compliance;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.internal.WordMatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One kind of goods that may not be sold online, or only under conditions, with the keywords that
 * reveal it in a listing.
 *
 * <p>Keywords are Vietnamese or English words or phrases, stored as written (NFC, with
 * diacritics) and matched on whole words, ignoring case, and ignoring diacritics only where the
 * listing or the keyword is written without them: {@code "ngà voi"} matches {@code "Vòng tay NGA
 * VOI"} and {@code "vòng tay ngà voi"}, while {@code "kiếm nhật"} (Japanese sword) does not match
 * {@code "giá tiết kiệm nhất"} (cheapest price). Listings typed without diacritics stay ambiguous,
 * so a keyword should still not fold to an everyday word: {@code "kiếm"} (sword) folds to the
 * {@code "kiem"} of {@code "tim kiem"}, so use phrases such as {@code "thanh kiếm"} instead.
 *
 * @param code stable lower-case slug, e.g. {@code "ivory"}
 * @param level banned or conditional
 * @param nameVi the Vietnamese name, e.g. {@code "Ngà voi và sản phẩm từ ngà voi"}
 * @param nameEn the English name
 * @param keywords at least one word or phrase, Vietnamese or English
 * @param legalBasis the legal text, e.g. {@code "Circular 47/2014/TT-BCT"}
 * @param note anything a user must know, e.g. that the entry is unverified
 */
public record RestrictedGoodsEntry(
    String code,
    RestrictionLevel level,
    String nameVi,
    String nameEn,
    List<String> keywords,
    String legalBasis,
    Optional<String> note) {
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * Validates the entry; keywords are normalised to NFC and stripped.
   *
   * @param code stable lower-case slug, e.g. {@code "ivory"}
   * @param level banned or conditional
   * @param nameVi the Vietnamese name, e.g. {@code "Ngà voi và sản phẩm từ ngà voi"}
   * @param nameEn the English name
   * @param keywords at least one word or phrase, Vietnamese or English
   * @param legalBasis the legal text, e.g. {@code "Circular 47/2014/TT-BCT"}
   * @param note anything a user must know, e.g. that the entry is unverified
   */
  public RestrictedGoodsEntry {
    Checks.notNull("code", code);
    if (code.length() > 64 || !CODE.matcher(code).matches()) {
      throw new InvalidValueException(
          "code", "must be a lower-case ASCII slug of at most 64 chars", code);
    }
    Checks.notNull("level", level);
    nameVi = Checks.text("nameVi", nameVi, 200);
    nameEn = Checks.text("nameEn", nameEn, 200);
    List<String> checked = new ArrayList<>();
    List<String> given = Checks.list("keywords", keywords);
    for (int i = 0; i < given.size(); i++) {
      String keyword = Checks.text("keywords[" + i + "]", given.get(i), 100);
      if (WordMatch.words(keyword).isEmpty()) {
        throw new InvalidValueException(
            "keywords[" + i + "]", "must contain a letter or digit", keyword);
      }
      checked.add(keyword);
    }
    if (checked.isEmpty()) {
      throw new InvalidValueException("keywords", "must not be empty", checked);
    }
    keywords = List.copyOf(checked);
    legalBasis = Checks.text("legalBasis", legalBasis, 300);
    note = note == null ? Optional.empty() : note.map(n -> Checks.optionalText("note", n));
  }

  /**
   * Returns a builder for an entry.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this entry's values.
   *
   * @return a builder to change some values
   */
  public Builder toBuilder() {
    return new Builder()
        .code(code)
        .level(level)
        .nameVi(nameVi)
        .nameEn(nameEn)
        .keywords(keywords)
        .legalBasis(legalBasis)
        .note(note.orElse(null));
  }

  /**
   * Returns the first keyword found in {@code text} as whole words, ignoring case, and ignoring
   * diacritics where either side has none (see the type's description).
   *
   * @param text a product name, description or tag
   * @return the keyword as stored, or empty when none occurs
   */
  public Optional<String> matchedKeyword(String text) {
    return matchedKeyword(WordMatch.words(Checks.notNull("text", text)));
  }

  Optional<String> matchedKeyword(List<WordMatch.Word> textWords) {
    return matchedKeyword(textWords, keywordPhrases());
  }

  /** The keywords split into words, in keyword order; callers that match often keep these. */
  List<List<WordMatch.Word>> keywordPhrases() {
    return keywords.stream().map(WordMatch::words).toList();
  }

  /** Like {@link #matchedKeyword(List)} with the keywords already split by {@link #keywordPhrases}. */
  Optional<String> matchedKeyword(
      List<WordMatch.Word> textWords, List<List<WordMatch.Word>> phrases) {
    for (int i = 0; i < phrases.size(); i++) {
      if (WordMatch.containsPhrase(textWords, phrases.get(i))) {
        return Optional.of(keywords.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether any keyword occurs in {@code text}.
   *
   * @param text a product name, description or tag
   * @return true on a match
   */
  public boolean matches(String text) {
    return matchedKeyword(text).isPresent();
  }

  /**
   * Returns the finding for a listing that mentions these goods: an {@link Severity#ERROR} {@code
   * RESTRICTED_GOODS_BANNED} or a {@link Severity#WARNING} {@code RESTRICTED_GOODS_CONDITIONAL}.
   *
   * @param field the product field that matched, e.g. {@code "name"}; null for none
   * @param keyword the keyword that matched
   * @return the finding, citing {@link #legalBasis()}
   */
  public Finding toFinding(String field, String keyword) {
    Checks.text("keyword", keyword);
    Finding finding = level == RestrictionLevel.BANNED
        ? Finding.error(
            "RESTRICTED_GOODS_BANNED",
            "The listing mentions goods banned from trade: " + nameEn + " (keyword \"" + keyword
                + "\").",
            "Tin đăng nhắc tới hàng cấm kinh doanh: " + nameVi + " (từ khóa \"" + keyword + "\").")
        : Finding.warning(
            "RESTRICTED_GOODS_CONDITIONAL",
            "The listing mentions goods that may be sold only under conditions: " + nameEn
                + " (keyword \"" + keyword + "\"). Check the seller's licence.",
            "Tin đăng nhắc tới hàng kinh doanh có điều kiện: " + nameVi + " (từ khóa \"" + keyword
                + "\"). Cần kiểm tra giấy phép của người bán.");
    return finding.withField(field).withLegalBasis(legalBasis);
  }

  /** Builds a {@link RestrictedGoodsEntry}; {@link #build()} fails naming a missing field. */
  public static final class Builder {
    private String code;
    private RestrictionLevel level;
    private String nameVi;
    private String nameEn;
    private final List<String> keywords = new ArrayList<>();
    private String legalBasis;
    private String note;

    private Builder() {}

    /**
     * Sets the code.
     *
     * @param code lower-case slug
     * @return this builder
     */
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    /**
     * Sets the level.
     *
     * @param level banned or conditional
     * @return this builder
     */
    public Builder level(RestrictionLevel level) {
      this.level = level;
      return this;
    }

    /**
     * Sets the Vietnamese name.
     *
     * @param nameVi the name, with diacritics
     * @return this builder
     */
    public Builder nameVi(String nameVi) {
      this.nameVi = nameVi;
      return this;
    }

    /**
     * Sets the English name.
     *
     * @param nameEn the name
     * @return this builder
     */
    public Builder nameEn(String nameEn) {
      this.nameEn = nameEn;
      return this;
    }

    /**
     * Replaces the keywords.
     *
     * @param keywords words or phrases
     * @return this builder
     */
    public Builder keywords(List<String> keywords) {
      this.keywords.clear();
      this.keywords.addAll(Checks.list("keywords", keywords));
      return this;
    }

    /**
     * Adds keywords.
     *
     * @param keywords words or phrases
     * @return this builder
     */
    public Builder addKeywords(String... keywords) {
      this.keywords.addAll(
          Checks.list("keywords", Arrays.asList(Checks.notNull("keywords", keywords))));
      return this;
    }

    /**
     * Sets the legal basis.
     *
     * @param legalBasis the legal text
     * @return this builder
     */
    public Builder legalBasis(String legalBasis) {
      this.legalBasis = legalBasis;
      return this;
    }

    /**
     * Sets the note.
     *
     * @param note the note, null for none
     * @return this builder
     */
    public Builder note(String note) {
      this.note = note;
      return this;
    }

    /**
     * Builds the entry.
     *
     * @return the entry
     * @throws InvalidValueException naming the first missing or bad field
     */
    public RestrictedGoodsEntry build() {
      return new RestrictedGoodsEntry(
          code, level, nameVi, nameEn, keywords, legalBasis, Optional.ofNullable(note));
    }
  }
}
