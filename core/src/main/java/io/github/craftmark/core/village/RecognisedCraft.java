package io.github.craftmark.core.village;

import io.github.craftmark.core.address.Province;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.product.CraftCategory;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A craft practised in a village, and whether the province recognised it as a traditional craft
 * (nghề truyền thống: practised locally for more than 50 years and still active, carrying national
 * cultural identity, tied to an artisan's or the village's name; Decree 52/2018/NĐ-CP, art. 5).
 *
 * <p>Decision number and date are optional because older recognitions are often known without
 * them; record them when the decision is at hand.
 *
 * @param category the craft category, e.g. {@link CraftCategory#CERAMICS}
 * @param nameVi the craft's name in Vietnamese, e.g. {@code "Nghề gốm sứ"}
 * @param traditional whether it is a recognised traditional craft
 * @param decisionNumber the number of the recognising decision
 * @param decisionDate the date of the recognising decision
 * @param recognisedBy the province whose People's Committee recognised it
 */
public record RecognisedCraft(
    CraftCategory category,
    String nameVi,
    boolean traditional,
    Optional<String> decisionNumber,
    Optional<LocalDate> decisionDate,
    Province recognisedBy) {
  /**
   * Validates the fields.
   *
   * @param category the craft category, e.g. {@link CraftCategory#CERAMICS}
   * @param nameVi the craft's name in Vietnamese, e.g. {@code "Nghề gốm sứ"}
   * @param traditional whether it is a recognised traditional craft
   * @param decisionNumber the number of the recognising decision
   * @param decisionDate the date of the recognising decision
   * @param recognisedBy the province whose People's Committee recognised it
   */
  public RecognisedCraft {
    Checks.notNull("category", category);
    nameVi = Checks.text("nameVi", nameVi, 200);
    decisionNumber = decisionNumber == null
        ? Optional.empty()
        : Optional.ofNullable(Checks.optionalText("decisionNumber", decisionNumber.orElse(null)));
    decisionDate = Checks.optional(decisionDate);
    Checks.notNull("recognisedBy", recognisedBy);
  }
}
