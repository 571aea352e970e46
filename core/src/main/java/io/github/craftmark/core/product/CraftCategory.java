package io.github.craftmark.core.product;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.internal.Checks;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A craft: what a product is made as, what a village is recognised for, what a brand authorisation
 * may be limited to.
 *
 * <p>An open set: the common Vietnamese crafts are constants, and an application adds its own with
 * {@link #register(String, String, String)} or, without registering, {@link #of(String, String,
 * String)}. Two categories are equal when their codes are equal. The code is a lower-case ASCII
 * slug, stable in JSON. Registering and looking up are safe from any thread.
 *
 * <p>JSON holds only the code. Reading a valid code that is neither built in nor registered still
 * succeeds, so that a newer writer's crafts do not break an older reader, and writes back
 * unchanged; such a category has the code as both names and is not registered (input cannot grow
 * the registry). Register the application's categories before reading to get their names, and use
 * {@link #find(String)} to tell a known code from an unknown one.
 */
public final class CraftCategory {
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_CODE_LENGTH = 48;
  private static final Map<String, CraftCategory> REGISTRY =
      Collections.synchronizedMap(new LinkedHashMap<>());

  /** Gốm sứ — ceramics and pottery (Bát Tràng, Phù Lãng, Chu Đậu). */
  public static final CraftCategory CERAMICS = builtIn("ceramics", "Gốm sứ", "Ceramics");

  /** Lụa và dệt — silk and weaving (Vạn Phúc, Nha Xá, Mã Châu). */
  public static final CraftCategory SILK = builtIn("silk", "Lụa, dệt", "Silk and weaving");

  /** Thêu ren — embroidery and lace (Quất Động, Văn Lâm). */
  public static final CraftCategory EMBROIDERY = builtIn("embroidery", "Thêu ren", "Embroidery");

  /** Sơn mài — lacquerware (Hạ Thái, Tương Bình Hiệp). */
  public static final CraftCategory LACQUER = builtIn("lacquer", "Sơn mài", "Lacquerware");

  /** Mây tre đan — bamboo and rattan weaving (Phú Vinh). */
  public static final CraftCategory BAMBOO_RATTAN =
      builtIn("bamboo-rattan", "Mây tre đan", "Bamboo and rattan");

  /** Đồ gỗ mỹ nghệ — woodwork and wood carving (Đồng Kỵ, Kim Bồng). */
  public static final CraftCategory WOOD = builtIn("wood", "Đồ gỗ mỹ nghệ", "Woodwork");

  /** Kim khí, đúc đồng, chạm bạc — metalwork, bronze casting, silver (Đại Bái, Châu Khê). */
  public static final CraftCategory METAL = builtIn("metal", "Kim khí, đúc đồng", "Metalwork");

  /** Giấy dó, tranh dân gian — paper and folk prints (Đông Hồ, Dương Ổ). */
  public static final CraftCategory PAPER = builtIn("paper", "Giấy dó, tranh", "Paper and prints");

  /** Đá mỹ nghệ — stone carving (Non Nước, Ninh Vân). */
  public static final CraftCategory STONE = builtIn("stone", "Đá mỹ nghệ", "Stone carving");

  /** Nón lá — conical hats (Chuông). */
  public static final CraftCategory CONICAL_HAT = builtIn("conical-hat", "Nón lá", "Conical hats");

  /** Khảm trai — mother-of-pearl inlay (Chuôn Ngọ). */
  public static final CraftCategory MOTHER_OF_PEARL =
      builtIn("mother-of-pearl", "Khảm trai", "Mother-of-pearl inlay");

  /** Thổ cẩm — brocade of the ethnic minorities. */
  public static final CraftCategory BROCADE = builtIn("brocade", "Thổ cẩm", "Brocade");

  /** Any other craft; prefer registering a specific category. */
  public static final CraftCategory OTHER = builtIn("other", "Nghề khác", "Other craft");

  private final String code;
  private final String nameVi;
  private final String nameEn;

  private CraftCategory(String code, String nameVi, String nameEn) {
    this.code = checkCode(code);
    this.nameVi = Checks.text("nameVi", nameVi, 100);
    this.nameEn = Checks.text("nameEn", nameEn, 100);
  }

  private static CraftCategory builtIn(String code, String nameVi, String nameEn) {
    CraftCategory category = new CraftCategory(code, nameVi, nameEn);
    REGISTRY.put(code, category);
    return category;
  }

  /**
   * Creates a category without registering it.
   *
   * @param code lower-case ASCII slug, e.g. {@code "horn-carving"}
   * @param nameVi the Vietnamese name, e.g. {@code "Sừng mỹ nghệ"}
   * @param nameEn the English name
   * @return the category
   * @throws InvalidValueException when the code is not a slug of at most 48 characters or a name is
   *     blank
   */
  public static CraftCategory of(String code, String nameVi, String nameEn) {
    return new CraftCategory(code, nameVi, nameEn);
  }

  /**
   * Registers an application's own category so that {@link #fromCode(String)} finds it. Registering
   * the same code again with the same names is allowed; with other names it fails.
   *
   * @param code lower-case ASCII slug
   * @param nameVi the Vietnamese name
   * @param nameEn the English name
   * @return the registered category
   */
  public static CraftCategory register(String code, String nameVi, String nameEn) {
    CraftCategory category = new CraftCategory(code, nameVi, nameEn);
    synchronized (REGISTRY) {
      CraftCategory existing = REGISTRY.get(category.code);
      if (existing != null) {
        if (!existing.nameVi.equals(category.nameVi) || !existing.nameEn.equals(category.nameEn)) {
          throw new InvalidValueException(
              "code", "is already registered with other names (" + existing.nameVi + ")", code);
        }
        return existing;
      }
      REGISTRY.put(category.code, category);
      return category;
    }
  }

  /**
   * Returns the built-in or registered category with this code.
   *
   * @param code the code
   * @return the category
   * @throws InvalidValueException when no category has this code
   */
  public static CraftCategory fromCode(String code) {
    checkCode(code);
    CraftCategory category = REGISTRY.get(code);
    if (category == null) {
      throw new InvalidValueException(
          "craftCategory", "must be a built-in or registered code", code);
    }
    return category;
  }

  /**
   * Finds the built-in or registered category with this code.
   *
   * @param code the code
   * @return the category, or empty when none has this code
   */
  public static Optional<CraftCategory> find(String code) {
    return Optional.ofNullable(code == null ? null : REGISTRY.get(code));
  }

  /**
   * Returns every built-in and registered category, built-ins first, in registration order.
   *
   * @return an unmodifiable snapshot
   */
  public static List<CraftCategory> all() {
    synchronized (REGISTRY) {
      Collection<CraftCategory> values = REGISTRY.values();
      return List.copyOf(values);
    }
  }

  /**
   * Returns the stable code, as written in JSON.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the Vietnamese name.
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

  private static String checkCode(String code) {
    Checks.notNull("code", code);
    if (code.length() > MAX_CODE_LENGTH || !CODE.matcher(code).matches()) {
      throw new InvalidValueException(
          "code", "must be a lower-case ASCII slug of at most " + MAX_CODE_LENGTH + " chars", code);
    }
    return code;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CraftCategory other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
