package io.github.craftmark.core.brand;

import java.util.List;

/**
 * The kind of intellectual-property right a village brand is, which decides who owns it and on
 * what basis others may use it.
 *
 * <ul>
 *   <li>A collective mark (Law on Intellectual Property art. 4(17)) is owned by an association or
 *       cooperative; its members use it under the owner's regulation on use and are not
 *       co-owners.
 *   <li>A certification mark is used by anyone whose goods the owner certifies as meeting its
 *       standard; the owner certifies, it does not itself trade under the mark.
 *   <li>A geographical indication is owned by the State (art. 121) and used under a permit from
 *       the managing provincial body.
 *   <li>An ordinary trademark is used by its owner and by its licensees.
 * </ul>
 */
public enum MarkType {
  /** Nhãn hiệu tập thể. */
  COLLECTIVE_MARK("Nhãn hiệu tập thể", "Collective mark", List.of(UseBasis.MEMBERSHIP), true),
  /** Nhãn hiệu chứng nhận. */
  CERTIFICATION_MARK(
      "Nhãn hiệu chứng nhận", "Certification mark", List.of(UseBasis.CERTIFICATION), false),
  /** Chỉ dẫn địa lý. */
  GEOGRAPHICAL_INDICATION(
      "Chỉ dẫn địa lý", "Geographical indication", List.of(UseBasis.GI_PERMIT), false),
  /** Nhãn hiệu thông thường. */
  TRADEMARK("Nhãn hiệu thông thường", "Trademark", List.of(UseBasis.LICENCE), true);

  private final String nameVi;
  private final String nameEn;
  private final List<UseBasis> bases;
  private final boolean ownerMayUse;

  MarkType(String nameVi, String nameEn, List<UseBasis> bases, boolean ownerMayUse) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.bases = bases;
    this.ownerMayUse = ownerMayUse;
  }

  /**
   * Returns the Vietnamese name, e.g. {@code "Nhãn hiệu tập thể"}.
   *
   * @return the name, NFC
   */
  public String nameVi() {
    return nameVi;
  }

  /**
   * Returns the English name.
   *
   * @return the name
   */
  public String nameEn() {
    return nameEn;
  }

  /**
   * Returns the bases on which a producer other than the owner may use a mark of this type.
   *
   * @return an unmodifiable list of one or more bases
   */
  public List<UseBasis> acceptedBases() {
    return bases;
  }

  /**
   * Tells whether an authorisation on {@code basis} can let a producer use a mark of this type: a
   * licence does not make a producer a member of a collective mark's association.
   *
   * @param basis the basis of the authorisation
   * @return true when the basis fits this type
   */
  public boolean accepts(UseBasis basis) {
    return bases.contains(basis);
  }

  /**
   * Tells whether the owner itself may use a mark of this type without an authorisation.
   *
   * <p>True for a trademark, and for a collective mark: the association or cooperative that owns
   * it may use it on the goods it trades itself, as its regulation on use allows. False for a
   * certification mark, whose owner certifies others' goods and must not itself produce or trade
   * them (Law on Intellectual Property art. 87(4)), and for a geographical indication, whose owner
   * is the State.
   *
   * @return true when the owner needs no authorisation
   */
  public boolean ownerMayUse() {
    return ownerMayUse;
  }
}
