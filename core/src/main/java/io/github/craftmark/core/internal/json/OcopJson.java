package io.github.craftmark.core.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.ocop.OcopScore;
import io.github.craftmark.core.ocop.StarRating;

/** The JSON mapping of the OCOP types that Jackson's record mapping does not cover alone. */
public final class OcopJson {
  private OcopJson() {}

  /** Registers the OCOP mappings on {@code module}. */
  public static void register(SimpleModule module) {
    // A rating is written as its number of stars: "stars": 4.
    ScalarJson.asLong(module, StarRating.class, StarRating::value, OcopJson::stars);
    // isCertifiable() is derived from the parts; writing it would duplicate the score.
    module.setMixInAnnotation(OcopScore.class, OcopScoreMixIn.class);
  }

  private static StarRating stars(long value) {
    // Checked as a long first, so that the message names the number actually read.
    return StarRating.of((int) Checks.inRange("stars", value, 3, 5));
  }

  @JsonIgnoreProperties({"certifiable"})
  abstract static class OcopScoreMixIn {}
}
