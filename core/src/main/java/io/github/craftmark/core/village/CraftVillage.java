package io.github.craftmark.core.village;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.address.Commune;
import io.github.craftmark.core.address.Province;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.VillageId;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.product.CraftCategory;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A recognised craft village (làng nghề) or traditional craft village (làng nghề truyền thống),
 * with its crafts and member producers.
 *
 * <p>Rules checked on construction: at least one craft; a {@link
 * RecognitionLevel#TRADITIONAL_CRAFT_VILLAGE} has at least one recognised traditional craft (Decree
 * 52/2018/NĐ-CP, art. 5); no member is listed twice.
 *
 * @param id the application's id for the village
 * @param name the village's name, e.g. {@code "Làng gốm Bát Tràng"}
 * @param level craft village or traditional craft village
 * @param province the current provincial-level unit
 * @param commune the current commune or ward, e.g. Xã Bát Tràng
 * @param legacyLocation where the village was described before July 2025, e.g. {@code "Xã Bát
 *     Tràng, Huyện Gia Lâm"}
 * @param recognisedCrafts the crafts recognised for the village
 * @param members the producers that belong to the village, in the order added
 * @param website the village's or association's website, absolute http or https
 */
public record CraftVillage(
    VillageId id,
    String name,
    RecognitionLevel level,
    Province province,
    Commune commune,
    Optional<String> legacyLocation,
    List<RecognisedCraft> recognisedCrafts,
    List<ProducerId> members,
    Optional<URI> website) {

  /**
   * Validates the fields and the recognition rules.
   *
   * @param id the application's id for the village
   * @param name the village's name, e.g. {@code "Làng gốm Bát Tràng"}
   * @param level craft village or traditional craft village
   * @param province the current provincial-level unit
   * @param commune the current commune or ward, e.g. Xã Bát Tràng
   * @param legacyLocation where the village was described before July 2025, e.g. {@code "Xã Bát
   *     Tràng, Huyện Gia Lâm"}
   * @param recognisedCrafts the crafts recognised for the village
   * @param members the producers that belong to the village, in the order added
   * @param website the village's or association's website, absolute http or https
   */
  public CraftVillage {
    Checks.notNull("id", id);
    name = Checks.text("name", name, 200);
    Checks.notNull("level", level);
    Checks.notNull("province", province);
    Checks.notNull("commune", commune);
    legacyLocation = legacyLocation == null
        ? Optional.empty()
        : Optional.ofNullable(Checks.optionalText("legacyLocation", legacyLocation.orElse(null)));
    recognisedCrafts = Checks.list("recognisedCrafts", recognisedCrafts);
    members = Checks.list("members", members);
    website = Checks.optional(website).map(uri -> Checks.httpUri("website", uri));
    if (recognisedCrafts.isEmpty()) {
      throw new InvalidValueException("recognisedCrafts", "must not be empty", recognisedCrafts);
    }
    if (level == RecognitionLevel.TRADITIONAL_CRAFT_VILLAGE
        && recognisedCrafts.stream().noneMatch(RecognisedCraft::traditional)) {
      throw new InvalidValueException(
          "recognisedCrafts",
          "must include a recognised traditional craft for a TRADITIONAL_CRAFT_VILLAGE"
              + " (Decree 52/2018/NĐ-CP art. 5)",
          name);
    }
    Set<ProducerId> seen = new HashSet<>();
    for (ProducerId member : members) {
      if (!seen.add(member)) {
        throw new InvalidValueException(
            "members", "must not list a producer twice", member.value());
      }
    }
  }

  /**
   * Tells whether a producer is a member of the village.
   *
   * @param producer the producer's id
   * @return true when listed in {@link #members()}
   */
  public boolean isMember(ProducerId producer) {
    return members.contains(producer);
  }

  /**
   * Returns the craft categories of the village, without repeats, in the order recognised.
   *
   * @return the categories
   */
  public List<CraftCategory> crafts() {
    Set<CraftCategory> categories = new LinkedHashSet<>();
    recognisedCrafts.forEach(craft -> categories.add(craft.category()));
    return List.copyOf(categories);
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this village's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.level = level;
    b.province = province;
    b.commune = commune;
    b.legacyLocation = legacyLocation.orElse(null);
    b.recognisedCrafts.addAll(recognisedCrafts);
    b.members.addAll(members);
    b.website = website.orElse(null);
    return b;
  }

  /** Builds a {@link CraftVillage}; {@link #build()} fails naming the first missing or bad field. */
  public static final class Builder {
    private VillageId id;
    private String name;
    private RecognitionLevel level;
    private Province province;
    private Commune commune;
    private String legacyLocation;
    private final List<RecognisedCraft> recognisedCrafts = new ArrayList<>();
    private final List<ProducerId> members = new ArrayList<>();
    private URI website;

    private Builder() {}

    /**
     * Sets the id (required).
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(VillageId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the name (required).
     *
     * @param name e.g. {@code "Làng lụa Vạn Phúc"}
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the recognition level (required).
     *
     * @param level the level
     * @return this builder
     */
    public Builder level(RecognitionLevel level) {
      this.level = level;
      return this;
    }

    /**
     * Sets the current province (required).
     *
     * @param province the province
     * @return this builder
     */
    public Builder province(Province province) {
      this.province = province;
      return this;
    }

    /**
     * Sets the current commune or ward (required).
     *
     * @param commune the commune
     * @return this builder
     */
    public Builder commune(Commune commune) {
      this.commune = commune;
      return this;
    }

    /**
     * Sets the location as described before July 2025.
     *
     * @param legacyLocation e.g. {@code "Phường Vạn Phúc, Quận Hà Đông"}, or null
     * @return this builder
     */
    public Builder legacyLocation(String legacyLocation) {
      this.legacyLocation = legacyLocation;
      return this;
    }

    /**
     * Adds a recognised craft.
     *
     * @param craft the craft
     * @return this builder
     */
    public Builder addRecognisedCraft(RecognisedCraft craft) {
      this.recognisedCrafts.add(Checks.notNull("recognisedCraft", craft));
      return this;
    }

    /**
     * Adds a member producer.
     *
     * @param member the producer's id
     * @return this builder
     */
    public Builder addMember(ProducerId member) {
      this.members.add(Checks.notNull("member", member));
      return this;
    }

    /**
     * Sets the website.
     *
     * @param website the website, or null
     * @return this builder
     */
    public Builder website(URI website) {
      this.website = website;
      return this;
    }

    /**
     * Builds the village.
     *
     * @return the village
     * @throws InvalidValueException naming the first missing or bad field
     */
    public CraftVillage build() {
      return new CraftVillage(
          id,
          name,
          level,
          province,
          commune,
          Optional.ofNullable(legacyLocation),
          recognisedCrafts,
          members,
          Optional.ofNullable(website));
    }
  }
}
