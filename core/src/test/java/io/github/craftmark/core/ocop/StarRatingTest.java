package io.github.craftmark.core.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StarRatingTest {

  @Test
  void of_returnsTheConstants() {
    assertThat(StarRating.of(3)).isSameAs(StarRating.THREE);
    assertThat(StarRating.of(4)).isSameAs(StarRating.FOUR);
    assertThat(StarRating.of(5)).isSameAs(StarRating.FIVE);
    assertThat(new StarRating(4)).isEqualTo(StarRating.FOUR).hasToString("4★");
    assertThat(StarRating.THREE).isLessThan(StarRating.FIVE);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 1, 2, 6, 7})
  void of_whenNot3To5_isRejected(int stars) {
    assertThatThrownBy(() -> StarRating.of(stars))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("stars must be 3..5: " + stars);
  }

  record Ratings(List<StarRating> ratings) {}

  @Test
  void json_isAPlainNumber() throws Exception {
    GoldenJson.assertMatchesGolden(
        new Ratings(List.of(StarRating.THREE, StarRating.FOUR, StarRating.FIVE)),
        Ratings.class,
        "ocop/star-ratings.json");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue("{\"ratings\":[7]}", Ratings.class))
        .hasMessageContaining("stars must be 3..5: 7");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue("{\"ratings\":[\"4\"]}", Ratings.class))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
  }

  @ParameterizedTest
  @ValueSource(longs = {4294967300L, 99999999999L, -4294967296L})
  void json_whenBeyondInt_namesTheNumberRead(long stars) {
    assertThatThrownBy(
            () -> GoldenJson.MAPPER.readValue("{\"ratings\":[" + stars + "]}", Ratings.class))
        .hasMessageContaining("stars must be 3..5: " + stars);
  }
}
