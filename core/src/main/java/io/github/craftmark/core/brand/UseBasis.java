package io.github.craftmark.core.brand;

/**
 * The legal basis on which a producer uses a brand it does not own.
 *
 * <p>Which basis fits which kind of mark is given by {@link MarkType#accepts(UseBasis)}: members
 * use a collective mark, certified producers a certification mark, permit holders a geographical
 * indication and licensees an ordinary trademark.
 */
public enum UseBasis {
  /** Membership of the owning association or cooperative, under its regulation on use. */
  MEMBERSHIP("Tư cách thành viên", "Membership"),
  /** A certificate that the producer's goods meet the certification mark owner's standard. */
  CERTIFICATION("Chứng nhận đạt tiêu chuẩn", "Certification"),
  /** A permit to use a geographical indication, granted by the managing provincial body. */
  GI_PERMIT("Quyền sử dụng chỉ dẫn địa lý", "Geographical-indication permit"),
  /** A licence contract with the owner of an ordinary trademark. */
  LICENCE("Hợp đồng li-xăng", "Licence");

  private final String nameVi;
  private final String nameEn;

  UseBasis(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /**
   * Returns the Vietnamese name, e.g. {@code "Tư cách thành viên"}.
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
}
