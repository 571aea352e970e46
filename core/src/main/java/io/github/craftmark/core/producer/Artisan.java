package io.github.craftmark.core.producer;

import io.github.craftmark.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A craftsperson working for a producer, with the titles they hold.
 *
 * @param fullName the full name, NFC, e.g. {@code "Nguyễn Văn A"}
 * @param birthYear the year of birth, 1880..2100
 * @param awards the titles awarded, in the order given
 */
public record Artisan(String fullName, Optional<Integer> birthYear, List<ArtisanAward> awards) {
  /**
   * Validates the fields.
   *
   * @param fullName the full name, NFC, e.g. {@code "Nguyễn Văn A"}
   * @param birthYear the year of birth, 1880..2100
   * @param awards the titles awarded, in the order given
   */
  public Artisan {
    fullName = Checks.text("fullName", fullName, 200);
    birthYear = Checks.optional(birthYear);
    birthYear.ifPresent(year -> Checks.inRange("birthYear", year, 1880, 2100));
    awards = Checks.list("awards", awards);
  }

  /**
   * Returns an artisan with a name and no other data.
   *
   * @param fullName the full name
   * @return the artisan
   */
  public static Artisan of(String fullName) {
    return new Artisan(fullName, Optional.empty(), List.of());
  }

  /**
   * Tells whether the artisan holds this title under any scheme.
   *
   * @param title the title
   * @return true when an award has this title
   */
  public boolean holds(ArtisanTitle title) {
    return awards.stream().anyMatch(award -> award.title() == title);
  }
}
