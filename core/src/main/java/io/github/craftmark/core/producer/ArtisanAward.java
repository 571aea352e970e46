package io.github.craftmark.core.producer;

import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.product.CraftCategory;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One award of an artisan title: which title, under which decree, by which decision.
 *
 * @param title People's or Meritorious Artisan
 * @param scheme handicrafts (Decree 43/2024) or intangible heritage (Decree 93/2023)
 * @param decisionNumber the number of the awarding decision, as printed
 * @param decisionDate the date of the decision
 * @param awardingBody who signed the decision, e.g. {@code "Chủ tịch nước"}
 * @param craft the craft the title was awarded for
 */
public record ArtisanAward(
    ArtisanTitle title,
    TitleScheme scheme,
    String decisionNumber,
    LocalDate decisionDate,
    String awardingBody,
    Optional<CraftCategory> craft) {
  /**
   * Validates the fields.
   *
   * @param title People's or Meritorious Artisan
   * @param scheme handicrafts (Decree 43/2024) or intangible heritage (Decree 93/2023)
   * @param decisionNumber the number of the awarding decision, as printed
   * @param decisionDate the date of the decision
   * @param awardingBody who signed the decision, e.g. {@code "Chủ tịch nước"}
   * @param craft the craft the title was awarded for
   */
  public ArtisanAward {
    Checks.notNull("title", title);
    Checks.notNull("scheme", scheme);
    decisionNumber = Checks.text("decisionNumber", decisionNumber, 64);
    Checks.notNull("decisionDate", decisionDate);
    awardingBody = Checks.text("awardingBody", awardingBody, 200);
    craft = Checks.optional(craft);
  }
}
