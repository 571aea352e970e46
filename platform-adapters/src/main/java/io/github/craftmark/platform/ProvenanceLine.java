package io.github.craftmark.platform;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.platform.internal.Checks;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Where a craft product comes from, as one line appended to a listing's description: the craft
 * village, the village brand, the OCOP stars and the link a buyer opens to verify the item.
 *
 * <p>What the line claims is the seller's responsibility; run the core compliance check on the
 * product before listing it. Build one with {@link #builder()}; at least one part must be present.
 *
 * @param villageName the craft village's name, e.g. {@code "Bát Tràng"}
 * @param brandName the village brand's name, e.g. {@code "Gốm Bát Tràng"}
 * @param ocopStars the OCOP rating the product holds
 * @param verificationUri the https link a buyer opens to check the item
 */
public record ProvenanceLine(
    Optional<String> villageName,
    Optional<String> brandName,
    Optional<StarRating> ocopStars,
    Optional<URI> verificationUri) {

  /**
   * Validates the line: names 1..100 characters (NFC), an absolute https or http link, at least one
   * part.
   *
   * @param villageName the craft village's name, e.g. {@code "Bát Tràng"}
   * @param brandName the village brand's name, e.g. {@code "Gốm Bát Tràng"}
   * @param ocopStars the OCOP rating the product holds
   * @param verificationUri the https link a buyer opens to check the item
   */
  public ProvenanceLine {
    villageName = Checks.optionalText("villageName", villageName, 100);
    brandName = Checks.optionalText("brandName", brandName, 100);
    ocopStars = Checks.optional(ocopStars);
    verificationUri = Checks.optional(verificationUri);
    verificationUri.ifPresent(ProvenanceLine::checkUri);
    if (villageName.isEmpty()
        && brandName.isEmpty()
        && ocopStars.isEmpty()
        && verificationUri.isEmpty()) {
      throw new InvalidValueException(
          "provenance", "must name a village, brand, OCOP stars or verification link", "");
    }
  }

  private static void checkUri(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute()
        || uri.getHost() == null
        || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new InvalidValueException(
          "verificationUri", "must be an absolute https or http URI", uri);
    }
  }

  /**
   * Returns the line in Vietnamese, e.g. {@code "Nguồn gốc: làng nghề Bát Tràng · thương hiệu Gốm
   * Bát Tràng · OCOP 4 sao · xác minh tại https://…"}.
   *
   * <p>Only the parts present are written, in that order, joined by {@code " · "}. Names are
   * written as given (NFC).
   *
   * @return the Vietnamese line
   */
  public String textVi() {
    StringJoiner parts = new StringJoiner(" · ", "Nguồn gốc: ", "");
    villageName.ifPresent(v -> parts.add("làng nghề " + v));
    brandName.ifPresent(b -> parts.add("thương hiệu " + b));
    ocopStars.ifPresent(s -> parts.add("OCOP " + s.value() + " sao"));
    verificationUri.ifPresent(u -> parts.add("xác minh tại " + u.toASCIIString()));
    return parts.toString();
  }

  /**
   * Returns the line in English, e.g. {@code "Provenance: Bát Tràng craft village · brand Gốm Bát
   * Tràng · OCOP 4 stars · verify at https://…"}; village and brand names stay Vietnamese.
   *
   * @return the English line
   */
  public String textEn() {
    StringJoiner parts = new StringJoiner(" · ", "Provenance: ", "");
    villageName.ifPresent(v -> parts.add(v + " craft village"));
    brandName.ifPresent(b -> parts.add("brand " + b));
    ocopStars.ifPresent(s -> parts.add("OCOP " + s.value() + " stars"));
    verificationUri.ifPresent(u -> parts.add("verify at " + u.toASCIIString()));
    return parts.toString();
  }

  /**
   * Returns the text appended to a listing description: the Vietnamese line, then the English one
   * on the next line when asked.
   *
   * @param withEnglish whether to add the English line
   * @return the text, without a trailing line break
   */
  public String text(boolean withEnglish) {
    return withEnglish ? textVi() + "\n" + textEn() : textVi();
  }

  /**
   * Returns an empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProvenanceLine}. */
  public static final class Builder {
    private String villageName;
    private String brandName;
    private StarRating ocopStars;
    private URI verificationUri;

    private Builder() {}

    /**
     * Sets the craft village's name.
     *
     * @param name e.g. {@code "Bát Tràng"}
     * @return this builder
     */
    public Builder village(String name) {
      this.villageName = name;
      return this;
    }

    /**
     * Sets the village brand's name.
     *
     * @param name e.g. {@code "Gốm Bát Tràng"}
     * @return this builder
     */
    public Builder brand(String name) {
      this.brandName = name;
      return this;
    }

    /**
     * Sets the OCOP rating.
     *
     * @param stars the rating
     * @return this builder
     */
    public Builder ocopStars(StarRating stars) {
      this.ocopStars = stars;
      return this;
    }

    /**
     * Sets the verification link.
     *
     * @param uri the https link
     * @return this builder
     */
    public Builder verificationUri(URI uri) {
      this.verificationUri = uri;
      return this;
    }

    /**
     * Builds the line.
     *
     * @return the line
     * @throws InvalidValueException naming the first bad part, or when no part is set
     */
    public ProvenanceLine build() {
      return new ProvenanceLine(
          Optional.ofNullable(villageName),
          Optional.ofNullable(brandName),
          Optional.ofNullable(ocopStars),
          Optional.ofNullable(verificationUri));
    }
  }
}
