package io.github.craftmark.core.compliance;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.internal.WordMatch;
import io.github.craftmark.core.product.CraftCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The goods-label rules the compliance check applies, as data: how the origin must be worded,
 * which abbreviations it must not use, and which crafts are textiles that must state composition
 * and care.
 *
 * <p>The defaults follow Decree 43/2017/NĐ-CP on goods labels, as amended by Decree
 * 111/2021/NĐ-CP. Article 15 (as amended) has the origin written as one of the phrases "sản xuất
 * tại", "chế tạo tại", "nước sản xuất", "xuất xứ", "sản xuất bởi", "sản phẩm của" followed by the
 * country or territory, or, when origin cannot be determined, a phrase for the last finishing stage
 * ("lắp ráp tại", "đóng chai tại", "phối trộn tại", "hoàn tất tại", "đóng gói tại", "dán nhãn tại")
 * followed by the country; the country's name must not be abbreviated. The English phrases "made
 * in" and "product of" are accepted too, for bilingual labels. Matching ignores case, white space
 * and punctuation, and ignores diacritics where the origin or the phrase is written without them,
 * so {@code "Xuất xứ: Việt Nam"} and {@code "XUAT XU VIET NAM"} both start with the phrase "xuất
 * xứ", while a word written with other diacritics is another word ({@code "xuất xử"} is not {@code
 * "xuất xứ"}). A printed label must still be in Vietnamese with its diacritics; the check cannot
 * see the print.
 *
 * <p>The label fields per type of goods (Appendix I of the decree) are <em>not verified</em> by this
 * SDK for textiles: that silk, embroidery and brocade must state material composition and care
 * instructions is kept here as {@link #textileCategories()} and reported at {@link
 * #textileSeverity()}, {@link Severity#WARNING} by default, so that a user who has checked the law
 * raises it to {@link Severity#ERROR} or narrows the crafts.
 *
 * @param originPhrases the accepted lead-in phrases of an origin statement, Vietnamese or English;
 *     at least one
 * @param countryNames country names that the check recognises after the phrase; an origin that
 *     names none of them is reported for review ({@code "Sản xuất tại Bát Tràng"} names a commune,
 *     not a country); empty turns this check off
 * @param forbiddenAbbreviations abbreviations an origin statement must not contain, as whole words,
 *     e.g. {@code "VN"}, {@code "SX"}
 * @param textileCategories the crafts whose labels must state composition and care instructions
 * @param textileSeverity how serious missing composition or care instructions are
 */
public record LabelRules(
    List<String> originPhrases,
    List<String> countryNames,
    List<String> forbiddenAbbreviations,
    List<CraftCategory> textileCategories,
    Severity textileSeverity) {

  /** The legal basis of the label rules. */
  public static final String DECREE_43_2017 =
      "Decree 43/2017/NĐ-CP, as amended by Decree 111/2021/NĐ-CP";

  private static final LabelRules DEFAULTS = new LabelRules(
      List.of(
          "Sản xuất tại",
          "Chế tạo tại",
          "Nước sản xuất",
          "Xuất xứ",
          "Sản xuất bởi",
          "Sản phẩm của",
          "Lắp ráp tại",
          "Đóng chai tại",
          "Phối trộn tại",
          "Hoàn tất tại",
          "Đóng gói tại",
          "Dán nhãn tại",
          "Made in",
          "Product of"),
      List.of("Việt Nam", "Vietnam"),
      List.of("VN", "V.N", "VNM", "SX", "XX"),
      List.of(CraftCategory.SILK, CraftCategory.EMBROIDERY, CraftCategory.BROCADE),
      Severity.WARNING);

  /**
   * Validates and normalises the rules: texts NFC and stripped, each with a letter or digit.
   *
   * @param originPhrases the accepted lead-in phrases of an origin statement, Vietnamese or English;
   *     at least one
   * @param countryNames country names that the check recognises after the phrase; an origin that
   *     names none of them is reported for review ({@code "Sản xuất tại Bát Tràng"} names a commune,
   *     not a country); empty turns this check off
   * @param forbiddenAbbreviations abbreviations an origin statement must not contain, as whole words,
   *     e.g. {@code "VN"}, {@code "SX"}
   * @param textileCategories the crafts whose labels must state composition and care instructions
   * @param textileSeverity how serious missing composition or care instructions are
   */
  public LabelRules {
    originPhrases = words("originPhrases", originPhrases);
    if (originPhrases.isEmpty()) {
      throw new InvalidValueException("originPhrases", "must not be empty", originPhrases);
    }
    countryNames = words("countryNames", countryNames);
    forbiddenAbbreviations = words("forbiddenAbbreviations", forbiddenAbbreviations);
    textileCategories = Checks.list("textileCategories", textileCategories);
    Checks.notNull("textileSeverity", textileSeverity);
  }

  private static List<String> words(String field, List<String> values) {
    List<String> given = Checks.list(field, values);
    List<String> out = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      String text = Checks.text(field + "[" + i + "]", given.get(i), 100);
      if (WordMatch.words(text).isEmpty()) {
        throw new InvalidValueException(
            field + "[" + i + "]", "must contain a letter or digit", text);
      }
      out.add(text);
    }
    return List.copyOf(out);
  }

  /**
   * Returns the rules of Decree 43/2017/NĐ-CP as amended by Decree 111/2021/NĐ-CP, with silk,
   * embroidery and brocade as textiles reported as warnings.
   *
   * @return the default rules
   */
  public static LabelRules defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with other crafts counted as textiles.
   *
   * @param categories the crafts whose labels must state composition and care
   * @return the copy
   */
  public LabelRules withTextileCategories(List<CraftCategory> categories) {
    return new LabelRules(
        originPhrases, countryNames, forbiddenAbbreviations, categories, textileSeverity);
  }

  /**
   * Returns a copy reporting missing textile fields at another severity, e.g. {@link
   * Severity#ERROR} once a user has checked the textile rules.
   *
   * @param severity the severity
   * @return the copy
   */
  public LabelRules withTextileSeverity(Severity severity) {
    return new LabelRules(
        originPhrases, countryNames, forbiddenAbbreviations, textileCategories, severity);
  }

  /**
   * Returns a copy recognising other country names after the origin phrase, e.g. to add {@code
   * "Nhật Bản"} for a shop that also sells Japanese glazes.
   *
   * @param names the country names; empty turns the country check off
   * @return the copy
   */
  public LabelRules withCountryNames(List<String> names) {
    return new LabelRules(
        originPhrases, names, forbiddenAbbreviations, textileCategories, textileSeverity);
  }

  /**
   * Returns a copy with other forbidden abbreviations.
   *
   * @param abbreviations the abbreviations, matched as whole words
   * @return the copy
   */
  public LabelRules withForbiddenAbbreviations(List<String> abbreviations) {
    return new LabelRules(
        originPhrases, countryNames, abbreviations, textileCategories, textileSeverity);
  }

  /**
   * Tells whether goods of this craft are textiles whose labels must state composition and care
   * instructions.
   *
   * @param category the craft
   * @return true when it is one of {@link #textileCategories()}
   */
  public boolean isTextile(CraftCategory category) {
    return textileCategories.contains(Checks.notNull("category", category));
  }

  /**
   * Returns the first forbidden abbreviation in an origin statement, matched as whole words as the
   * type's description says: {@code "SX tại VN"} gives {@code "VN"} when both are listed and
   * {@code "VN"} is listed first.
   *
   * @param origin the origin statement
   * @return the abbreviation as listed, or empty
   */
  public Optional<String> abbreviationIn(String origin) {
    List<WordMatch.Word> words = WordMatch.words(Checks.notNull("origin", origin));
    for (String abbreviation : forbiddenAbbreviations) {
      if (WordMatch.containsPhrase(words, WordMatch.words(abbreviation))) {
        return Optional.of(abbreviation);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the accepted phrase an origin statement starts with and the words after it, ignoring
   * case, white space, punctuation and, where either side has none, diacritics.
   *
   * @param origin the origin statement, e.g. {@code "Xuất xứ: Việt Nam"}
   * @return the phrase as listed, or empty when the statement starts with none or has nothing after
   *     it
   */
  public Optional<String> leadingPhrase(String origin) {
    List<WordMatch.Word> words = WordMatch.words(Checks.notNull("origin", origin));
    for (String phrase : originPhrases) {
      List<WordMatch.Word> lead = WordMatch.words(phrase);
      if (words.size() > lead.size() && WordMatch.startsWithPhrase(words, lead)) {
        return Optional.of(phrase);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether an origin statement names one of {@link #countryNames()}, ignoring case,
   * punctuation and, where either side has none, diacritics; always true when the list is empty.
   *
   * @param origin the origin statement
   * @return true when a listed country is named
   */
  public boolean namesCountry(String origin) {
    if (countryNames.isEmpty()) {
      return true;
    }
    List<WordMatch.Word> words = WordMatch.words(Checks.notNull("origin", origin));
    return countryNames.stream()
        .anyMatch(name -> WordMatch.containsPhrase(words, WordMatch.words(name)));
  }
}
