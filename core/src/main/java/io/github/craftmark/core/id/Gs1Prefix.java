package io.github.craftmark.core.id;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * The GS1 prefix of a GTIN and the GS1 member organisation that licensed it: a hint about which
 * national GS1 office issued the company prefix, <strong>not</strong> the country of origin.
 *
 * <p>A company that joins GS1 Vietnam receives a company prefix starting with {@code 893}, whatever
 * country its goods are made in; a Vietnamese workshop may equally use a prefix licensed by another
 * office. Origin is declared on the label ("Sản xuất tại Việt Nam", "Xuất xứ: …", Decree
 * 43/2017/NĐ-CP as amended by Decree 111/2021/NĐ-CP), never inferred from a barcode.
 *
 * <p>The same three digits mean different things at the head of a GTIN-8 and of a longer GTIN: a
 * GTIN-8 starting with {@code 0} or {@code 2} is a restricted circulation number (RCN-8) that a
 * store assigns itself, and GTIN-8s use only the GS1 prefixes 100–139 and 300–969 (GS1 General
 * Specifications, GTIN-8 data structure). Use {@link Gtin#gs1PrefixHint()}, which picks the right
 * reading, or {@link #of(String)} and {@link #ofGtin8(String)}.
 */
public final class Gs1Prefix {
  /** The GS1 prefix allocated to GS1 Vietnam. */
  public static final String GS1_VIETNAM = "893";

  private static final String RESTRICTED = "Restricted circulation";

  private final String prefix;
  private final Optional<String> memberOrganisation;
  private final boolean restrictedCirculation;

  private Gs1Prefix(
      String prefix, Optional<String> memberOrganisation, boolean restrictedCirculation) {
    this.prefix = prefix;
    this.memberOrganisation = memberOrganisation;
    this.restrictedCirculation = restrictedCirculation;
  }

  /**
   * Returns the prefix information for the first three digits of a GTIN-13 (or of the GTIN-13 form
   * of a GTIN-12 or GTIN-14).
   *
   * @param prefix three digits
   * @return the prefix with the member organisation this SDK knows for it
   * @throws InvalidValueException when {@code prefix} is not three ASCII digits
   */
  public static Gs1Prefix of(String prefix) {
    int p = parse(prefix);
    boolean restricted = (p >= 20 && p <= 29)
        || (p >= 40 && p <= 49)
        || (p >= 200 && p <= 299)
        || (p >= 981 && p <= 984)
        || p >= 990;
    return new Gs1Prefix(prefix, Optional.ofNullable(organisation(p)), restricted);
  }

  /**
   * Returns the prefix information for the first three digits of a GTIN-8. A first digit {@code 0}
   * or {@code 2} marks a restricted circulation number (RCN-8); prefixes that GTIN-8s do not use
   * (140–199, 970–999) have no member organisation.
   *
   * @param prefix the first three digits of a GTIN-8
   * @return the prefix with the member organisation this SDK knows for it
   * @throws InvalidValueException when {@code prefix} is not three ASCII digits
   */
  public static Gs1Prefix ofGtin8(String prefix) {
    int p = parse(prefix);
    if (p < 100 || (p >= 200 && p <= 299)) {
      return new Gs1Prefix(prefix, Optional.of(RESTRICTED + " (RCN-8)"), true);
    }
    boolean used = p <= 139 || (p >= 300 && p <= 969);
    return new Gs1Prefix(prefix, Optional.ofNullable(used ? organisation(p) : null), false);
  }

  private static int parse(String prefix) {
    Checks.notNull("prefix", prefix);
    if (!prefix.matches("[0-9]{3}")) {
      throw new InvalidValueException("prefix", "must be 3 digits", prefix);
    }
    return Integer.parseInt(prefix);
  }

  /**
   * Returns the three digits of the GS1 prefix.
   *
   * @return e.g. {@code "893"}
   */
  public String prefix() {
    return prefix;
  }

  /**
   * Returns the GS1 member organisation or reserved use of the prefix range.
   *
   * @return e.g. {@code "GS1 Vietnam"}; empty when this SDK does not know the range
   */
  public Optional<String> memberOrganisation() {
    return memberOrganisation;
  }

  /**
   * Tells whether the prefix was licensed by GS1 Vietnam ({@code 893}). This says which GS1 office
   * issued the number, not that the goods were made in Viet Nam.
   *
   * @return true for prefix {@code 893} outside the restricted ranges
   */
  public boolean isGs1Vietnam() {
    return GS1_VIETNAM.equals(prefix) && !restrictedCirculation;
  }

  /**
   * Tells whether the number does not identify a trade item globally: restricted circulation
   * within a company or region (GTIN-13: 020–029, 040–049, 200–299; GTIN-8: first digit 0 or 2),
   * and coupons (GTIN-13: 981–984, 99x).
   *
   * @return true for a restricted-circulation or coupon range
   */
  public boolean isRestrictedCirculation() {
    return restrictedCirculation;
  }

  // A deliberately small table of well-known ranges from the GS1 prefix list; unknown ranges are
  // reported as empty rather than guessed.
  private static String organisation(int p) {
    if (p == 893) {
      return "GS1 Vietnam";
    }
    if ((p >= 0 && p <= 19) || (p >= 30 && p <= 39) || (p >= 60 && p <= 139)) {
      return "GS1 US";
    }
    if ((p >= 20 && p <= 29) || (p >= 40 && p <= 49) || (p >= 200 && p <= 299)) {
      return RESTRICTED;
    }
    if (p >= 300 && p <= 379) {
      return "GS1 France";
    }
    if (p >= 400 && p <= 440) {
      return "GS1 Germany";
    }
    if ((p >= 450 && p <= 459) || (p >= 490 && p <= 499)) {
      return "GS1 Japan";
    }
    if (p >= 500 && p <= 509) {
      return "GS1 UK";
    }
    if (p >= 690 && p <= 699) {
      return "GS1 China";
    }
    if (p == 880) {
      return "GS1 Korea";
    }
    if (p == 885) {
      return "GS1 Thailand";
    }
    if (p == 888) {
      return "GS1 Singapore";
    }
    if (p == 899) {
      return "GS1 Indonesia";
    }
    if (p == 955) {
      return "GS1 Malaysia";
    }
    if (p == 977) {
      return "Serial publications (ISSN)";
    }
    if (p == 978 || p == 979) {
      return "Bookland (ISBN)";
    }
    return null;
  }

  /**
   * Tells whether {@code other} is the same prefix read the same way.
   *
   * @param other the object to compare
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Gs1Prefix that
        && prefix.equals(that.prefix)
        && memberOrganisation.equals(that.memberOrganisation)
        && restrictedCirculation == that.restrictedCirculation;
  }

  @Override
  public int hashCode() {
    return Objects.hash(prefix, memberOrganisation, restrictedCirculation);
  }

  /**
   * Returns the prefix and what is known of it, e.g. {@code "893 (GS1 Vietnam)"}.
   *
   * @return a description for logs and messages
   */
  @Override
  public String toString() {
    return memberOrganisation.map(org -> prefix + " (" + org + ")").orElse(prefix);
  }
}
