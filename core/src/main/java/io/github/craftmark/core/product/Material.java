package io.github.craftmark.core.product;

import io.github.craftmark.core.internal.Checks;
import java.util.Optional;

/**
 * A material a product is made of, with its share where the label must state composition (as
 * for textiles: "100% tơ tằm").
 *
 * @param name the material in Vietnamese, e.g. {@code "Đất sét trắng"}, {@code "Tơ tằm"}
 * @param percent its share by weight, 1..100, when known
 */
public record Material(String name, Optional<Integer> percent) {
  /**
   * Validates the material.
   *
   * @param name the material in Vietnamese, e.g. {@code "Đất sét trắng"}, {@code "Tơ tằm"}
   * @param percent its share by weight, 1..100, when known
   */
  public Material {
    name = Checks.text("name", name, 100);
    percent = Checks.optional(percent);
    percent.ifPresent(p -> Checks.inRange("percent", p, 1, 100));
  }

  /**
   * Returns a material without a stated share.
   *
   * @param name the material in Vietnamese
   * @return the material
   */
  public static Material of(String name) {
    return new Material(name, Optional.empty());
  }

  /**
   * Returns a material with its share by weight.
   *
   * @param name the material in Vietnamese
   * @param percent the share, 1..100
   * @return the material
   */
  public static Material of(String name, int percent) {
    return new Material(name, Optional.of(percent));
  }
}
