package io.github.craftmark.core.id;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
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
 * @param prefix the three digits of the GS1 prefix, e.g. {@code "893"}
 * @param memberOrganisation the GS1 member organisation or reserved use of that prefix range, e.g.
 *     {@code "GS1 Vietnam"}; empty when this SDK does not know the range
 */
public record Gs1Prefix(String prefix, Optional<String> memberOrganisation) {
  /** The GS1 prefix allocated to GS1 Vietnam. */
  public static final String GS1_VIETNAM = "893";

  /**
   * Validates the prefix.
   *
   * @param prefix the three digits of the GS1 prefix, e.g. {@code "893"}
   * @param memberOrganisation the GS1 member organisation or reserved use of that prefix range, e.g.
   *     {@code "GS1 Vietnam"}; empty when this SDK does not know the range
   */
  public Gs1Prefix {
    Checks.notNull("prefix", prefix);
    if (!prefix.matches("[0-9]{3}")) {
      throw new InvalidValueException("prefix", "must be 3 digits", prefix);
    }
    memberOrganisation = Checks.optional(memberOrganisation);
  }

  /**
   * Tells whether the prefix was licensed by GS1 Vietnam ({@code 893}). This says which GS1 office
   * issued the number, not that the goods were made in Viet Nam.
   *
   * @return true for prefix {@code 893}
   */
  public boolean isGs1Vietnam() {
    return GS1_VIETNAM.equals(prefix);
  }

  /**
   * Tells whether the prefix range is reserved for numbers that do not identify a trade item
   * globally: restricted circulation within a company or region (020–029, 040–049, 200–299), and
   * coupons (981–984, 99x).
   *
   * @return true for a restricted-circulation or coupon range
   */
  public boolean isRestrictedCirculation() {
    int p = Integer.parseInt(prefix);
    return (p >= 20 && p <= 29)
        || (p >= 40 && p <= 49)
        || (p >= 200 && p <= 299)
        || (p >= 981 && p <= 984)
        || p >= 990;
  }

  /**
   * Returns the prefix information for three digits.
   *
   * @param prefix three digits
   * @return the prefix with the member organisation this SDK knows for it
   */
  public static Gs1Prefix of(String prefix) {
    Checks.notNull("prefix", prefix);
    if (!prefix.matches("[0-9]{3}")) {
      throw new InvalidValueException("prefix", "must be 3 digits", prefix);
    }
    return new Gs1Prefix(prefix, Optional.ofNullable(organisation(Integer.parseInt(prefix))));
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
      return "Restricted circulation";
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
}
