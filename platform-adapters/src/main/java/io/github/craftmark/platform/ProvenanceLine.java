package io.github.craftmark.platform;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.platform.internal.Checks;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

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
