package io.github.craftmark.core.ocop;

import io.github.craftmark.core.InvalidValueException;

/**
 * The OCOP star rating printed on a certificate: 3, 4 or 5 stars.
 *
 * <p>Only products scoring 3★ or more receive an OCOP certificate (Decision 148/QĐ-TTg); 1★ and 2★
 * are scores, not ratings, so they are not representable here ({@link OcopScore#stars()} gives
 * those). Written in JSON as a plain number, e.g. {@code 4}.
 *
 * @param value the number of stars, 3..5
 */
public record StarRating(int value) implements Comparable<StarRating> {
  /** 3★: the entry level of certification. */
  public static final StarRating THREE = new StarRating(3);

  /** 4★. */
  public static final StarRating FOUR = new StarRating(4);

  /** 5★: the national level, rated by the central council. */
  public static final StarRating FIVE = new StarRating(5);

  /**
   * Validates the rating.
   *
   * @throws InvalidValueException when {@code value} is not 3..5, e.g. {@code "stars must be 3..5:
   *     7"}
   *
   * @param value the number of stars, 3..5
   */
  public StarRating {
    if (value < 3 || value > 5) {
      throw new InvalidValueException("stars", "must be 3..5", value);
    }
  }

  /**
   * Returns the rating with this many stars.
   *
   * @param stars 3, 4 or 5
   * @return the rating
   * @throws InvalidValueException when {@code stars} is not 3..5
   */
  public static StarRating of(int stars) {
    return switch (stars) {
      case 3 -> THREE;
      case 4 -> FOUR;
      case 5 -> FIVE;
      default -> new StarRating(stars);
    };
  }

  /**
   * Orders ratings by the number of stars.
   *
   * @param other the rating to compare with
   * @return negative, zero or positive as this rating has fewer, as many or more stars
   */
  @Override
  public int compareTo(StarRating other) {
    return Integer.compare(value, other.value);
  }

  /** Returns the rating as shown on packaging, e.g. {@code "4★"}. */
  @Override
  public String toString() {
    return value + "★";
  }
}
