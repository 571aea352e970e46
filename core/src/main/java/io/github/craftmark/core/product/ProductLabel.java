package io.github.craftmark.core.product;

import io.github.craftmark.core.address.Address;
import io.github.craftmark.core.internal.Checks;
import java.util.Optional;

/**
 * What the product's label says, beyond its name: origin, responsible party, care and use.
 *
 * <p>Decree 43/2017/NĐ-CP, as amended by Decree 111/2021/NĐ-CP, requires on a label the goods'
 * name, the name and address of the organisation or individual responsible for the goods, and the
 * origin ("Sản xuất tại Việt Nam" or "Xuất xứ: Việt Nam", never abbreviated), plus fields by type
 * of goods. When the responsible party is not given here, the producer is responsible. The
 * compliance check reports what is missing.
 *
 * @param origin the origin statement as printed, e.g. {@code "Sản xuất tại Việt Nam"}
 * @param responsiblePartyName the responsible party's name, when not the producer
 * @param responsiblePartyAddress the responsible party's address, when not the producer's
 * @param careInstructions care instructions (textiles), e.g. {@code "Giặt tay bằng nước lạnh"}
 * @param usageInstructions instructions for use and warnings, e.g. ceramics not for microwaves
 */
public record ProductLabel(
    Optional<String> origin,
    Optional<String> responsiblePartyName,
    Optional<Address> responsiblePartyAddress,
    Optional<String> careInstructions,
    Optional<String> usageInstructions) {

  /** A label with nothing stated yet. */
  public static final ProductLabel EMPTY = new ProductLabel(
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Normalises the text fields.
   *
   * @param origin the origin statement as printed, e.g. {@code "Sản xuất tại Việt Nam"}
   * @param responsiblePartyName the responsible party's name, when not the producer
   * @param responsiblePartyAddress the responsible party's address, when not the producer's
   * @param careInstructions care instructions (textiles), e.g. {@code "Giặt tay bằng nước lạnh"}
   * @param usageInstructions instructions for use and warnings, e.g. ceramics not for microwaves
   */
  public ProductLabel {
    origin = Checks.optionalText("origin", origin, 200);
    responsiblePartyName = Checks.optionalText("responsiblePartyName", responsiblePartyName, 200);
    responsiblePartyAddress = Checks.optional(responsiblePartyAddress);
    careInstructions = Checks.optionalText("careInstructions", careInstructions, 500);
    usageInstructions = Checks.optionalText("usageInstructions", usageInstructions, 500);
  }

  /**
   * Returns a label stating only its origin.
   *
   * @param origin the origin statement, e.g. {@code "Sản xuất tại Việt Nam"}
   * @return the label
   */
  public static ProductLabel ofOrigin(String origin) {
    return EMPTY.withOrigin(origin);
  }

  /**
   * Returns a copy with this origin statement.
   *
   * @param newOrigin the origin statement
   * @return the copy
   */
  public ProductLabel withOrigin(String newOrigin) {
    return new ProductLabel(
        Optional.of(Checks.text("origin", newOrigin, 200)),
        responsiblePartyName,
        responsiblePartyAddress,
        careInstructions,
        usageInstructions);
  }

  /**
   * Returns a copy with these care instructions.
   *
   * @param instructions the care instructions
   * @return the copy
   */
  public ProductLabel withCareInstructions(String instructions) {
    return new ProductLabel(
        origin,
        responsiblePartyName,
        responsiblePartyAddress,
        Optional.of(Checks.text("careInstructions", instructions, 500)),
        usageInstructions);
  }

  /**
   * Returns a copy with these instructions for use and warnings.
   *
   * @param instructions the instructions
   * @return the copy
   */
  public ProductLabel withUsageInstructions(String instructions) {
    return new ProductLabel(
        origin,
        responsiblePartyName,
        responsiblePartyAddress,
        careInstructions,
        Optional.of(Checks.text("usageInstructions", instructions, 500)));
  }

  /**
   * Returns a copy naming a responsible party other than the producer.
   *
   * @param name the party's name
   * @param address the party's address
   * @return the copy
   */
  public ProductLabel withResponsibleParty(String name, Address address) {
    return new ProductLabel(
        origin,
        Optional.of(Checks.text("responsiblePartyName", name, 200)),
        Optional.of(Checks.notNull("responsiblePartyAddress", address)),
        careInstructions,
        usageInstructions);
  }
}
